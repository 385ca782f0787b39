package dev.racereg.core.unified;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one {@link BibAssignment}.
 *
 * @param assignment the assignment
 * @param result the result
 * @param message the platform's or the SDK's explanation, for {@link Result#SKIPPED} and
 *     {@link Result#FAILED}; may be null
 */
public record BibPushOutcome(BibAssignment assignment, Result result, String message) {

  /** What happened. */
  public enum Result {
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

  /** Requires the assignment and result. */
  public BibPushOutcome {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(result, "result");
  }

  /** The explanation, if any. */
  public Optional<String> explanation() {
    return Optional.ofNullable(message);
  }

  /** Whether the platform holds the requested bib afterwards. */
  public boolean succeeded() {
    return result == Result.APPLIED || result == Result.UNCHANGED;
  }
}
