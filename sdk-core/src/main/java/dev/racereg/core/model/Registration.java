package dev.racereg.core.model;

import dev.racereg.core.internal.Validation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's entry in one event, the same shape whatever platform it came from. {@link #id()}
 * ({@code provider:nativeId}) is stable across exports. {@link #nativeRecord()} is the provider's
 * own typed record, for anything the unified view leaves out. Immutable.
 */
public final class Registration {

  private final String provider;
  private final String nativeId;
  private final String eventId;
  private final String eventName;
  private final String raceId;
  private final String raceName;
  private final String category;
  private final RegistrationStatus status;
  private final String bib;
  private final String chip;
  private final Money amount;
  private final Instant registeredAt;
  private final Instant updatedAt;
  private final Participant participant;
  private final Object nativeRecord;

  private Registration(Builder b) {
    this.provider = Validation.notBlank(b.provider, "provider");
    this.nativeId = Validation.notBlank(b.nativeId, "nativeId");
    this.eventId = b.eventId;
    this.eventName = b.eventName;
    this.raceId = b.raceId;
    this.raceName = b.raceName;
    this.category = b.category;
    this.status = Validation.required(b.status, "status");
    this.bib = b.bib;
    this.chip = b.chip;
    this.amount = b.amount;
    this.registeredAt = b.registeredAt;
    this.updatedAt = b.updatedAt;
    this.participant = Validation.required(b.participant, "participant");
    this.nativeRecord = b.nativeRecord;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this registration's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@code provider:nativeId}, unique across platforms and stable across exports. */
  public String id() {
    return provider + ":" + nativeId;
  }

  /** The platform, e.g. {@code pace}. */
  public String provider() {
    return provider;
  }

  /** The platform's own id of the registration (an order number, a registration id...). */
  public String nativeId() {
    return nativeId;
  }

  /** The event's id on the platform. */
  public Optional<String> eventId() {
    return Optional.ofNullable(eventId);
  }

  /** The event's name. */
  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  /** The race (distance, wave, sub-event) id on the platform. */
  public Optional<String> raceId() {
    return Optional.ofNullable(raceId);
  }

  /** The race's name, usually the distance ("Marathon", "10K"). */
  public Optional<String> raceName() {
    return Optional.ofNullable(raceName);
  }

  /** The group, category or ticket type. */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /** Where the registration stands. */
  public RegistrationStatus status() {
    return status;
  }

  /** The start (bib) number, as text because platforms keep leading zeros ("0001"). */
  public Optional<String> bib() {
    return Optional.ofNullable(bib);
  }

  /** The timing chip id. */
  public Optional<String> chip() {
    return Optional.ofNullable(chip);
  }

  /** What was paid or is due. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** When the person registered. */
  public Optional<Instant> registeredAt() {
    return Optional.ofNullable(registeredAt);
  }

  /** When the platform last changed the registration. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** The person. */
  public Participant participant() {
    return participant;
  }

  /** The provider's own record this was mapped from, if kept. */
  public Optional<Object> nativeRecord() {
    return Optional.ofNullable(nativeRecord);
  }

  /** The native record as the given type, if it is one. */
  public <T> Optional<T> nativeRecord(Class<T> type) {
    return type.isInstance(nativeRecord) ? Optional.of(type.cast(nativeRecord)) : Optional.empty();
  }

  /** Equal when every unified field is equal; the native record is not compared. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Registration)) {
      return false;
    }
    Registration r = (Registration) o;
    return provider.equals(r.provider) && nativeId.equals(r.nativeId)
        && Objects.equals(eventId, r.eventId) && Objects.equals(eventName, r.eventName)
        && Objects.equals(raceId, r.raceId) && Objects.equals(raceName, r.raceName)
        && Objects.equals(category, r.category) && status.equals(r.status)
        && Objects.equals(bib, r.bib) && Objects.equals(chip, r.chip)
        && Objects.equals(amount, r.amount) && Objects.equals(registeredAt, r.registeredAt)
        && Objects.equals(updatedAt, r.updatedAt) && participant.equals(r.participant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, nativeId, status, bib, participant);
  }

  @Override
  public String toString() {
    return "Registration{" + id() + ", " + status + (bib == null ? "" : ", bib " + bib) + ", "
        + participant.fullName() + (raceName == null ? "" : ", " + raceName) + "}";
  }

  /** Builds a {@link Registration}. */
  public static final class Builder {
    private String provider;
    private String nativeId;
    private String eventId;
    private String eventName;
    private String raceId;
    private String raceName;
    private String category;
    private RegistrationStatus status;
    private String bib;
    private String chip;
    private Money amount;
    private Instant registeredAt;
    private Instant updatedAt;
    private Participant participant;
    private Object nativeRecord;

    private Builder() {}

    private Builder(Registration r) {
      provider = r.provider;
      nativeId = r.nativeId;
      eventId = r.eventId;
      eventName = r.eventName;
      raceId = r.raceId;
      raceName = r.raceName;
      category = r.category;
      status = r.status;
      bib = r.bib;
      chip = r.chip;
      amount = r.amount;
      registeredAt = r.registeredAt;
      updatedAt = r.updatedAt;
      participant = r.participant;
      nativeRecord = r.nativeRecord;
    }

    /** The platform's short name (required). */
    public Builder provider(String v) {
      provider = v;
      return this;
    }

    /** The platform's id of the registration (required). */
    public Builder nativeId(String v) {
      nativeId = v;
      return this;
    }

    /** Event id. */
    public Builder eventId(String v) {
      eventId = v;
      return this;
    }

    /** Event name. */
    public Builder eventName(String v) {
      eventName = v;
      return this;
    }

    /** Race id. */
    public Builder raceId(String v) {
      raceId = v;
      return this;
    }

    /** Race name. */
    public Builder raceName(String v) {
      raceName = v;
      return this;
    }

    /** Group, category or ticket. */
    public Builder category(String v) {
      category = v;
      return this;
    }

    /** Status (required). */
    public Builder status(RegistrationStatus v) {
      status = v;
      return this;
    }

    /** Bib; blank means none. */
    public Builder bib(String v) {
      bib = v == null || v.isBlank() ? null : v;
      return this;
    }

    /** Chip; blank means none. */
    public Builder chip(String v) {
      chip = v == null || v.isBlank() ? null : v;
      return this;
    }

    /** Amount. */
    public Builder amount(Money v) {
      amount = v;
      return this;
    }

    /** Registration time. */
    public Builder registeredAt(Instant v) {
      registeredAt = v;
      return this;
    }

    /** Last change. */
    public Builder updatedAt(Instant v) {
      updatedAt = v;
      return this;
    }

    /** The person (required). */
    public Builder participant(Participant v) {
      participant = v;
      return this;
    }

    /** The native record. */
    public Builder nativeRecord(Object v) {
      nativeRecord = v;
      return this;
    }

    /**
     * Builds the registration.
     *
     * @throws dev.racereg.core.error.ValidationException if provider, nativeId, status or
     *     participant is missing
     */
    public Registration build() {
      return new Registration(this);
    }
  }
}
