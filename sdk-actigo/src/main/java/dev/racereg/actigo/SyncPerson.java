package dev.racereg.actigo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The person of a registration or result sent to Actigo: either an Actigo user, named by
 * {@link #id()} ({@link #actigoUser(String)}), or a person registered outside Actigo, described by
 * the fields Actigo needs to create or find their account. Immutable.
 *
 * <p>Required for a person without an id (Actigo creates an account for them, with a generated
 * login {@code <random 32 characters>@actigo.app}): {@code givenName}, {@code surname},
 * {@code sex} and {@code birthDate}; {@code middleName} is optional, and {@code country} is sent
 * with results only (the registration CSV has no column for it). With an id, every other field
 * is optional and sent as given.
 *
 * <p>On the wire the birth date is an instant at midnight UTC in JSON
 * ({@code 1975-11-27T00:00:00Z}) and a date in CSV ({@code 1975-11-27}).
 */
public final class SyncPerson {

  private final String id;
  private final String givenName;
  private final String middleName;
  private final String surname;
  private final Sex sex;
  private final LocalDate birthDate;
  private final String country;

  private SyncPerson(Builder b) {
    this.id = b.id;
    this.givenName = b.givenName;
    this.middleName = b.middleName;
    this.surname = b.surname;
    this.sex = b.sex;
    this.birthDate = b.birthDate;
    this.country = b.country;
  }

  /**
   * An Actigo user, by id: {@code {"id": "..."}}.
   *
   * @throws dev.racereg.core.error.ValidationException if the id is not 24 hexadecimal digits
   */
  public static SyncPerson actigoUser(String personId) {
    return builder().id(personId).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(this);
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

  /** Country code, e.g. {@code CZ} (sent with results only). */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** Whether this person is named by an Actigo user id. */
  public boolean isActigoUser() {
    return id != null;
  }

  /**
   * Checks the fields Actigo needs for a person registered outside Actigo.
   *
   * @param prefix the field path in messages, e.g. {@code person}
   * @throws dev.racereg.core.error.ValidationException naming the first missing field
   */
  void requireExternalFields(String prefix) {
    String why = "must be set for a person registered outside Actigo (without an id)";
    Validation.check(givenName != null, prefix + ".givenName", why);
    Validation.check(surname != null, prefix + ".surname", why);
    Validation.check(sex != null, prefix + ".sex", why);
    Validation.check(birthDate != null, prefix + ".birthDate", why);
  }

  /** The JSON object sent: the fields that are set, in the documented order. */
  ObjectNode toJson() {
    ObjectNode node = Codecs.json().createObjectNode();
    putIfSet(node, "id", id);
    putIfSet(node, "givenName", givenName);
    putIfSet(node, "middleName", middleName);
    putIfSet(node, "surname", surname);
    putIfSet(node, "sex", sex == null ? null : sex.value());
    putIfSet(node, "birthDate", birthDate == null ? null : Wire.birthDateInstant(birthDate));
    putIfSet(node, "country", country);
    return node;
  }

  private static void putIfSet(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SyncPerson)) {
      return false;
    }
    SyncPerson p = (SyncPerson) o;
    return Objects.equals(id, p.id) && Objects.equals(givenName, p.givenName)
        && Objects.equals(middleName, p.middleName) && Objects.equals(surname, p.surname)
        && Objects.equals(sex, p.sex) && Objects.equals(birthDate, p.birthDate)
        && Objects.equals(country, p.country);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, givenName, middleName, surname, sex, birthDate, country);
  }

  @Override
  public String toString() {
    return "SyncPerson{" + (id == null ? "" : "id=" + id + ", ")
        + (givenName == null ? "" : givenName + " ") + (surname == null ? "" : surname) + "}";
  }

  /** Builds a {@link SyncPerson}. Blank strings are stored as absent. Not thread-safe. */
  public static final class Builder extends PersonBuilder<Builder> {
    private Builder() {}

    private Builder(SyncPerson p) {
      copy(p.id, p.givenName, p.middleName, p.surname, p.sex, p.birthDate, p.country);
    }

    /** Blank is absent; other text is trimmed. */
    @Override
    String clean(String v) {
      return Text.trimmed(v);
    }

    /**
     * Builds the person.
     *
     * @throws dev.racereg.core.error.ValidationException if the id is not 24 hexadecimal digits,
     *     or, without an id, if {@code givenName}, {@code surname}, {@code sex} or
     *     {@code birthDate} is missing (field names are prefixed {@code person.})
     */
    public SyncPerson build() {
      if (id != null) {
        Ids.check(id, "person.id");
      }
      SyncPerson person = new SyncPerson(this);
      if (id == null) {
        person.requireExternalFields("person");
      }
      return person;
    }
  }
}
