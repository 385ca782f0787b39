package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The answer to {@link FftriClient#testLicence(TestLicenceParams)}: a message, e.g.
 * {@code "OK - licence found and available for season"}.
 */
public final class LicenceTestResult extends UnknownFieldsModel {

  @JsonProperty("message")
  private String message;

  private LicenceTestResult() {}

  /** The platform's message ({@code message}). */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * Whether the message says the licence exists and is valid for the season. The doc only shows
   * the positive message; reading any message containing {@code OK} (and not starting with
   * {@code KO}) as positive is inferred, as third-party callers do.
   */
  public boolean isValidForSeason() {
    return FftriInferred.licenceTestSaysValid(message);
  }

  @Override
  public String toString() {
    return "LicenceTestResult{" + message + "}";
  }
}
