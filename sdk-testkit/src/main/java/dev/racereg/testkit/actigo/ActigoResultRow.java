package dev.racereg.testkit.actigo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A race result stored by {@code PUT /api/events/activities/{id}/results.json}; part of a
 * read-only state snapshot. One result is kept per person and activity.
 *
 * @param id the result id, 24 hex digits, stable across updates
 * @param category the category, for example {@code M40}; may be {@code null}
 * @param person who the result belongs to (an Actigo user, or the account created for an
 *     external person)
 * @param position overall position, or {@code null}
 * @param positionByCategory position in the category, or {@code null}
 * @param positionBySex position among the same sex, or {@code null}
 * @param startNumber start number as text, or {@code null}
 * @param timeMillis finish time in milliseconds ({@code 600000} is ten minutes), or {@code null}
 * @param splitTimes split times in the order sent, never {@code null}
 */
public record ActigoResultRow(
    String id,
    String category,
    Person person,
    Integer position,
    Integer positionByCategory,
    Integer positionBySex,
    String startNumber,
    Long timeMillis,
    List<SplitTimeRow> splitTimes) {

  /** Copies the split list so the snapshot stays read-only. */
  public ActigoResultRow {
    splitTimes = splitTimes == null ? List.of() : List.copyOf(splitTimes);
  }

  /**
   * The person of a result, as the results sync answers it.
   *
   * @param id the Actigo user id, 24 hex digits
   * @param givenName given name
   * @param middleName middle name, or {@code null}
   * @param surname surname
   * @param sex {@code Male} or {@code Female}
   * @param birthDate date of birth
   * @param country ISO 3166 alpha-2 country, or {@code null}
   */
  public record Person(
      String id,
      String givenName,
      String middleName,
      String surname,
      String sex,
      LocalDate birthDate,
      String country) {}

  /**
   * One split time.
   *
   * @param distanceKm distance from the start in kilometres
   * @param time when the split was passed
   */
  public record SplitTimeRow(double distanceKm, Instant time) {}
}
