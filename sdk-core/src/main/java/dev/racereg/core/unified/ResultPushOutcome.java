package dev.racereg.core.unified;

import java.util.Objects;
import java.util.Optional;

/** What happened to one {@link Result} pushed through a {@link ResultPushTarget}. Immutable. */
public final class ResultPushOutcome {

  /** What happened. */
  public enum Status {
    /** The platform holds the result. */
    APPLIED,
    /** The platform refused the row; the message is its reason. Its state for the row is unchanged. */
    REJECTED,
    /**
     * Never sent: the platform cannot express the row, it names no one the platform knows, or an
     * earlier failure stopped the push. The message says which.
     */
    NOT_SENT,
    /** The request may or may not have been applied (a lost answer): read the results to know. */
    UNKNOWN
  }

  private final Result result;
  private final Status status;
  private final String message;

  private ResultPushOutcome(Result result, Status status, String message) {
    this.result = Objects.requireNonNull(result, "result");
    this.status = Objects.requireNonNull(status, "status");
    this.message = message == null || message.isBlank() ? null : message;
  }

  /**
   * An outcome.
   *
   * @param result the row pushed
   * @param status what happened
   * @param message the platform's or the SDK's explanation; may be null (for {@link Status#APPLIED}
   *     a note, such as splits the platform could not take)
   */
  public static ResultPushOutcome of(Result result, Status status, String message) {
    return new ResultPushOutcome(result, status, message);
  }

  /** The platform holds the result; {@code note} may be null. */
  public static ResultPushOutcome applied(Result result, String note) {
    return new ResultPushOutcome(result, Status.APPLIED, note);
  }

  /** The row pushed. */
  public Result result() {
    return result;
  }

  /** What happened. */
  public Status status() {
    return status;
  }

  /** The explanation, if any. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** Whether the platform holds the result ({@link Status#APPLIED}). */
  public boolean succeeded() {
    return status == Status.APPLIED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResultPushOutcome && result.equals(((ResultPushOutcome) o).result)
        && status == ((ResultPushOutcome) o).status && Objects.equals(message, ((ResultPushOutcome) o).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(result, status, message);
  }

  @Override
  public String toString() {
    return "ResultPushOutcome{" + result.who() + ", " + status + (message == null ? "" : ": " + message) + "}";
  }
}
