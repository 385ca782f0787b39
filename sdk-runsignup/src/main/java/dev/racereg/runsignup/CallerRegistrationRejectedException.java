package dev.racereg.runsignup;

import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.ErrorDetails;

/**
 * RunSignup refused the API caller registration ({@code rsu_api_reg} and
 * {@code X-RSU-API-REG-SECRET}), not the race credentials: error 17 ("Invalid API caller
 * credentials."), answered with HTTP 400 or inside an HTTP 200. Never retried, and never answered
 * by logging in again or refreshing a token. Fix the registration: RunSignup's API Keys page
 * issues it, and the token and the secret must both come from the same registration.
 */
public class CallerRegistrationRejectedException extends AuthenticationException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the given error response. */
  public CallerRegistrationRejectedException(ErrorDetails details) {
    super(details);
  }

  @Override
  public String getMessage() {
    return "RunSignup refused the API caller registration (rsu_api_reg / X-RSU-API-REG-SECRET), not the race "
        + "credentials; check both values on RunSignup's API Keys page: " + super.getMessage();
  }
}
