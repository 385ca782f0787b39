package dev.racereg.core.error;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The exchange failed below HTTP: the connection could not be made, timed out, or dropped, or the
 * response body was cut off. {@link #requestMayHaveBeenSent()} tells whether the platform could
 * have acted on the request; when it could and the operation is not safe to repeat (for example
 * one that takes a payment), {@link #outcomeUnknown()} is true and the message says how to find
 * out what happened.
 */
public class TransportException extends RaceRegException {

  private static final long serialVersionUID = 1L;

  private final boolean requestMayHaveBeenSent;
  private final boolean outcomeUnknown;
  private final String outcomeCheckHint;
  private final long rowsDelivered;

  /**
   * @param message what failed; must not contain secrets
   * @param cause the underlying I/O error
   * @param requestMayHaveBeenSent false only when the failure certainly happened before any byte
   *     of the request left (for example the connection was refused)
   * @param outcomeUnknown true when the platform may have applied an unsafe operation
   */
  public TransportException(String message, Throwable cause, boolean requestMayHaveBeenSent,
      boolean outcomeUnknown) {
    this(message, cause, requestMayHaveBeenSent, outcomeUnknown, null);
  }

  /**
   * @param message what failed; must not contain secrets
   * @param cause the underlying I/O error
   * @param requestMayHaveBeenSent false only when the failure certainly happened before any byte
   *     of the request left
   * @param outcomeUnknown true when the platform may have applied an unsafe operation
   * @param outcomeCheckHint how to find out whether it did, or null; kept only when
   *     {@code outcomeUnknown}
   */
  public TransportException(String message, Throwable cause, boolean requestMayHaveBeenSent,
      boolean outcomeUnknown, String outcomeCheckHint) {
    this(message, cause, requestMayHaveBeenSent, outcomeUnknown, outcomeCheckHint, -1);
  }

  private TransportException(String message, Throwable cause, boolean requestMayHaveBeenSent,
      boolean outcomeUnknown, String outcomeCheckHint, long rowsDelivered) {
    super(message, cause);
    this.requestMayHaveBeenSent = requestMayHaveBeenSent;
    this.outcomeUnknown = outcomeUnknown;
    this.outcomeCheckHint = outcomeUnknown ? outcomeCheckHint : null;
    this.rowsDelivered = rowsDelivered;
  }

  /**
   * A copy for a streamed download that broke after {@code rows} items had reached the caller:
   * the message says how many, and {@link #rowsDelivered()} returns it.
   */
  public TransportException afterRows(long rows) {
    TransportException copy = new TransportException(getMessage() + " (after " + rows + (rows == 1 ? " row was" : " rows were") + " delivered)",
        getCause(), requestMayHaveBeenSent, outcomeUnknown, outcomeCheckHint, rows);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * For a streamed download that broke mid-body: how many items had reached the caller before it
   * broke. Empty for any other failure (a download that breaks before its first item is retried
   * like any safe call).
   */
  public OptionalLong rowsDelivered() {
    return rowsDelivered < 0 ? OptionalLong.empty() : OptionalLong.of(rowsDelivered);
  }

  /**
   * A copy whose message and cause chain have been passed through {@code redact}, with the same
   * flags and stack trace.
   */
  public TransportException redacted(java.util.function.UnaryOperator<String> redact) {
    TransportException copy = new TransportException(redact.apply(getMessage()),
        RedactedCause.of(getCause(), redact), requestMayHaveBeenSent, outcomeUnknown,
        outcomeCheckHint == null ? null : redact.apply(outcomeCheckHint), rowsDelivered);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /** Whether the platform may have received the request. */
  public boolean requestMayHaveBeenSent() {
    return requestMayHaveBeenSent;
  }

  /**
   * Whether an unsafe operation may have been applied by the platform even though no answer
   * arrived. Check its effect (the message says how) before trying again.
   */
  @Override
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  @Override
  public Optional<String> outcomeCheckHint() {
    return Optional.ofNullable(outcomeCheckHint);
  }
}
