package dev.racereg.core.error;

/** 5xx: the platform failed. 502, 503 and 504 are retried for safe operations. */
public class ServerException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the given error response. */
  public ServerException(ErrorDetails details) {
    super(details);
  }
}
