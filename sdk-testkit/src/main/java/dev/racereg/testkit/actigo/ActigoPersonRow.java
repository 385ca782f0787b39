package dev.racereg.testkit.actigo;

import java.time.LocalDate;

/**
 * A person (an Actigo user account) as the simulator holds it; part of a read-only state
 * snapshot.
 *
 * @param id the user id, 24 hex digits
 * @param isProfilePublic whether the user's profile is public
 * @param givenName given name, for example {@code Martin}
 * @param middleName middle name, or {@code null} (Actigo-native users never have one here; the
 *     CSV format carries the column)
 * @param surname surname, for example {@code Dufek}
 * @param sex {@code Male} or {@code Female}
 * @param birthDate date of birth (sent as {@code 1975-11-27T00:00:00Z} in JSON, {@code 1975-11-27}
 *     in CSV)
 * @param language preferred language, for example {@code cs}
 * @param nickname nickname such as {@code martin.dufek}; {@code null} for accounts created by a
 *     sync
 * @param country ISO 3166 alpha-2 country, for example {@code CZ}; may be {@code null} for
 *     accounts created by a sync that did not send one
 * @param ref profile reference (the doc shows it equal to the nickname); {@code null} for
 *     accounts created by a sync
 * @param login the generated login {@code <32 random chars>@actigo.app} of an account created by
 *     an external registration or result; {@code null} for Actigo-native users
 */
public record ActigoPersonRow(
    String id,
    boolean isProfilePublic,
    String givenName,
    String middleName,
    String surname,
    String sex,
    LocalDate birthDate,
    String language,
    String nickname,
    String country,
    String ref,
    String login) {

  /**
   * The display name as Actigo sends it in {@code person.name}: given name, middle name when
   * present, surname, separated by single spaces.
   */
  public String name() {
    return middleName == null || middleName.isEmpty()
        ? givenName + " " + surname
        : givenName + " " + middleName + " " + surname;
  }

  /** Whether this account was created by the API (an external registration or result). */
  public boolean createdBySync() {
    return login != null;
  }
}
