package dev.racereg.core.error;

/** 422 Unprocessable Entity: the body was well formed but broke a rule of the platform. */
public class UnprocessableEntityException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the given error response. */
  public UnprocessableEntityException(ErrorDetails details) {
    super(details);
  }
}
