package dev.racereg.core.error;

/** 401 Unauthorized, or a platform's own "authentication failed" code: the credentials are missing, wrong or expired. */
public class AuthenticationException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the given error response. */
  public AuthenticationException(ErrorDetails details) {
    super(details);
  }
}
