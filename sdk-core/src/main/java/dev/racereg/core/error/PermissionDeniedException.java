package dev.racereg.core.error;

/** 403 Forbidden, or a platform's "permission denied" code: the credentials are valid but may not see or change this resource. */
public class PermissionDeniedException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the given error response. */
  public PermissionDeniedException(ErrorDetails details) {
    super(details);
  }
}
