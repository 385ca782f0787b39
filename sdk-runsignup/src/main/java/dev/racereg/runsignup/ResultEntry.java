package dev.racereg.runsignup;

import dev.racereg.core.internal.Validation;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One finisher's result for {@link PostResultsParams}, matched to a registration by exactly one
 * of: registration id, bib or chip (the factory you start with decides). Times are sent as
 * {@code h:mm:ss}, with milliseconds when they have any. Names and the other person fields matter
 * only for rows RunSignup cannot match. Immutable.
 */
public final class ResultEntry {

  private static final Pattern BIB = Pattern.compile("[1-9][0-9]{0,8}");
  private static final Pattern CHIP = Pattern.compile("\\S{1,64}");
  private static final Duration MAX_TIME = Duration.ofHours(999);

  /** How a row is matched to a registration. */
  public enum Match {
    /** By {@code registration_id}: unambiguous. */
    REGISTRATION_ID,
    /** By {@code bib_num}. */
    BIB,
    /** By {@code chip_num}. */
    CHIP
  }

  private final Match match;
  private final String key;
  private final Integer place;
  private final Duration clockTime;
  private final Duration chipTime;
  private final String firstName;
  private final String lastName;
  private final String gender;
  private final Integer age;
  private final String city;
  private final String state;

  private ResultEntry(Builder b) {
    this.match = b.match;
    this.key = b.key;
    this.place = b.place == null ? null : (int) Validation.atLeast(b.place, 1, "place");
    this.clockTime = time(b.clockTime, "clockTime");
    this.chipTime = time(b.chipTime, "chipTime");
    this.firstName = clean(b.firstName);
    this.lastName = clean(b.lastName);
    this.gender = clean(b.gender);
    this.age = b.age == null ? null : (int) Validation.inRange(b.age, 0, 130, "age");
    this.city = clean(b.city);
    this.state = clean(b.state);
  }

  private static Duration time(Duration d, String field) {
    if (d == null) {
      return null;
    }
    Validation.check(!d.isNegative() && d.compareTo(MAX_TIME) < 0, field, "must be from 0 to 999 hours, was " + d);
    Validation.check(d.getNano() % 1_000_000 == 0, field, "must be whole milliseconds, was " + d);
    return d;
  }

  private static String clean(String v) {
    return v == null || v.isBlank() ? null : v.trim();
  }

  /**
   * A row for the registration with this id.
   *
   * @throws dev.racereg.core.error.ValidationException if the id is not positive
   */
  public static Builder byRegistrationId(long registrationId) {
    Validation.atLeast(registrationId, 1, "registrationId");
    return new Builder(Match.REGISTRATION_ID, Long.toString(registrationId));
  }

  /**
   * A row for the runner wearing this bib.
   *
   * @throws dev.racereg.core.error.ValidationException if the bib is not a whole number from 1
   *     without leading zeros
   */
  public static Builder byBib(String bib) {
    Validation.matches(bib, BIB, "bib", "must be a whole number from 1 to 999999999 without leading zeros, was '"
        + bib + "'");
    return new Builder(Match.BIB, bib);
  }

  /**
   * A row for the runner with this chip.
   *
   * @throws dev.racereg.core.error.ValidationException if the chip is blank or holds white space
   */
  public static Builder byChip(String chip) {
    Validation.matches(chip, CHIP, "chip", "must be 1 to 64 characters without white space, was '" + chip + "'");
    return new Builder(Match.CHIP, chip);
  }

  /** How the row is matched. */
  public Match match() {
    return match;
  }

  /** The registration id, bib or chip it is matched by, as text. */
  public String key() {
    return key;
  }

  /** Overall place. */
  public OptionalInt place() {
    return place == null ? OptionalInt.empty() : OptionalInt.of(place);
  }

  /** Clock (gun) time. */
  public Optional<Duration> clockTime() {
    return Optional.ofNullable(clockTime);
  }

  /** Chip (net) time. */
  public Optional<Duration> chipTime() {
    return Optional.ofNullable(chipTime);
  }

  /** Given name, for unmatched rows. */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** Family name, for unmatched rows. */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** Gender as RunSignup spells it ({@code M}/{@code F}), for unmatched rows. */
  public Optional<String> gender() {
    return Optional.ofNullable(gender);
  }

  /** Age, for unmatched rows. */
  public OptionalInt age() {
    return age == null ? OptionalInt.empty() : OptionalInt.of(age);
  }

  /** City, for unmatched rows. */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** State, for unmatched rows. */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /** Equal when every value is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ResultEntry r && match == r.match && key.equals(r.key)
        && java.util.Objects.equals(place, r.place) && java.util.Objects.equals(clockTime, r.clockTime)
        && java.util.Objects.equals(chipTime, r.chipTime) && java.util.Objects.equals(firstName, r.firstName)
        && java.util.Objects.equals(lastName, r.lastName) && java.util.Objects.equals(gender, r.gender)
        && java.util.Objects.equals(age, r.age) && java.util.Objects.equals(city, r.city)
        && java.util.Objects.equals(state, r.state);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(match, key, place, clockTime, chipTime, firstName, lastName, gender, age, city,
        state);
  }

  @Override
  public String toString() {
    return "ResultEntry{" + match + "=" + key + (place == null ? "" : ", place " + place)
        + (chipTime == null ? "" : ", chip " + RunSignupValues.formatResultTime(chipTime))
        + (clockTime == null ? "" : ", clock " + RunSignupValues.formatResultTime(clockTime)) + "}";
  }

  /** Builds a {@link ResultEntry}; start with one of the {@code by...} factories. */
  public static final class Builder {
    private final Match match;
    private final String key;
    private Integer place;
    private Duration clockTime;
    private Duration chipTime;
    private String firstName;
    private String lastName;
    private String gender;
    private Integer age;
    private String city;
    private String state;

    private Builder(Match match, String key) {
      this.match = Objects.requireNonNull(match, "match");
      this.key = key;
    }

    /** Overall place, from 1. */
    public Builder place(int v) {
      place = v;
      return this;
    }

    /** Clock (gun) time, whole milliseconds. */
    public Builder clockTime(Duration v) {
      clockTime = v;
      return this;
    }

    /** Chip (net) time, whole milliseconds. */
    public Builder chipTime(Duration v) {
      chipTime = v;
      return this;
    }

    /** Given name. */
    public Builder firstName(String v) {
      firstName = v;
      return this;
    }

    /** Family name. */
    public Builder lastName(String v) {
      lastName = v;
      return this;
    }

    /** Gender ({@code M}/{@code F}). */
    public Builder gender(String v) {
      gender = v;
      return this;
    }

    /** Age in years, 0 to 130. */
    public Builder age(int v) {
      age = v;
      return this;
    }

    /** City. */
    public Builder city(String v) {
      city = v;
      return this;
    }

    /** State. */
    public Builder state(String v) {
      state = v;
      return this;
    }

    /**
     * Builds the row.
     *
     * @throws dev.racereg.core.error.ValidationException if the place is below 1, a time is
     *     negative, 999 hours or more, or finer than milliseconds, or the age is outside 0..130
     */
    public ResultEntry build() {
      return new ResultEntry(this);
    }
  }
}
