package dev.racereg.letsdothis;

import dev.racereg.core.internal.Validation;

/**
 * Parameters of "get applications by an event" ({@code GET /events/{id}/applications}).
 *
 * <p>Immutable; {@link #toBuilder()} derives variants. The common filters, paging and sorts are
 * described on {@link CursorListParams}.
 */
public final class ListEventApplicationsParams extends MetadataListParams {

  private final String eventId;

  private ListEventApplicationsParams(Builder b) {
    super(b);
    this.eventId = Validation.notBlank(b.eventId, "eventId");
  }

  /** A builder; {@code eventId} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every entry of one event, without further filters.
   *
   * @throws dev.racereg.core.error.ValidationException if {@code eventId} is blank
   */
  public static ListEventApplicationsParams of(String eventId) {
    return builder().eventId(eventId).build();
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The event's id (path parameter). */
  public String eventId() {
    return eventId;
  }

  @Override
  ListEventApplicationsParams withPageAfter(String cursor) {
    return toBuilder().pageBefore(null).pageAfter(cursor).build();
  }

  @Override
  void filterComponents(Components c) {
    c.add("eventId", eventId);
  }

  /** Builds {@link ListEventApplicationsParams}. Not thread-safe. */
  public static final class Builder extends MetadataListParams.Builder<ListEventApplicationsParams, Builder> {
    private String eventId;

    private Builder() {}

    private Builder(ListEventApplicationsParams p) {
      super(p);
      eventId = p.eventId;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The event's id (required). */
    public Builder eventId(String v) {
      eventId = v;
      return this;
    }

    @Override
    public ListEventApplicationsParams build() {
      return new ListEventApplicationsParams(this);
    }
  }
}
