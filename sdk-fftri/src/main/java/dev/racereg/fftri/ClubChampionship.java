package dev.racereg.fftri;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One participation of a club in the clubs' championship, from an entry of
 * {@code championship} in the form {@code SEXE_DISCIPLINE_NIVEAU}, e.g. {@code F_Triathlon_D1}
 * (the women's triathlon first division). An entry that is not in that form keeps only
 * {@link #raw()}; its parts are then empty. Immutable, with value equality.
 */
public final class ClubChampionship {

  private final String raw;
  private final String sex;
  private final String discipline;
  private final String level;

  private ClubChampionship(String raw, String sex, String discipline, String level) {
    this.raw = raw;
    this.sex = sex;
    this.discipline = discipline;
    this.level = level;
  }

  /**
   * Parses one entry; one that is not in the documented form keeps only {@code raw}.
   *
   * @throws NullPointerException if {@code entry} is null
   */
  public static ClubChampionship parse(String entry) {
    String raw = Objects.requireNonNull(entry, "entry").trim();
    String[] parts = raw.split("_", 3);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      return new ClubChampionship(raw, null, null, null);
    }
    return new ClubChampionship(raw, parts[0], parts[1], parts[2]);
  }

  /** The entry exactly as sent (without surrounding white space). */
  public String raw() {
    return raw;
  }

  /** {@code M} or {@code F}, when the entry is in the documented form. */
  public Optional<String> sex() {
    return Optional.ofNullable(sex);
  }

  /** The discipline, e.g. {@code Triathlon}, when the entry is in the documented form. */
  public Optional<String> discipline() {
    return Optional.ofNullable(discipline);
  }

  /** The level, e.g. {@code D1}, when the entry is in the documented form. */
  public Optional<String> level() {
    return Optional.ofNullable(level);
  }

  /** Whether the entry was in the documented {@code SEXE_DISCIPLINE_NIVEAU} form. */
  public boolean isParsed() {
    return sex != null;
  }

  /** The sex as an espacetri gender ({@code M} is {@code m}), if parsed. */
  public Optional<FftriGender> gender() {
    return sex().map(s -> FftriGender.of(s.toLowerCase(Locale.ROOT)));
  }

  /** Equal when the raw entries are (the parts follow from it). */
  @Override
  public boolean equals(Object o) {
    return o instanceof ClubChampionship && ((ClubChampionship) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return "ClubChampionship{" + raw + "}";
  }
}
