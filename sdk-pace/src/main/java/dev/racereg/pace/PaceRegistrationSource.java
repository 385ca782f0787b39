package dev.racereg.pace;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.RegistrationSource;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One PACE event's registrations in the unified view, for timing software that syncs from
 * several platforms. Bound to the event (slug and access code) and to a {@link PaceClient};
 * mapped by {@link PaceRegistrationMapper}. Immutable and thread-safe; each call makes one
 * request and streams its answer.
 */
public final class PaceRegistrationSource implements RegistrationSource {

  private final PaceClient client;
  private final ParticipantsParams everyone;
  private final PaceRegistrationMapper mapper;

  /**
   * A source for one event.
   *
   * @param client the client to read with
   * @param accessCode the organiser's access code for the event
   * @param eventSlug the event's slug, or its full URL
   * @throws ValidationException if the access code or slug is invalid
   */
  public PaceRegistrationSource(PaceClient client, String accessCode, String eventSlug) {
    this.client = Validation.required(client, "client");
    this.everyone = ParticipantsParams.of(accessCode, eventSlug);
    this.mapper = new PaceRegistrationMapper(everyone.eventSlug());
  }

  /** {@value PaceRegistrationMapper#PROVIDER}. */
  @Override
  public String provider() {
    return PaceRegistrationMapper.PROVIDER;
  }

  /** The event's slug. */
  @Override
  public String eventKey() {
    return everyone.eventSlug();
  }

  /**
   * Every registration of the event, most recently updated first (PACE's default order).
   *
   * @throws dev.racereg.core.error.RaceRegException as {@link PaceClient#participants}
   */
  @Override
  public Stream<Registration> registrations() {
    return client.participants(everyone).map(mapper::toRegistration);
  }

  /**
   * Registrations updated strictly after {@code watermark}, oldest update first, so a caller can
   * advance its watermark as it goes. PACE filters with {@code updatedAfter} (sent with
   * millisecond precision); whether its filter is inclusive is not documented, so rows updated
   * exactly at (or before) the watermark are dropped here. Rows without an "Updated at" value are
   * kept, since nothing shows they are old.
   *
   * @throws dev.racereg.core.error.RaceRegException as {@link PaceClient#participants}
   */
  @Override
  public Stream<Registration> registrationsUpdatedAfter(Instant watermark) {
    Objects.requireNonNull(watermark, "watermark");
    ParticipantsParams changed = everyone.toBuilder()
        .updatedAfter(watermark)
        .sortDirection(PaceSortDirection.ASC)
        .build();
    return client.participants(changed)
        .filter(p -> p.updatedAt().map(u -> u.isAfter(watermark)).orElse(true))
        .map(mapper::toRegistration);
  }

  /** True: PACE filters by "Updated at". */
  @Override
  public boolean supportsUpdatedAfter() {
    return true;
  }

  /** The event slug; never the access code. */
  @Override
  public String toString() {
    return "PaceRegistrationSource{event=" + everyone.eventSlug() + "}";
  }
}
