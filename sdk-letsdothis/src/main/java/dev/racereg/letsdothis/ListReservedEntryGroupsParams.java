package dev.racereg.letsdothis;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;
/**
 * Parameters of "get all reserved entry groups by event" ({@code GET
 * /events/{id}/reserved-entries}, path inferred). The platform answers the whole list at once.
 *
 * <p>Immutable; validated when built, before anything is sent.
 */
public final class ListReservedEntryGroupsParams extends RequestParams {

  private final String eventId;

  private ListReservedEntryGroupsParams(Builder b) {
    super(b);
    this.eventId = Validation.notBlank(b.eventId, "eventId");
  }

  /** A builder; {@code eventId} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters for one event, with nothing else set.
   *
   * @throws dev.racereg.core.error.ValidationException if {@code eventId} is blank
   */
  public static ListReservedEntryGroupsParams of(String eventId) {
    return builder().eventId(eventId).build();
  }

  /** The event's id (path parameter). */
  public String eventId() {
    return eventId;
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  protected void components(Components c) {
    c.add("eventId", eventId);
  }

  /** Builds {@link ListReservedEntryGroupsParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<ListReservedEntryGroupsParams, Builder> {
    private String eventId;

    private Builder() {}

    private Builder(ListReservedEntryGroupsParams p) {
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

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException naming {@code eventId} if it is blank
     */
    @Override
    public ListReservedEntryGroupsParams build() {
      return new ListReservedEntryGroupsParams(this);
    }
  }
}
