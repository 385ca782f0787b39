package dev.racereg.actigo;

import java.time.LocalDate;

/**
 * The builder methods for the person fields that {@link ActigoPerson} (received) and
 * {@link SyncPerson} (sent) share: the Actigo user id, the names, sex, birth date and country.
 * Each builder decides how it cleans text ({@link #clean(String)}). The two persons do not share
 * a base class: a received person keeps unknown members
 * ({@link dev.racereg.core.model.UnknownFieldsModel}), a sent one has none.
 *
 * @param <B> the concrete builder
 */
abstract class PersonBuilder<B extends PersonBuilder<B>> {
  String id;
  String givenName;
  String middleName;
  String surname;
  Sex sex;
  LocalDate birthDate;
  String country;

  PersonBuilder() {}

  /** Copies the shared fields of an existing person (for {@code toBuilder()}). */
  final void copy(String id, String givenName, String middleName, String surname, Sex sex,
      LocalDate birthDate, String country) {
    this.id = id;
    this.givenName = givenName;
    this.middleName = middleName;
    this.surname = surname;
    this.sex = sex;
    this.birthDate = birthDate;
    this.country = country;
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
