package dev.racereg.core.error;

import java.util.Objects;

/**
 * The platform answered, but the body could not be read as the documented format: malformed or
 * truncated JSON, CSV or XML, an HTML page where data was expected, or a value of the wrong type.
 * {@link #excerpt()} holds a short, redacted piece of the body to help diagnose it.
 */
public class DecodingException extends RaceRegException {

  private static final long serialVersionUID = 1L;

  private final String excerpt;

  /**
   * @param message what could not be decoded
   * @param cause the parser's error, may be null
   * @param excerpt a short redacted excerpt of the body, may be empty
   */
  public DecodingException(String message, Throwable cause, String excerpt) {
    super(message + (excerpt == null || excerpt.isEmpty() ? "" : " (body starts: " + excerpt + ")"), cause);
    this.excerpt = Objects.requireNonNullElse(excerpt, "");
  }

  private DecodingException(String fullMessage, Throwable cause, String excerpt, boolean alreadyFormatted) {
    super(fullMessage, cause);
    this.excerpt = excerpt;
  }

  /**
   * A copy whose message, excerpt and cause chain have been passed through {@code redact}, with
   * the same stack trace. The SDK applies this before any decoding failure reaches the caller.
   */
  public DecodingException redacted(java.util.function.UnaryOperator<String> redact) {
    DecodingException copy = new DecodingException(redact.apply(getMessage()),
        RedactedCause.of(getCause(), redact), redact.apply(excerpt), true);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /** A short, redacted excerpt of the body; empty when none was available (streamed bodies). */
  public String excerpt() {
    return excerpt;
  }
}
