package dev.racereg.core.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The person behind a registration, as far as the platform tells. Every field but the gender may
 * be absent. Immutable; build with {@link #builder()}.
 */
public final class Participant {

  private final String firstName;
  private final String middleName;
  private final String lastName;
  private final Gender gender;
  private final LocalDate birthDate;
  private final String email;
  private final String phone;
  private final String nationality;
  private final String country;
  private final String city;
  private final String club;
  private final String licenceNumber;

  private Participant(Builder b) {
    this.firstName = b.firstName;
    this.middleName = b.middleName;
    this.lastName = b.lastName;
    this.gender = b.gender;
    this.birthDate = b.birthDate;
    this.email = b.email;
    this.phone = b.phone;
    this.nationality = b.nationality;
    this.country = b.country;
    this.city = b.city;
    this.club = b.club;
    this.licenceNumber = b.licenceNumber;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this participant's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Given name. */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** Middle name(s). */
  public Optional<String> middleName() {
    return Optional.ofNullable(middleName);
  }

  /** Family name. */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** First, middle and last name joined with spaces (empty if none is known). */
  public String fullName() {
    return Stream.of(firstName, middleName, lastName).filter(Objects::nonNull)
        .filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
  }

  /** Gender; {@link Gender#UNKNOWN} when not given. */
  public Gender gender() {
    return gender;
  }

  /** Date of birth. */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /** Age in whole years on the given day, if the birth date is known. */
  public Optional<Integer> ageOn(LocalDate day) {
    return birthDate().map(b -> Period.between(b, day).getYears());
  }

  /** E-mail address. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** Phone number as given. */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** Nationality, usually an ISO 3166 alpha-2 or alpha-3 code as the platform gives it. */
  public Optional<String> nationality() {
    return Optional.ofNullable(nationality);
  }

  /** Country of residence, as the platform gives it. */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** City of residence. */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** Club or team. */
  public Optional<String> club() {
    return Optional.ofNullable(club);
  }

  /** Federation licence or sport id number. */
  public Optional<String> licenceNumber() {
    return Optional.ofNullable(licenceNumber);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Participant)) {
      return false;
    }
    Participant p = (Participant) o;
    return Objects.equals(firstName, p.firstName) && Objects.equals(middleName, p.middleName)
        && Objects.equals(lastName, p.lastName) && gender == p.gender
        && Objects.equals(birthDate, p.birthDate) && Objects.equals(email, p.email)
        && Objects.equals(phone, p.phone) && Objects.equals(nationality, p.nationality)
        && Objects.equals(country, p.country) && Objects.equals(city, p.city)
        && Objects.equals(club, p.club) && Objects.equals(licenceNumber, p.licenceNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstName, middleName, lastName, gender, birthDate, email, phone,
        nationality, country, city, club, licenceNumber);
  }

  @Override
  public String toString() {
    return "Participant{" + fullName() + ", " + gender + (birthDate == null ? "" : ", born " + birthDate) + "}";
  }

  /** Builds a {@link Participant}. Blank strings are stored as absent. */
  public static final class Builder {
    private String firstName;
    private String middleName;
    private String lastName;
    private Gender gender = Gender.UNKNOWN;
    private LocalDate birthDate;
    private String email;
    private String phone;
    private String nationality;
    private String country;
    private String city;
    private String club;
    private String licenceNumber;

    private Builder() {}

    private Builder(Participant p) {
      firstName = p.firstName;
      middleName = p.middleName;
      lastName = p.lastName;
      gender = p.gender;
      birthDate = p.birthDate;
      email = p.email;
      phone = p.phone;
      nationality = p.nationality;
      country = p.country;
      city = p.city;
      club = p.club;
      licenceNumber = p.licenceNumber;
    }

    /** Given name. */
    public Builder firstName(String v) {
      firstName = clean(v);
      return this;
    }

    /** Middle name(s). */
    public Builder middleName(String v) {
      middleName = clean(v);
      return this;
    }

    /** Family name. */
    public Builder lastName(String v) {
      lastName = clean(v);
      return this;
    }

    /** Gender; null means {@link Gender#UNKNOWN}. */
    public Builder gender(Gender v) {
      gender = v == null ? Gender.UNKNOWN : v;
      return this;
    }

    /** Date of birth. */
    public Builder birthDate(LocalDate v) {
      birthDate = v;
      return this;
    }

    /** E-mail address. */
    public Builder email(String v) {
      email = clean(v);
      return this;
    }

    /** Phone number. */
    public Builder phone(String v) {
      phone = clean(v);
      return this;
    }

    /** Nationality. */
    public Builder nationality(String v) {
      nationality = clean(v);
      return this;
    }

    /** Country of residence. */
    public Builder country(String v) {
      country = clean(v);
      return this;
    }

    /** City. */
    public Builder city(String v) {
      city = clean(v);
      return this;
    }

    /** Club or team. */
    public Builder club(String v) {
      club = clean(v);
      return this;
    }

    /** Licence or sport id number. */
    public Builder licenceNumber(String v) {
      licenceNumber = clean(v);
      return this;
    }

    /** Builds the participant. */
    public Participant build() {
      return new Participant(this);
    }

    private static String clean(String v) {
      return v == null || v.isBlank() ? null : v.trim();
    }
  }
}
