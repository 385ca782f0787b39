package dev.racereg.core.error;

import java.util.Optional;

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

  /**
   * Whether an operation that is not safe to repeat (for example one that creates a paid entry)
   * may have been applied by the platform although the call failed: the connection broke after
   * the request left ({@link TransportException}), or the platform answered 408 or 5xx
   * ({@link ServerException} and others). Check the operation's effect, as
   * {@link #outcomeCheckHint()} says, before trying again: the SDK never resends it. False for
   * every failure that proves the operation was not applied. False by default.
   */
  public boolean outcomeUnknown() {
    return false;
  }

  /**
   * When {@link #outcomeUnknown()}: how to find out whether the operation took effect (the
   * operation's own advice, also in the message). Empty otherwise, and when the operation has no
   * advice to give.
   */
  public Optional<String> outcomeCheckHint() {
    return Optional.empty();
  }
}
