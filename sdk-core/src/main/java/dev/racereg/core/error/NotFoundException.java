package dev.racereg.core.error;

/** 404 Not Found, or a platform's "unknown id" code: the event, race, registration or licence does not exist for these credentials. */
public class NotFoundException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the given error response. */
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
