package dev.racereg.core.unified;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one {@link BibAssignment}. Immutable; a final class rather than a record so it
 * can gain values without breaking callers.
 */
public final class BibPushOutcome {

  /** What happened. */
  public enum Status {
    /** The platform now has the bib. */
    APPLIED,
    /** The platform already had this bib. */
    UNCHANGED,
    /** The platform declined to change it (not allowed for this registration). */
    SKIPPED,
    /** The push failed; the message says why. The platform's state for it is unchanged. */
    FAILED,
    /** The push failed part way; the platform may or may not have applied it. */
    UNKNOWN
  }

  private final BibAssignment assignment;
  private final Status status;
  private final String message;

  private BibPushOutcome(BibAssignment assignment, Status status, String message) {
    this.assignment = Objects.requireNonNull(assignment, "assignment");
    this.status = Objects.requireNonNull(status, "status");
    this.message = message;
  }

  /**
   * An outcome.
   *
   * @param assignment the assignment pushed
   * @param status what happened
   * @param message the platform's or the SDK's explanation, for {@link Status#SKIPPED} and
   *     {@link Status#FAILED}; null for none
   * @throws NullPointerException if the assignment or status is null
   */
  public static BibPushOutcome of(BibAssignment assignment, Status status, String message) {
    return new BibPushOutcome(assignment, status, message);
  }

  /** An outcome without explanation. */
  public static BibPushOutcome of(BibAssignment assignment, Status status) {
    return new BibPushOutcome(assignment, status, null);
  }

  /** The assignment pushed. */
  public BibAssignment assignment() {
    return assignment;
  }

  /** What happened. */
  public Status status() {
    return status;
  }

  /** The platform's or the SDK's explanation, if any. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** Whether the platform holds the requested bib afterwards. */
  public boolean succeeded() {
    return status == Status.APPLIED || status == Status.UNCHANGED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BibPushOutcome && assignment.equals(((BibPushOutcome) o).assignment)
        && status == ((BibPushOutcome) o).status
        && Objects.equals(message, ((BibPushOutcome) o).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assignment, status, message);
  }

  @Override
  public String toString() {
    return "BibPushOutcome{assignment=" + assignment + ", status=" + status
        + (message == null ? "" : ", message=" + message) + "}";
  }
}
