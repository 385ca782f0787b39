package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A registration that left the race, from {@code GET /race/{race_id}/removed-participants}:
 * {@code registration_id}, {@code event_id}, {@code removed_reason} ({@link RemovedReason}),
 * {@code new_registration_id} for transfers, and {@code registration_date} and
 * {@code removed_date} as {@code yyyy-MM-dd HH:mm:ss} (seen; no zone given, RunSignup's
 * platform time, inferred US Eastern), with the {@link RunSignupUser user}. Immutable; fields this
 * SDK version does not know are kept raw in {@link #unknownFields()}.
 */
public final class RemovedParticipant extends UnknownFieldsModel {

  private final long registrationId;
  private final long eventId;
  private final RemovedReason removedReason;
  private final Long newRegistrationId;
  private final LocalDateTime registrationDate;
  private final LocalDateTime removedDate;
  private final RunSignupUser user;

  private RemovedParticipant(RsuFields f, Long groupEventId) {
    this.registrationId = f.requiredLong("registration_id");
    Long rowEvent = f.longValue("event_id");
    if (rowEvent == null && groupEventId == null) {
      throw new IllegalArgumentException("removed participant " + registrationId + " has no event_id");
    }
    this.eventId = rowEvent != null ? rowEvent : groupEventId;
    String reason = f.text("removed_reason");
    this.removedReason = reason == null ? null : RemovedReason.of(reason.trim().toLowerCase(java.util.Locale.ROOT));
    Long next = f.longValue("new_registration_id");
    this.newRegistrationId = next == null || next == 0 ? null : next;
    this.registrationDate = f.dateTime("registration_date");
    this.removedDate = f.dateTime("removed_date");
    this.user = RunSignupUser.from(f.object("user"));
    f.rest().forEach(this::putUnknownField);
  }

  static RemovedParticipant from(JsonNode node, Long groupEventId) {
    return new RemovedParticipant(RsuFields.of(node, "a removed participant"), groupEventId);
  }

  /** The removed registration's id. */
  public long registrationId() {
    return registrationId;
  }

  /** The event it was for. */
  public long eventId() {
    return eventId;
  }

  /** Why it was removed, if RunSignup said. */
  public Optional<RemovedReason> removedReason() {
    return Optional.ofNullable(removedReason);
  }

  /** For a transfer: the registration that replaced this one. */
  public OptionalLong newRegistrationId() {
    return newRegistrationId == null ? OptionalLong.empty() : OptionalLong.of(newRegistrationId);
  }

  /** When the person registered, in RunSignup's zone-less local time. */
  public Optional<LocalDateTime> registrationDate() {
    return Optional.ofNullable(registrationDate);
  }

  /** When the registration was removed, in RunSignup's zone-less local time. */
  public Optional<LocalDateTime> removedDate() {
    return Optional.ofNullable(removedDate);
  }

  /** The person. */
  public Optional<RunSignupUser> user() {
    return Optional.ofNullable(user);
  }


  @Override
  public String toString() {
    return "RemovedParticipant{" + registrationId + ", event " + eventId + ", " + removedReason
        + (newRegistrationId == null ? "" : " -> " + newRegistrationId) + "}";
  }
}
