package dev.racereg.core.unified;

import dev.racereg.core.internal.Validation;

/**
 * A licence to check, and for which season.
 *
 * @param licenceNumber the number as the athlete gave it
 * @param season the season it must be valid for, as the federation names it; null for the
 *     current one
 * @param reference the caller's own reference (a registration id), carried to the result; may be
 *     null
 */
public record LicenceQuery(String licenceNumber, String season, String reference) {

  /** @throws dev.racereg.core.error.ValidationException if the number is blank */
  public LicenceQuery {
    Validation.notBlank(licenceNumber, "licenceNumber");
  }

  /** A query for the current season without a reference. */
  public static LicenceQuery of(String licenceNumber) {
    return new LicenceQuery(licenceNumber, null, null);
  }
}
