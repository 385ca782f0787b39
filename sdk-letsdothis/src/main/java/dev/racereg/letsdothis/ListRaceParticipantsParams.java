package dev.racereg.letsdothis;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.http.ApiRequest;
import java.util.Optional;

/**
 * Parameters of "get participants by a race" ({@code GET /races/{id}/participants}), optionally
 * narrowed to one event occurrence (edition) with {@code eventOccurrenceId}.
 *
 * <p>Immutable; {@link #toBuilder()} derives variants. The common filters, paging and sorts are
 * described on {@link CursorListParams}.
 */
public final class ListRaceParticipantsParams extends MetadataListParams {

  private final String raceId;
  private final String eventOccurrenceId;

  private ListRaceParticipantsParams(Builder b) {
    super(b);
    this.raceId = Validation.notBlank(b.raceId, "raceId");
    if (b.eventOccurrenceId != null) {
      Validation.notBlank(b.eventOccurrenceId, "eventOccurrenceId");
    }
    this.eventOccurrenceId = b.eventOccurrenceId;
  }

  /** A builder; {@code raceId} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every entry of one race, without further filters.
   *
   * @throws dev.racereg.core.error.ValidationException if {@code raceId} is blank
   */
  public static ListRaceParticipantsParams of(String raceId) {
    return builder().raceId(raceId).build();
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The race's id (path parameter). */
  public String raceId() {
    return raceId;
  }

  /** {@code eventOccurrenceId}: only participants of this event occurrence (edition). */
  public Optional<String> eventOccurrenceId() {
    return Optional.ofNullable(eventOccurrenceId);
  }

  @Override
  ListRaceParticipantsParams withPageAfter(String cursor) {
    return toBuilder().pageBefore(null).pageAfter(cursor).build();
  }

  @Override
  void addOwnFilters(ApiRequest.Builder request) {
    request.query("eventOccurrenceId", eventOccurrenceId);
  }

  @Override
  void filterComponents(Components c) {
    c.add("raceId", raceId).add("eventOccurrenceId", eventOccurrenceId);
  }

  /** Builds {@link ListRaceParticipantsParams}. Not thread-safe. */
  public static final class Builder extends MetadataListParams.Builder<ListRaceParticipantsParams, Builder> {
    private String raceId;
    private String eventOccurrenceId;

    private Builder() {}

    private Builder(ListRaceParticipantsParams p) {
      super(p);
      raceId = p.raceId;
      eventOccurrenceId = p.eventOccurrenceId;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The race's id (required). */
    public Builder raceId(String v) {
      raceId = v;
      return this;
    }

    /** {@code eventOccurrenceId}: only participants of this event occurrence (edition). Null for none. */
    public Builder eventOccurrenceId(String v) {
      eventOccurrenceId = v;
      return this;
    }

    @Override
    public ListRaceParticipantsParams build() {
      return new ListRaceParticipantsParams(this);
    }
  }
}
