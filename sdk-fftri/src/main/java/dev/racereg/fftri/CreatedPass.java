package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/**
 * The answer to {@link FftriClient#createPass(CreatePassParams)}: the new pass's number and the
 * URL of its printable version. A refusal ({@code success} false) is thrown as
 * {@link FftriRejectedException} instead.
 */
public final class CreatedPass extends UnknownFieldsModel {

  @JsonProperty("success")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean success;
  @JsonProperty("passNumber")
  private String passNumber;
  @JsonProperty("url")
  private String url;

  private CreatedPass() {}

  /** Whether the platform reported success ({@code success}); true for any returned result. */
  public boolean success() {
    return success == null || success;
  }

  /** The pass number ({@code passNumber}), e.g. {@code PC2022000123}. */
  public Optional<String> passNumber() {
    return Optional.ofNullable(passNumber);
  }

  /** Where the pass can be downloaded and printed ({@code url}). */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  @Override
  public String toString() {
    return "CreatedPass{" + passNumber + "}";
  }
}
