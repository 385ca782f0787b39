package dev.racereg.fftri;

import java.util.Objects;
import java.util.Optional;

/**
 * One participation of a club in the clubs' championship, from an entry of
 * {@code championship} in the form {@code SEXE_DISCIPLINE_NIVEAU}, e.g. {@code F_Triathlon_D1}
 * (the women's triathlon first division).
 *
 * @param raw the entry exactly as sent
 * @param sex {@code M} or {@code F}; null if the entry is not in the documented form
 * @param discipline e.g. {@code Triathlon}; null if the entry is not in the documented form
 * @param level e.g. {@code D1}; null if the entry is not in the documented form
 */
public record ClubChampionship(String raw, String sex, String discipline, String level) {

  /** Requires the raw entry. */
  public ClubChampionship {
    Objects.requireNonNull(raw, "raw");
  }

  /** Parses one entry; one that is not in the documented form keeps only {@code raw}. */
  public static ClubChampionship parse(String entry) {
    String raw = entry.trim();
    String[] parts = raw.split("_", 3);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      return new ClubChampionship(raw, null, null, null);
    }
    return new ClubChampionship(raw, parts[0], parts[1], parts[2]);
  }

  /** Whether the entry was in the documented {@code SEXE_DISCIPLINE_NIVEAU} form. */
  public boolean isParsed() {
    return sex != null;
  }

  /** The sex as an espacetri gender ({@code M} is {@code m}), if parsed. */
  public Optional<FftriGender> gender() {
    return Optional.ofNullable(sex).map(s -> FftriGender.of(s.toLowerCase(java.util.Locale.ROOT)));
  }
}
