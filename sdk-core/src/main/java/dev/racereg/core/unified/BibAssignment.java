package dev.racereg.core.unified;

import dev.racereg.core.internal.Validation;

/**
 * A bib (start number) to set on one registration.
 *
 * @param nativeId the registration's id on the platform ({@code Registration.nativeId()})
 * @param bib the bib, as text so leading zeros survive; blank is refused
 */
public record BibAssignment(String nativeId, String bib) {

  /** @throws dev.racereg.core.error.ValidationException if either part is blank */
  public BibAssignment {
    Validation.notBlank(nativeId, "nativeId");
    Validation.notBlank(bib, "bib");
  }
}
