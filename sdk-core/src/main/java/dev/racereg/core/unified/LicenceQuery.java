package dev.racereg.core.unified;

import dev.racereg.core.internal.Validation;
import java.util.Objects;
import java.util.Optional;

/**
 * A licence to check, and for which season. Immutable; a final class rather than a record
 * because a federation added later may need more to identify a licence (a birth date, a club).
 */
public final class LicenceQuery {

  private final String licenceNumber;
  private final String season;
  private final String reference;

  private LicenceQuery(String licenceNumber, String season, String reference) {
    this.licenceNumber = Validation.notBlank(licenceNumber, "licenceNumber");
    this.season = season;
    this.reference = reference;
  }

  /**
   * A query.
   *
   * @param licenceNumber the number as the athlete gave it
   * @param season the season it must be valid for, as the federation names it; null for the
   *     current one
   * @param reference the caller's own reference (a registration id), carried to the result; null
   *     for none
   * @throws dev.racereg.core.error.ValidationException if the number is blank
   */
  public static LicenceQuery of(String licenceNumber, String season, String reference) {
    return new LicenceQuery(licenceNumber, season, reference);
  }

  /**
   * A query for the current season without a reference.
   *
   * @throws dev.racereg.core.error.ValidationException if the number is blank
   */
  public static LicenceQuery of(String licenceNumber) {
    return new LicenceQuery(licenceNumber, null, null);
  }

  /** The number as the athlete gave it. */
  public String licenceNumber() {
    return licenceNumber;
  }

  /** The season it must be valid for, as the federation names it; empty for the current one. */
  public Optional<String> season() {
    return Optional.ofNullable(season);
  }

  /** The caller's own reference (a registration id), if given. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LicenceQuery && licenceNumber.equals(((LicenceQuery) o).licenceNumber)
        && Objects.equals(season, ((LicenceQuery) o).season)
        && Objects.equals(reference, ((LicenceQuery) o).reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(licenceNumber, season, reference);
  }

  @Override
  public String toString() {
    return "LicenceQuery{" + licenceNumber + (season == null ? "" : ", season " + season)
        + (reference == null ? "" : ", ref " + reference) + "}";
  }
}
