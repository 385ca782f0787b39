package dev.racereg.core.error;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The platform answered, but the body could not be read as the documented format: malformed or
 * truncated JSON, CSV or XML, an HTML page where data was expected, or a value of the wrong type.
 * {@link #excerpt()} holds a short, redacted piece of the body to help diagnose it.
 */
public class DecodingException extends RaceRegException {

  private static final long serialVersionUID = 1L;

  private final String excerpt;
  private final long rowsDelivered;

  /**
   * @param message what could not be decoded
   * @param cause the parser's error, may be null
   * @param excerpt a short redacted excerpt of the body, may be empty
   */
  public DecodingException(String message, Throwable cause, String excerpt) {
    super(message + (excerpt == null || excerpt.isEmpty() ? "" : " (body starts: " + excerpt + ")"), cause);
    this.excerpt = Objects.requireNonNullElse(excerpt, "");
    this.rowsDelivered = -1;
  }

  private DecodingException(String fullMessage, Throwable cause, String excerpt, long rowsDelivered) {
    super(fullMessage, cause);
    this.excerpt = excerpt;
    this.rowsDelivered = rowsDelivered;
  }

  /**
   * A copy for a streamed download whose body went wrong after {@code rows} items had reached
   * the caller, which {@link #rowsDelivered()} returns. The message stays as it is: it already
   * names the item that could not be read.
   */
  public DecodingException afterRows(long rows) {
    DecodingException copy = new DecodingException(getMessage(), getCause(), excerpt, rows);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * For a streamed download: how many items had reached the caller before the body went wrong.
   * Empty for a body decoded whole.
   */
  public OptionalLong rowsDelivered() {
    return rowsDelivered < 0 ? OptionalLong.empty() : OptionalLong.of(rowsDelivered);
  }

  /**
   * A copy whose message, excerpt and cause chain have been passed through {@code redact}, with
   * the same stack trace. The SDK applies this before any decoding failure reaches the caller.
   */
  public DecodingException redacted(java.util.function.UnaryOperator<String> redact) {
    DecodingException copy = new DecodingException(redact.apply(getMessage()),
        RedactedCause.of(getCause(), redact), redact.apply(excerpt), rowsDelivered);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /** A short, redacted excerpt of the body; empty when none was available (streamed bodies). */
  public String excerpt() {
    return excerpt;
  }
}
