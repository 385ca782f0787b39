package dev.racereg.core.error;

import java.util.function.UnaryOperator;

/**
 * Stands in for a cause whose message may quote a secret (a parser quoting the token it choked
 * on): it keeps the original class name, the redacted message and the stack trace, and the same
 * for its own causes.
 */
final class RedactedCause extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private RedactedCause(String message, Throwable cause) {
    super(message, cause);
  }

  /** A redacted copy of {@code t} and its causes; null for null. */
  static Throwable of(Throwable t, UnaryOperator<String> redact) {
    if (t == null) {
      return null;
    }
    if (t instanceof RedactedCause) {
      return t;
    }
    String message = t.getMessage() == null ? "" : ": " + redact.apply(t.getMessage());
    RedactedCause copy = new RedactedCause(t.getClass().getName() + message, of(t.getCause(), redact));
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  /** The original class name and the redacted message, as the original would print. */
  @Override
  public String toString() {
    return getMessage();
  }
}
