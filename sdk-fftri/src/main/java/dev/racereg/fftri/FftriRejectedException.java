package dev.racereg.fftri;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.ErrorDetails;

/**
 * The espacetri answered HTTP 200 but refused the request: {@code {"success": false, "error":
 * "..."}}. {@link #providerMessage()} holds the platform's {@code error} text; the status stays
 * 200. Not retried: the platform did receive and judge the request.
 */
public class FftriRejectedException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** @param details the redacted details, with the platform's message */
  public FftriRejectedException(ErrorDetails details) {
    super(details);
  }

  /** The platform's {@code error} text, or an empty string if it gave none. */
  public String reason() {
    return providerMessage().orElse("");
  }
}
