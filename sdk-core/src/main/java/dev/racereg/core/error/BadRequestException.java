package dev.racereg.core.error;

/** 400 Bad Request: the platform rejected the parameters or the body. */
public class BadRequestException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the given error response. */
  public BadRequestException(ErrorDetails details) {
    super(details);
  }
}
