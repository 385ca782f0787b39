package dev.racereg.core.error;

/**
 * Root of every exception the SDK throws. Unchecked: catch it (or a subclass) where you can act on
 * a failure. Messages never contain credentials.
 */
public class RaceRegException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public RaceRegException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public RaceRegException(String message, Throwable cause) {
    super(message, cause);
  }
}
