package dev.racereg.actigo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import java.util.Objects;

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
public final class SyncPerson extends PersonFields {

  private SyncPerson(Builder b) {
    super(b);
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
    return samePerson((SyncPerson) o);
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
  public static final class Builder extends PersonFields.PersonBuilder<Builder> {
    private Builder() {}

    private Builder(SyncPerson p) {
      super(p);
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
