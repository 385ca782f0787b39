package dev.racereg.letsdothis;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.RegistrationSource;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Let's Do This participants in the unified view, for timing software that syncs from several
 * platforms: the participants of one race (optionally one event occurrence of it), or every
 * participant of the organiser. Made by {@link LetsDoThisClient#registrationSource(String)} and
 * its siblings; mapped by {@link LetsDoThisRegistrationMapper}. Immutable and thread-safe; each
 * call reads page after page (500 per page, with {@code extendMetadata=true} so event and race
 * names are filled in) as the stream is consumed.
 */
public final class LetsDoThisRegistrationSource implements RegistrationSource {

  private static final int PAGE_SIZE = CursorListParams.MAX_PAGE_SIZE;

  private final LetsDoThisClient client;
  private final String raceId;
  private final String eventOccurrenceId;
  private final LetsDoThisRegistrationMapper mapper = new LetsDoThisRegistrationMapper();

  LetsDoThisRegistrationSource(LetsDoThisClient client, String raceId, String eventOccurrenceId) {
    this.client = Validation.required(client, "client");
    this.raceId = raceId;
    this.eventOccurrenceId = eventOccurrenceId;
  }

  /** {@value LetsDoThisRegistrationMapper#PROVIDER}. */
  @Override
  public String provider() {
    return LetsDoThisRegistrationMapper.PROVIDER;
  }

  /**
   * {@code race:<raceId>}, {@code race:<raceId>:occurrence:<eventOccurrenceId>}, or for the whole
   * organiser {@code organiser:<organiserId>} ({@code organiser:all} when the key names none).
   */
  @Override
  public String eventKey() {
    if (raceId == null) {
      return "organiser:" + client.credentials().organiserId().orElse("all");
    }
    return "race:" + raceId + (eventOccurrenceId == null ? "" : ":occurrence:" + eventOccurrenceId);
  }

  /**
   * Every participant, oldest booking first.
   *
   * @throws dev.racereg.core.error.RaceRegException as the client's list methods, from the call or
   *     from the stream when a later page fails
   */
  @Override
  public Stream<Registration> registrations() {
    return read(null, SortOrder.ASCENDING, null);
  }

  /**
   * Participants updated strictly after {@code watermark}, least recently updated first, so a
   * caller can advance its watermark as it goes. Sent as {@code updatedAt[after]} (millisecond
   * precision) with {@code sort[updatedAt]=1}; rows updated at or before the watermark are dropped
   * here too, in case the platform's bound is inclusive.
   *
   * @throws dev.racereg.core.error.RaceRegException as {@link #registrations()}
   */
  @Override
  public Stream<Registration> registrationsUpdatedAfter(Instant watermark) {
    Objects.requireNonNull(watermark, "watermark");
    return read(watermark, null, SortOrder.ASCENDING)
        .filter(r -> r.updatedAt().map(u -> u.isAfter(watermark)).orElse(true));
  }

  /** True: the platform filters by {@code updatedAt[after]}. */
  @Override
  public boolean supportsUpdatedAfter() {
    return true;
  }

  private Stream<Registration> read(Instant updatedAfter, SortOrder byCreation, SortOrder byUpdate) {
    if (raceId == null) {
      ListParticipantsParams params = ListParticipantsParams.builder()
          .pageSize(PAGE_SIZE).extendMetadata(true).updatedAfter(updatedAfter)
          .sortCreatedAt(byCreation).sortUpdatedAt(byUpdate).build();
      return client.listParticipants(params).autoPagingStream().map(mapper::toRegistration);
    }
    ListRaceParticipantsParams params = ListRaceParticipantsParams.builder()
        .raceId(raceId).eventOccurrenceId(eventOccurrenceId)
        .pageSize(PAGE_SIZE).extendMetadata(true).updatedAfter(updatedAfter)
        .sortCreatedAt(byCreation).sortUpdatedAt(byUpdate).build();
    return client.listRaceParticipants(params).autoPagingStream().map(mapper::toRegistration);
  }

  @Override
  public String toString() {
    return "LetsDoThisRegistrationSource{" + eventKey() + "}";
  }
}
