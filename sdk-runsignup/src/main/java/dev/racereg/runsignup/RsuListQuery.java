package dev.racereg.runsignup;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.http.ApiRequest;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The paging and filter parameters participants and removed participants share, validated once.
 * Two paging styles: page numbers ({@code page}, from 1) or a registration-id watermark
 * ({@code after_registration_id} with {@code sort=registration_id ASC}).
 */
record RsuListQuery(long raceId, List<Long> eventIds, Integer page, Long afterRegistrationId, int resultsPerPage,
    ParticipantSort sort, Instant modifiedAfter) {

  /** Most rows RunSignup returns per page (seen). */
  static final int MAX_RESULTS_PER_PAGE = 2500;
  /** Rows per page when the caller does not say. */
  static final int DEFAULT_RESULTS_PER_PAGE = 1000;

  static RsuListQuery validated(Long raceId, List<Long> eventIds, Integer page, Long afterRegistrationId,
      Integer resultsPerPage, ParticipantSort sort, Instant modifiedAfter) {
    long race = Validation.atLeast(Validation.required(raceId, "raceId"), 1, "raceId");
    if (eventIds.isEmpty()) {
      throw new ValidationException("eventIds", "must hold at least one event id");
    }
    for (Long id : eventIds) {
      Validation.atLeast(Validation.required(id, "eventIds"), 1, "eventIds");
    }
    List<Long> events = List.copyOf(new LinkedHashSet<>(eventIds));
    if (page != null && afterRegistrationId != null) {
      throw new ValidationException("page", "cannot be combined with afterRegistrationId: use page numbers or "
          + "registration-id paging, not both");
    }
    if (page != null) {
      Validation.atLeast(page, 1, "page");
    }
    if (afterRegistrationId != null) {
      Validation.atLeast(afterRegistrationId, 0, "afterRegistrationId");
      if (sort != null && !sort.equals(ParticipantSort.REGISTRATION_ID_ASC)) {
        throw new ValidationException("sort", "must be registration_id ASC with afterRegistrationId, was " + sort);
      }
    }
    int perPage = resultsPerPage == null ? DEFAULT_RESULTS_PER_PAGE : resultsPerPage;
    Validation.inRange(perPage, 1, MAX_RESULTS_PER_PAGE, "resultsPerPage");
    return new RsuListQuery(race, events, afterRegistrationId == null && page == null ? Integer.valueOf(1) : page,
        afterRegistrationId, perPage, afterRegistrationId != null ? ParticipantSort.REGISTRATION_ID_ASC : sort,
        modifiedAfter);
  }

  /** Whether pages follow a registration-id watermark. */
  boolean byRegistrationId() {
    return afterRegistrationId != null;
  }

  /**
   * {@code modified_after_timestamp}: RunSignup matches rows modified on or after it, so the SDK
   * sends the first whole second strictly after {@link #modifiedAfter()}.
   */
  static String modifiedAfterTimestamp(Instant modifiedAfter) {
    return modifiedAfter == null ? null : Long.toString(modifiedAfter.getEpochSecond() + 1);
  }

  /** Adds the shared parameters for one request. */
  void apply(ApiRequest.Builder b, List<Long> events, Integer pageNumber, Long after) {
    b.query("event_id", events.stream().map(String::valueOf).collect(Collectors.joining(",")));
    if (pageNumber != null) {
      b.query("page", pageNumber.toString());
    }
    b.query("results_per_page", Integer.toString(resultsPerPage));
    b.query("sort", sort == null ? null : sort.value());
    b.query("after_registration_id", after == null ? null : after.toString());
    b.query("modified_after_timestamp", modifiedAfterTimestamp(modifiedAfter));
  }
}
