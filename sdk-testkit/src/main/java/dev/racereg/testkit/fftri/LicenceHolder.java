package dev.racereg.testkit.fftri;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A licensed member of the federation, as {@code test-licence} and {@code licence-infos} know it.
 *
 * <p>The licence number has 17 characters, the length of the doc's {@code licenseNumber}
 * placeholder: licence letter, 5-digit member number, {@code C}, 7-digit club number, sex
 * ({@code M}/{@code F}) and the 2-letter age group of the first season (for example
 * {@code A04382C0001001MVE}). This layout is inferred; only the length comes from the doc.
 *
 * @param licenceNumber the licence number
 * @param firstName first name
 * @param lastName last name, as espacetri references it ({@code licence-infos} compares it without
 *     regard to case, accents, spaces or hyphens)
 * @param gender {@code "m"} or {@code "f"}, as {@code licence-infos} expects it
 * @param birthDate date of birth
 * @param email the member's e-mail (not served by the API; handy for test data)
 * @param clubId id of the member's club ({@code club_id})
 * @param clubName name of the member's club ({@code club_name})
 * @param nationality nationality label ({@code "Français"} for most)
 * @param mutation whether the member changed club this season ({@code mutation} {@code "OUI"})
 * @param certifComp whether a medical certificate for competition is on file ({@code certifComp})
 * @param letterType licence letter ({@code letterType}): A competition, B leisure (no competition
 *     certificate), C and D other licence kinds
 * @param validations validation date of the licence per season id; the licence is valid exactly
 *     for these seasons
 */
public record LicenceHolder(
    String licenceNumber,
    String firstName,
    String lastName,
    String gender,
    LocalDate birthDate,
    String email,
    int clubId,
    String clubName,
    String nationality,
    boolean mutation,
    boolean certifComp,
    String letterType,
    Map<Integer, LocalDate> validations) {

  /** Copies the validations (sorted by season id) so the record stays immutable. */
  public LicenceHolder {
    validations = Collections.unmodifiableMap(new TreeMap<>(validations));
  }

  /** Whether the licence is valid for the season. */
  public boolean validFor(int seasonId) {
    return validations.containsKey(seasonId);
  }

  /** The seasons the licence is valid for, in id order. */
  public Set<Integer> seasonIds() {
    return validations.keySet();
  }

  /** The date the licence was validated for the season, if it was. */
  public Optional<LocalDate> validationDate(int seasonId) {
    return Optional.ofNullable(validations.get(seasonId));
  }

  /**
   * Whether the member still needs a pass compétition to race ({@code needPassCompet}): exactly
   * when no competition certificate is on file.
   */
  public boolean needPassCompet() {
    return !certifComp;
  }
}
