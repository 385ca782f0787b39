package dev.racereg.testkit.fftri;

import java.util.List;

/**
 * An affiliated club, as {@code GET club/{id}} serves it; {@code GET clubs/{season}} lists the
 * clubs whose {@link #seasonIds()} contain the season.
 *
 * @param id the club id
 * @param name the club name, upper case as espacetri writes it
 * @param address street address
 * @param zip postcode
 * @param city town, upper case
 * @param phone main phone number
 * @param mobile mobile phone number
 * @param email contact e-mail
 * @param website web site URL, empty when the club has none
 * @param lat latitude as a decimal string
 * @param lng longitude as a decimal string
 * @param league regional league name
 * @param excellenceYoung "Club Excellence Jeunes" label
 * @param healthSport "Coaching Triathlon santé" label
 * @param schoolLabelStars stars of the "école de triathlon" label, 0 to 3
 * @param schoolLabelRaidStars stars of the "école de raid" label, 0 to 3
 * @param labelSeason season (year) of the school label, {@code null} without a label this season
 * @param championship club championship entries ({@code "M_Duathlon_D1,F_Triathlon_D1"}), or
 *     {@code null} when the club takes part in none
 * @param seasonIds the seasons the club renewed its affiliation for, in season order
 */
public record ClubRow(
    int id,
    String name,
    String address,
    String zip,
    String city,
    String phone,
    String mobile,
    String email,
    String website,
    String lat,
    String lng,
    String league,
    boolean excellenceYoung,
    boolean healthSport,
    int schoolLabelStars,
    int schoolLabelRaidStars,
    String labelSeason,
    String championship,
    List<Integer> seasonIds) {

  /** Copies the season list so the record stays immutable. */
  public ClubRow {
    seasonIds = List.copyOf(seasonIds);
  }
}
