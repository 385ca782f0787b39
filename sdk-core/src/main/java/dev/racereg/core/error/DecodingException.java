package dev.racereg.core.error;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The platform answered, but the body could not be read as the documented format: malformed or
 * truncated JSON, CSV or XML, an HTML page where data was expected, or a value of the wrong type.
 * {@link #excerpt()} holds a short, redacted piece of the body to help diagnose it.
 *
 * <p>For an operation that is not safe to repeat, the answer that could not be read came after
 * the platform received the request, so it may have applied it: {@link #outcomeUnknown()} is true
 * and the message says how to find out.
 */
public class DecodingException extends RaceRegException {

  private static final long serialVersionUID = 1L;

  private final String excerpt;
  private final long rowsDelivered;
  private final boolean outcomeUnknown;
  private final String outcomeCheckHint;

  /**
   * @param message what could not be decoded
   * @param cause the parser's error, may be null
   * @param excerpt a short redacted excerpt of the body, may be empty
   */
  public DecodingException(String message, Throwable cause, String excerpt) {
    super(message + (excerpt == null || excerpt.isEmpty() ? "" : " (body starts: " + excerpt + ")"), cause);
    this.excerpt = Objects.requireNonNullElse(excerpt, "");
    this.rowsDelivered = -1;
    this.outcomeUnknown = false;
    this.outcomeCheckHint = null;
  }

  private DecodingException(String fullMessage, Throwable cause, String excerpt, long rowsDelivered,
      boolean outcomeUnknown, String outcomeCheckHint) {
    super(fullMessage, cause);
    this.excerpt = excerpt;
    this.rowsDelivered = rowsDelivered;
    this.outcomeUnknown = outcomeUnknown;
    this.outcomeCheckHint = outcomeUnknown ? outcomeCheckHint : null;
  }

  /**
   * A copy for an operation that is not safe to repeat: the platform answered, so it may have
   * applied it, and the caller cannot tell from this answer. {@link #outcomeUnknown()} is true and
   * the message ends with how to find out.
   *
   * @param hint how to find out whether the operation took effect, or null
   */
  public DecodingException withUnknownOutcome(String hint) {
    String message = getMessage() + "; outcome unknown: the platform may have applied it. It is not retried"
        + " automatically" + (hint == null ? "" : "; to find out: " + hint);
    DecodingException copy = new DecodingException(message, getCause(), excerpt, rowsDelivered, true, hint);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /** True for an unsafe operation whose answer could not be read: see {@link #withUnknownOutcome}. */
  @Override
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  @Override
  public Optional<String> outcomeCheckHint() {
    return Optional.ofNullable(outcomeCheckHint);
  }

  /**
   * A copy for a streamed download whose body went wrong after {@code rows} items had reached
   * the caller, which {@link #rowsDelivered()} returns. The message stays as it is: it already
   * names the item that could not be read.
   */
  public DecodingException afterRows(long rows) {
    DecodingException copy = new DecodingException(getMessage(), getCause(), excerpt, rows, outcomeUnknown,
        outcomeCheckHint);
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
        RedactedCause.of(getCause(), redact), redact.apply(excerpt), rowsDelivered, outcomeUnknown,
        outcomeCheckHint == null ? null : redact.apply(outcomeCheckHint));
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /** A short, redacted excerpt of the body; empty when none was available (streamed bodies). */
  public String excerpt() {
    return excerpt;
  }
}
