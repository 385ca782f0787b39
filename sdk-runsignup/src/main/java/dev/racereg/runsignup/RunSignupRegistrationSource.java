package dev.racereg.runsignup;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.RegistrationSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registrations of one or more events of a RunSignup race, unified (provider
 * {@code runsignup}, native id the {@code registration_id}; the mapping is
 * {@link RunSignupUnifiedMapper}). Thread-safe; each stream reads afresh.
 *
 * <p>A read lists the active participants (confirmed), then the removed participants, which come
 * back with the status their reason gives (removed, transferred, deferred), so a sync sees a
 * registration leave instead of losing track of it. Both lists are read with registration-id
 * paging, which no concurrent change can make skip or repeat a row.
 *
 * <p>{@link #registrationsUpdatedAfter(Instant)} filters on RunSignup's side with
 * {@code modified_after_timestamp}, strictly after the watermark (the client sends the next whole
 * second, since RunSignup matches "on or after"). Rows stamped in the same second as the watermark
 * but written after it was taken are not returned: read with an overlap, as
 * {@link dev.racereg.core.unified.IncrementalSync} does by default, and they are picked up
 * without repeats. Removed registrations carry no update time (see the mapper), so they never
 * move a watermark; a removal is returned by the first read after it happened.
 *
 * <p>The race is read once per source (one {@code GET /race/{race_id}}) for the race and event
 * names; if that read is refused, names stay empty and the registrations are still returned.
 */
public final class RunSignupRegistrationSource implements RegistrationSource {

  private final RunSignupClient client;
  private final long raceId;
  private final List<Long> eventIds;
  private final int resultsPerPage;
  private final boolean includeRemoved;
  private volatile RunSignupUnifiedMapper mapper;

  private RunSignupRegistrationSource(Builder b) {
    this.client = Objects.requireNonNull(b.client, "client");
    this.raceId = Validation.atLeast(Validation.required(b.raceId, "raceId"), 1, "raceId");
    if (b.eventIds.isEmpty()) {
      throw new ValidationException("eventIds", "must hold at least one event id");
    }
    b.eventIds.forEach(id -> Validation.atLeast(id, 1, "eventIds"));
    this.eventIds = List.copyOf(new java.util.LinkedHashSet<>(b.eventIds));
    this.resultsPerPage = (int) Validation.inRange(b.resultsPerPage, 1, RsuListQuery.MAX_RESULTS_PER_PAGE,
        "resultsPerPage");
    this.includeRemoved = b.includeRemoved;
  }

  /** A builder reading through {@code client}. */
  public static Builder builder(RunSignupClient client) {
    return new Builder(client);
  }

  /** Always {@code runsignup}. */
  @Override
  public String provider() {
    return RunSignupUnifiedMapper.PROVIDER;
  }

  /** {@code <race_id>:<event_id>[,<event_id>...]}. */
  @Override
  public String eventKey() {
    return raceId + ":" + eventIds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** Every registration: active ones, then removed ones. */
  @Override
  public Stream<Registration> registrations() {
    return read(null);
  }

  /**
   * Registrations changed strictly after {@code watermark}: active rows whose
   * {@code last_modified} is later, and removals made later.
   */
  @Override
  public Stream<Registration> registrationsUpdatedAfter(Instant watermark) {
    return read(Objects.requireNonNull(watermark, "watermark"));
  }

  /** True: RunSignup filters by {@code modified_after_timestamp}. */
  @Override
  public boolean supportsUpdatedAfter() {
    return true;
  }

  /** The race. */
  public long raceId() {
    return raceId;
  }

  /** The events read. */
  public List<Long> eventIds() {
    return eventIds;
  }

  private Stream<Registration> read(Instant after) {
    List<Supplier<Stream<Registration>>> parts = new ArrayList<>();
    parts.add(() -> {
      RunSignupUnifiedMapper m = mapper();
      return client.getParticipants(ParticipantsParams.builder().raceId(raceId).eventIds(eventIds)
              .afterRegistrationId(0).resultsPerPage(resultsPerPage).modifiedAfter(after).build())
          .autoPagingStream().map(m::toRegistration);
    });
    if (includeRemoved) {
      parts.add(() -> {
        RunSignupUnifiedMapper m = mapper();
        return client.getRemovedParticipants(RemovedParticipantsParams.builder().raceId(raceId).eventIds(eventIds)
                .afterRegistrationId(0).resultsPerPage(resultsPerPage).modifiedAfter(after).build())
            .autoPagingStream().map(m::toRegistration);
      });
    }
    return parts.stream().flatMap(Supplier::get);
  }

  private RunSignupUnifiedMapper mapper() {
    RunSignupUnifiedMapper m = mapper;
    if (m == null) {
      try {
        m = RunSignupUnifiedMapper.forRace(client.getRace(GetRaceParams.of(raceId)));
      } catch (dev.racereg.core.error.ApiException e) {
        // names are a convenience: a key that may list participants but not read the race still syncs
        m = new RunSignupUnifiedMapper(raceId, null, java.util.Map.of());
      }
      mapper = m;
    }
    return m;
  }

  @Override
  public String toString() {
    return "RunSignupRegistrationSource{" + eventKey() + "}";
  }

  /** Builds a {@link RunSignupRegistrationSource}. */
  public static final class Builder {
    private final RunSignupClient client;
    private Long raceId;
    private final List<Long> eventIds = new ArrayList<>();
    private int resultsPerPage = RsuListQuery.DEFAULT_RESULTS_PER_PAGE;
    private boolean includeRemoved = true;

    private Builder(RunSignupClient client) {
      this.client = Validation.required(client, "client");
    }

    /** The race (required). */
    public Builder raceId(long v) {
      raceId = v;
      return this;
    }

    /** Adds an event (at least one is required). */
    public Builder eventId(long v) {
      eventIds.add(v);
      return this;
    }

    /** Rows per request, 1 to 2500. Default 1000. */
    public Builder resultsPerPage(int v) {
      resultsPerPage = v;
      return this;
    }

    /** Whether removed registrations are listed too. Default true. */
    public Builder includeRemoved(boolean v) {
      includeRemoved = v;
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws ValidationException if the race or events are missing or not positive, or results
     *     per page is outside 1..2500
     */
    public RunSignupRegistrationSource build() {
      return new RunSignupRegistrationSource(this);
    }
  }
}
