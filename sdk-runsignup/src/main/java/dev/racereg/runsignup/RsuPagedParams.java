package dev.racereg.runsignup;

import dev.racereg.core.RequestParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What {@link ParticipantsParams} and {@link RemovedParticipantsParams} share: the race, its
 * events, the paging style and the modified-after filter, validated once into an
 * {@link RsuListQuery}, with the builder methods that set them. Equality, text and additional
 * values come from {@link RequestParams}.
 */
abstract class RsuPagedParams extends RequestParams {

  private final RsuListQuery query;

  RsuPagedParams(PagedBuilder<?, ?> b) {
    super(b);
    this.query = RsuListQuery.validated(b.raceId, b.eventIds, b.page, b.afterRegistrationId, b.resultsPerPage, b.sort,
        b.modifiedAfter);
  }

  final RsuListQuery query() {
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
  protected void components(Components c) {
    c.add("raceId", query.raceId()).add("eventIds", query.eventIds());
    if (query.byRegistrationId()) {
      c.add("afterRegistrationId", query.afterRegistrationId());
    } else {
      c.add("page", query.page());
    }
    c.add("resultsPerPage", query.resultsPerPage()).add("sort", query.sort())
        .add("modifiedAfter", query.modifiedAfter());
  }

  /** The builder methods for the race, events, paging and filter. */
  abstract static class PagedBuilder<P extends RsuPagedParams, B extends PagedBuilder<P, B>>
      extends RequestParams.Builder<P, B> {
    Long raceId;
    final List<Long> eventIds = new ArrayList<>();
    Integer page;
    Long afterRegistrationId;
    Integer resultsPerPage;
    ParticipantSort sort;
    Instant modifiedAfter;

    PagedBuilder() {}

    PagedBuilder(RsuPagedParams p) {
      super(p);
      RsuListQuery query = p.query;
      raceId = query.raceId();
      eventIds.addAll(query.eventIds());
      page = query.byRegistrationId() ? null : query.page();
      afterRegistrationId = query.afterRegistrationId();
      resultsPerPage = query.resultsPerPage();
      sort = query.byRegistrationId() ? null : query.sort();
      modifiedAfter = query.modifiedAfter();
    }

    /** The race (required). */
    public B raceId(long v) {
      raceId = v;
      return self();
    }

    /** Adds an event (at least one is required). */
    public B eventId(long v) {
      eventIds.add(v);
      return self();
    }

    /** Replaces the events (at least one is required). */
    public B eventIds(List<Long> v) {
      eventIds.clear();
      eventIds.addAll(Objects.requireNonNull(v, "eventIds"));
      return self();
    }

    /** Page-number paging from this page (from 1; the default style, page 1). */
    public B page(int v) {
      page = v;
      return self();
    }

    /** Registration-id paging: rows with a larger registration id (0 for all). */
    public B afterRegistrationId(long v) {
      afterRegistrationId = v;
      return self();
    }

    /** Rows per page, 1 to 2500. Default 1000. */
    public B resultsPerPage(int v) {
      resultsPerPage = v;
      return self();
    }

    /** The sort; registration-id paging always sorts by registration id ascending. */
    public B sort(ParticipantSort v) {
      sort = v;
      return self();
    }

    /** Only rows changed strictly after this instant; null for all. */
    public B modifiedAfter(Instant v) {
      modifiedAfter = v;
      return self();
    }
  }
}
