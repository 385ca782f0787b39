package dev.racereg.core.error;

/** 409 Conflict: the change clashes with the resource's current state. */
public class ConflictException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the given error response. */
  public ConflictException(ErrorDetails details) {
    super(details);
  }
}
