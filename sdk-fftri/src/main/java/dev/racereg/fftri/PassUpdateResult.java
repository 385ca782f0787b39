package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The answer to {@link FftriClient#updatePass(UpdatePassParams)}. A refusal ({@code success}
 * false) is thrown as {@link FftriRejectedException} instead.
 */
public final class PassUpdateResult extends UnknownFieldsModel {

  @JsonProperty("success")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean success;

  private PassUpdateResult() {}

  /** Whether the platform reported success ({@code success}); true for any returned result. */
  public boolean success() {
    return success == null || success;
  }

  @Override
  public String toString() {
    return "PassUpdateResult{success=" + success() + "}";
  }
}
