package dev.racereg.actigo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import java.util.Objects;
import java.util.Optional;

/**
 * One registration sent to Actigo's registration sync: either a change to an existing
 * registration, named by {@link #id()} (its start number; for an external registration also its
 * person data), or a registration made outside Actigo that Actigo inserts, or updates if it has
 * it already. Immutable.
 *
 * <ul>
 *   <li>Set a start number: {@link #startNumber(String, String)}, or
 *       {@code registration.toSyncItem().toBuilder().startNumber("0042").build()} to re-send
 *       everything downloaded with the new number.</li>
 *   <li>Insert or update an external registration: a builder without {@code id}, with a
 *       {@link SyncPerson} carrying {@code givenName}, {@code surname}, {@code sex} and
 *       {@code birthDate} (Actigo creates a user account for the person), and optionally a
 *       {@link #state()} and start number.</li>
 * </ul>
 *
 * <p>{@code state} is used only when Actigo inserts a registration (only {@code Confirmed} ones
 * appear on the start list); Actigo ignores it when updating an existing one. An unset field is
 * left out of the JSON document; in CSV it is an empty cell.
 */
public final class RegistrationSyncItem {

  private final String id;
  private final RegistrationState state;
  private final String startNumber;
  private final SyncPerson person;

  private RegistrationSyncItem(Builder b) {
    this.id = b.id;
    this.state = b.state;
    this.startNumber = b.startNumber;
    this.person = b.person;
  }

  /**
   * Sets the start number of an existing registration: {@code {"id": ..., "startNumber": ...}}.
   *
   * @param registrationId the registration's id (24 hexadecimal digits)
   * @param startNumber the start number as text, leading zeros kept ({@code "0001"})
   * @throws dev.racereg.core.error.ValidationException if the id is not 24 hexadecimal digits or
   *     the start number is blank
   */
  public static RegistrationSyncItem startNumber(String registrationId, String startNumber) {
    return builder().id(Ids.check(registrationId, "id"))
        .startNumber(Validation.notBlank(startNumber, "startNumber")).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The registration's id; empty for an external registration to insert or find. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The state to insert an external registration with; ignored by Actigo on updates. */
  public Optional<RegistrationState> state() {
    return Optional.ofNullable(state);
  }

  /** The start number to set. */
  public Optional<String> startNumber() {
    return Optional.ofNullable(startNumber);
  }

  /** The person. */
  public Optional<SyncPerson> person() {
    return Optional.ofNullable(person);
  }

  /** The JSON object sent: {@code id}, {@code state}, {@code startNumber}, {@code person}, when set. */
  ObjectNode toJson() {
    ObjectNode node = Codecs.json().createObjectNode();
    if (id != null) {
      node.put("id", id);
    }
    if (state != null) {
      node.put("state", state.value());
    }
    if (startNumber != null) {
      node.put("startNumber", startNumber);
    }
    if (person != null) {
      node.set("person", person.toJson());
    }
    return node;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RegistrationSyncItem)) {
      return false;
    }
    RegistrationSyncItem i = (RegistrationSyncItem) o;
    return Objects.equals(id, i.id) && Objects.equals(state, i.state)
        && Objects.equals(startNumber, i.startNumber) && Objects.equals(person, i.person);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, state, startNumber, person);
  }

  @Override
  public String toString() {
    return "RegistrationSyncItem{" + (id == null ? "external" : "id=" + id)
        + (state == null ? "" : ", " + state) + (startNumber == null ? "" : ", startNumber=" + startNumber)
        + (person == null ? "" : ", " + person) + "}";
  }

  /** Builds a {@link RegistrationSyncItem}. Blank strings are stored as absent. Not thread-safe. */
  public static final class Builder {
    private String id;
    private RegistrationState state;
    private String startNumber;
    private SyncPerson person;

    private Builder() {}

    private Builder(RegistrationSyncItem i) {
      id = i.id;
      state = i.state;
      startNumber = i.startNumber;
      person = i.person;
    }

    /** The registration's id (24 hexadecimal digits); leave unset to insert an external one. */
    public Builder id(String v) {
      id = Text.trimmed(v);
      return this;
    }

    /** The state for an insert. */
    public Builder state(RegistrationState v) {
      state = v;
      return this;
    }

    /** The start number; blank means none is sent. */
    public Builder startNumber(String v) {
      startNumber = Text.trimmed(v);
      return this;
    }

    /** The person. */
    public Builder person(SyncPerson v) {
      person = v;
      return this;
    }

    /**
     * Builds the item.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code id} is not 24 hexadecimal
     *     digits; or, without an id (an external registration), if the person is missing or lacks
     *     {@code givenName}, {@code surname}, {@code sex} or {@code birthDate}
     */
    public RegistrationSyncItem build() {
      if (id != null) {
        Ids.check(id, "id");
      } else {
        Validation.check(person != null, "person",
            "must be set for an external registration (one without an id)");
        person.requireExternalFields("person");
      }
      return new RegistrationSyncItem(this);
    }
  }
}
