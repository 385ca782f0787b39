package dev.racereg.runsignup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Parameters of {@link RunSignupClient#getRemovedParticipants}: which events of a race and how to
 * page, as for {@link ParticipantsParams}; {@link Builder#modifiedAfter(Instant)} filters on the
 * removal time. Immutable.
 *
 * <p>Paging comes in two styles. Page numbers ({@link Builder#page(int)}, the default, from page
 * 1) follow RunSignup's {@code page}; rows added or changed while you page can shift between
 * pages. A registration-id watermark ({@link Builder#afterRegistrationId(long)}, start with 0)
 * asks for rows with a larger id, sorted by id, which no concurrent change can make you skip or
 * see twice; the client then reads one event at a time. {@link Builder#resultsPerPage(int)} is
 * 1 to 2500, default 1000.
 *
 * <p>{@link Builder#modifiedAfter(Instant)} keeps rows changed <b>strictly after</b> the instant.
 * RunSignup's {@code modified_after_timestamp} matches "on or after" a whole second, so the client
 * sends the next whole second: {@code modifiedAfter(t)} sends {@code t}'s unix seconds plus one.
 * Pass the newest {@code lastModified} you have seen and you get only newer rows.
 */
public final class RemovedParticipantsParams {

  private final RsuListQuery query;

  private RemovedParticipantsParams(Builder b) {
    this.query = RsuListQuery.validated(b.raceId, b.eventIds, b.page, b.afterRegistrationId, b.resultsPerPage, b.sort,
        b.modifiedAfter);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.raceId = query.raceId();
    b.eventIds.addAll(query.eventIds());
    b.page = query.byRegistrationId() ? null : query.page();
    b.afterRegistrationId = query.afterRegistrationId();
    b.resultsPerPage = query.resultsPerPage();
    b.sort = query.byRegistrationId() ? null : query.sort();
    b.modifiedAfter = query.modifiedAfter();
    return b;
  }

  RsuListQuery query() {
    return query;
  }

  /** The race. */
  public long raceId() {
    return query.raceId();
  }

  /** The events, without repeats, in the order given. */
  public List<Long> eventIds() {
    return query.eventIds();
  }

  /** The page number, in page-number paging. */
  public OptionalInt page() {
    return query.byRegistrationId() ? OptionalInt.empty() : OptionalInt.of(query.page());
  }

  /** The watermark, in registration-id paging. */
  public OptionalLong afterRegistrationId() {
    return query.byRegistrationId() ? OptionalLong.of(query.afterRegistrationId()) : OptionalLong.empty();
  }

  /** Rows per page (per event when RunSignup pages events separately). */
  public int resultsPerPage() {
    return query.resultsPerPage();
  }

  /** The sort sent, if any ({@code registration_id ASC} in registration-id paging). */
  public Optional<ParticipantSort> sort() {
    return Optional.ofNullable(query.sort());
  }

  /** Only rows changed strictly after this instant, if set. */
  public Optional<Instant> modifiedAfter() {
    return Optional.ofNullable(query.modifiedAfter());
  }

  @Override
  public String toString() {
    return "RemovedParticipantsParams{" + query.describe() + "}";
  }

  /** Builds {@link RemovedParticipantsParams}. */
  public static final class Builder {
    private Long raceId;
    private final List<Long> eventIds = new ArrayList<>();
    private Integer page;
    private Long afterRegistrationId;
    private Integer resultsPerPage;
    private ParticipantSort sort;
    private Instant modifiedAfter;

    private Builder() {}

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

    /** Replaces the events (at least one is required). */
    public Builder eventIds(List<Long> v) {
      eventIds.clear();
      eventIds.addAll(Objects.requireNonNull(v, "eventIds"));
      return this;
    }

    /** Page-number paging from this page (from 1; the default style, page 1). */
    public Builder page(int v) {
      page = v;
      return this;
    }

    /** Registration-id paging: rows with a larger registration id (0 for all). */
    public Builder afterRegistrationId(long v) {
      afterRegistrationId = v;
      return this;
    }

    /** Rows per page, 1 to 2500. Default 1000. */
    public Builder resultsPerPage(int v) {
      resultsPerPage = v;
      return this;
    }

    /** The sort; registration-id paging always sorts by registration id ascending. */
    public Builder sort(ParticipantSort v) {
      sort = v;
      return this;
    }

    /** Only rows changed strictly after this instant; null for all. */
    public Builder modifiedAfter(Instant v) {
      modifiedAfter = v;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if the race or events are missing or not
     *     positive, both paging styles are set, the page is below 1, results per page is outside
     *     1..2500, or a sort other than registration id ascending comes with registration-id paging
     */
    public RemovedParticipantsParams build() {
      return new RemovedParticipantsParams(this);
    }
  }
}
