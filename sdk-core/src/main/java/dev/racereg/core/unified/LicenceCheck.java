package dev.racereg.core.unified;

import dev.racereg.core.model.Licence;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one licence. Immutable; a final class rather than a record so it can
 * gain values without breaking callers.
 */
public final class LicenceCheck {

  /** The verdict. */
  public enum Outcome {
    /** Found and valid for the season. */
    VALID,
    /** No such licence. */
    NOT_FOUND,
    /** The licence exists but not for the requested season. */
    WRONG_SEASON,
    /** The check itself failed (network, authentication...); try again. */
    ERROR
  }

  private final LicenceQuery query;
  private final Outcome outcome;
  private final Licence licence;
  private final String message;

  private LicenceCheck(LicenceQuery query, Outcome outcome, Licence licence, String message) {
    this.query = Objects.requireNonNull(query, "query");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.licence = licence;
    this.message = message;
  }

  /**
   * A check's result.
   *
   * @param query what was checked
   * @param outcome the verdict
   * @param licence the licence as the federation reports it; null when not found
   * @param message the federation's or the SDK's explanation; null for none
   * @throws NullPointerException if the query or outcome is null
   */
  public static LicenceCheck of(LicenceQuery query, Outcome outcome, Licence licence,
      String message) {
    return new LicenceCheck(query, outcome, licence, message);
  }

  /** What was checked. */
  public LicenceQuery query() {
    return query;
  }

  /** The verdict. */
  public Outcome outcome() {
    return outcome;
  }

  /** The licence as the federation reports it, when found. */
  public Optional<Licence> licence() {
    return Optional.ofNullable(licence);
  }

  /** The federation's or the SDK's explanation, if any. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LicenceCheck)) {
      return false;
    }
    LicenceCheck c = (LicenceCheck) o;
    return query.equals(c.query) && outcome == c.outcome && Objects.equals(licence, c.licence)
        && Objects.equals(message, c.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, outcome, licence, message);
  }

  @Override
  public String toString() {
    return "LicenceCheck{query=" + query + ", outcome=" + outcome
        + (licence == null ? "" : ", licence=" + licence)
        + (message == null ? "" : ", message=" + message) + "}";
  }
}
