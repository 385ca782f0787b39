package dev.racereg.actigo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The person fields that {@link ActigoPerson} (received) and {@link SyncPerson} (sent) share: the
 * Actigo user id, the names, sex, birth date and country, with their getters and builder methods.
 * Each builder decides how it cleans text ({@link PersonBuilder#clean(String)}).
 */
abstract class PersonFields {

  final String id;
  final String givenName;
  final String middleName;
  final String surname;
  final Sex sex;
  final LocalDate birthDate;
  final String country;

  PersonFields(PersonBuilder<?> b) {
    this.id = b.id;
    this.givenName = b.givenName;
    this.middleName = b.middleName;
    this.surname = b.surname;
    this.sex = b.sex;
    this.birthDate = b.birthDate;
    this.country = b.country;
  }

  /** The Actigo user account's id, 24 hexadecimal digits, if the person has one. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** Given (first) name. */
  public Optional<String> givenName() {
    return Optional.ofNullable(givenName);
  }

  /** Middle name(s). */
  public Optional<String> middleName() {
    return Optional.ofNullable(middleName);
  }

  /** Surname (family name). */
  public Optional<String> surname() {
    return Optional.ofNullable(surname);
  }

  /** Sex. */
  public Optional<Sex> sex() {
    return Optional.ofNullable(sex);
  }

  /**
   * Date of birth. JSON carries it as an instant at midnight UTC ({@code 1975-11-27T00:00:00Z}),
   * CSV as a date; both are the same date here.
   */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /** Country code, e.g. {@code CZ} (a {@link SyncPerson} sends it with results only). */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** Whether the shared fields are all equal. */
  final boolean samePerson(PersonFields p) {
    return Objects.equals(id, p.id) && Objects.equals(givenName, p.givenName)
        && Objects.equals(middleName, p.middleName) && Objects.equals(surname, p.surname)
        && Objects.equals(sex, p.sex) && Objects.equals(birthDate, p.birthDate)
        && Objects.equals(country, p.country);
  }

  /** The builder methods for the shared fields. */
  abstract static class PersonBuilder<B extends PersonBuilder<B>> {
    String id;
    String givenName;
    String middleName;
    String surname;
    Sex sex;
    LocalDate birthDate;
    String country;

    PersonBuilder() {}

    PersonBuilder(PersonFields p) {
      id = p.id;
      givenName = p.givenName;
      middleName = p.middleName;
      surname = p.surname;
      sex = p.sex;
      birthDate = p.birthDate;
      country = p.country;
    }

    /** The text a setter stores: null for an absent value. */
    abstract String clean(String v);

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /** The Actigo user's id (24 hexadecimal digits); unset for a person registered outside Actigo. */
    public B id(String v) {
      id = clean(v);
      return self();
    }

    /** Given name (required for a {@link SyncPerson} without an id). */
    public B givenName(String v) {
      givenName = clean(v);
      return self();
    }

    /** Middle name(s), optional. */
    public B middleName(String v) {
      middleName = clean(v);
      return self();
    }

    /** Surname (required for a {@link SyncPerson} without an id). */
    public B surname(String v) {
      surname = clean(v);
      return self();
    }

    /** Sex (required for a {@link SyncPerson} without an id). */
    public B sex(Sex v) {
      sex = v;
      return self();
    }

    /** Date of birth (required for a {@link SyncPerson} without an id). */
    public B birthDate(LocalDate v) {
      birthDate = v;
      return self();
    }

    /** Country code such as {@code CZ} (a {@link SyncPerson} sends it with results only). */
    public B country(String v) {
      country = clean(v);
      return self();
    }
  }
}
