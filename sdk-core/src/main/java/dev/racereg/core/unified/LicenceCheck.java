package dev.racereg.core.unified;

import dev.racereg.core.model.Licence;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one licence.
 *
 * @param query what was checked
 * @param outcome the verdict
 * @param licence the licence as the federation reports it, when found
 * @param message the federation's or the SDK's explanation; may be null
 */
public record LicenceCheck(LicenceQuery query, Outcome outcome, Licence licence, String message) {

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

  /** Requires the query and outcome. */
  public LicenceCheck {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The licence, when found. */
  public Optional<Licence> foundLicence() {
    return Optional.ofNullable(licence);
  }

  /** The explanation, if any. */
  public Optional<String> explanation() {
    return Optional.ofNullable(message);
  }
}
