package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.UnknownFieldsModel;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One registration to an organised activity (a race), as Actigo sends it: from the JSON download
 * with every documented field, from the CSV download with the CSV columns only ({@code id},
 * {@code state}, {@code startNumber} and the person's id, names, sex and birth date), and from a
 * JSON sync answer with {@link #syncResultType()}. Fields this SDK does not know are kept in
 * {@link #unknownFields()} (from CSV, unknown columns as text). Immutable.
 */
public final class ActigoRegistration extends UnknownFieldsModel {

  static final Set<String> FIELDS = Set.of("id", "created", "code", "state", "startNumber",
      "amount", "person", "syncResultType");

  private final String id;
  private final Instant created;
  private final String code;
  private final RegistrationState state;
  private final String startNumber;
  private final Money amount;
  private final ActigoPerson person;
  private final SyncResultType syncResultType;

  private ActigoRegistration(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.created = b.created;
    this.code = b.code;
    this.state = Objects.requireNonNull(b.state, "state");
    this.startNumber = b.startNumber;
    this.amount = b.amount;
    this.person = Objects.requireNonNull(b.person, "person");
    this.syncResultType = b.syncResultType;
    b.unknownFields.forEach(this::putUnknownField);
  }

  /** A new builder (for tests and fixtures; the client builds registrations from Actigo's answers). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this registration's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Reads one registration object.
   *
   * @param path names the object in error messages, e.g. {@code registrations[12]}
   * @throws DecodingException if a field is missing or has the wrong form
   */
  static ActigoRegistration fromJson(JsonNode node, String path) {
    Wire.object(node, path);
    String state = Wire.requiredText(node, "state", path);
    String syncResult = Wire.text(node, "syncResultType", path);
    JsonNode person = node.get("person");
    if (person == null || person.isNull()) {
      throw new DecodingException(path + ".person: missing", null, "");
    }
    return builder()
        .id(Wire.requiredText(node, "id", path))
        .created(Wire.instant(node, "created", path))
        .code(Wire.text(node, "code", path))
        .state(RegistrationState.of(state))
        .startNumber(Wire.text(node, "startNumber", path))
        .amount(amount(node.get("amount"), path + ".amount"))
        .person(ActigoPerson.fromJson(person, path + ".person"))
        .syncResultType(syncResult == null || syncResult.isEmpty() ? null : SyncResultType.of(syncResult))
        .unknownFields(Wire.unknownMembers(node, FIELDS))
        .build();
  }

  private static Money amount(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    Wire.object(node, path);
    Long value = Wire.whole(node, "value", path);
    String currency = Wire.text(node, "currency", path);
    if (value == null || currency == null) {
      throw new DecodingException(path + ": needs both value and currency", null, "");
    }
    try {
      return ActigoInferred.money(value, currency);
    } catch (IllegalArgumentException e) {
      throw new DecodingException(path + ".currency: '" + currency + "' is not an ISO 4217 code", e, "");
    } catch (ArithmeticException e) {
      throw new DecodingException(path + ": " + value + " hundredths of " + currency
          + " cannot be expressed in the currency's minor units", e, "");
    }
  }

  /** The registration's id, 24 hexadecimal digits. */
  public String id() {
    return id;
  }

  /** When the registration was made (JSON only). */
  public Optional<Instant> created() {
    return Optional.ofNullable(created);
  }

  /** The registration code shown to the participant, e.g. {@code RGZ196} (JSON only). */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The state. */
  public RegistrationState state() {
    return state;
  }

  /** The start (bib) number, as text because leading zeros matter ({@code 0001}). */
  public Optional<String> startNumber() {
    return Optional.ofNullable(startNumber);
  }

  /**
   * The entry fee. Actigo sends hundredths of the currency unit ({@code {"value":85000,
   * "currency":"CZK"}}), which is 850.00 CZK here (JSON only).
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** The registered person. */
  public ActigoPerson person() {
    return person;
  }

  /** What a sync did with this registration; present only in a JSON sync answer. */
  public Optional<SyncResultType> syncResultType() {
    return Optional.ofNullable(syncResultType);
  }

  /**
   * This registration as a sync item that changes nothing: its id, state, start number and
   * person (id, names, sex, birth date, as in the CSV format). Edit it with
   * {@link RegistrationSyncItem#toBuilder()}, for example to set a start number.
   *
   * @throws dev.racereg.core.error.ValidationException if the person has neither an id nor the
   *     given name, surname, sex and birth date (never for what Actigo sends)
   */
  public RegistrationSyncItem toSyncItem() {
    return RegistrationSyncItem.builder().id(id).state(state).startNumber(startNumber)
        .person(person.toSyncPerson()).build();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ActigoRegistration)) {
      return false;
    }
    ActigoRegistration r = (ActigoRegistration) o;
    return id.equals(r.id) && Objects.equals(created, r.created) && Objects.equals(code, r.code)
        && state.equals(r.state) && Objects.equals(startNumber, r.startNumber)
        && Objects.equals(amount, r.amount) && person.equals(r.person)
        && Objects.equals(syncResultType, r.syncResultType)
        && unknownFields().equals(r.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, state, startNumber);
  }

  @Override
  public String toString() {
    return "ActigoRegistration{id=" + id + ", " + state
        + (startNumber == null ? "" : ", startNumber=" + startNumber)
        + (syncResultType == null ? "" : ", " + syncResultType) + ", " + person + "}";
  }

  /** Builds an {@link ActigoRegistration}. Empty strings are stored as absent. Not thread-safe. */
  public static final class Builder {
    private String id;
    private Instant created;
    private String code;
    private RegistrationState state;
    private String startNumber;
    private Money amount;
    private ActigoPerson person;
    private SyncResultType syncResultType;
    private Map<String, JsonNode> unknownFields = Map.of();

    private Builder() {}

    private Builder(ActigoRegistration r) {
      id = r.id;
      created = r.created;
      code = r.code;
      state = r.state;
      startNumber = r.startNumber;
      amount = r.amount;
      person = r.person;
      syncResultType = r.syncResultType;
      unknownFields = r.unknownFields();
    }

    /** The id (required). */
    public Builder id(String v) {
      id = Text.asSent(v);
      return this;
    }

    /** When it was made. */
    public Builder created(Instant v) {
      created = v;
      return this;
    }

    /** The registration code. */
    public Builder code(String v) {
      code = Text.asSent(v);
      return this;
    }

    /** The state (required). */
    public Builder state(RegistrationState v) {
      state = v;
      return this;
    }

    /** The start number. */
    public Builder startNumber(String v) {
      startNumber = Text.asSent(v);
      return this;
    }

    /** The fee. */
    public Builder amount(Money v) {
      amount = v;
      return this;
    }

    /** The person (required). */
    public Builder person(ActigoPerson v) {
      person = v;
      return this;
    }

    /** The sync result. */
    public Builder syncResultType(SyncResultType v) {
      syncResultType = v;
      return this;
    }

    /** Members (or CSV columns) this SDK does not know, as {@link #unknownFields()} returns them (copied). */
    public Builder unknownFields(Map<String, JsonNode> v) {
      unknownFields = Wire.copy(Objects.requireNonNull(v, "unknownFields"));
      return this;
    }

    /**
     * Builds the registration.
     *
     * @throws NullPointerException if the id, state or person is missing
     */
    public ActigoRegistration build() {
      return new ActigoRegistration(this);
    }
  }
}
