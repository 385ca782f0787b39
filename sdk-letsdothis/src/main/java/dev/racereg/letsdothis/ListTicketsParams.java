package dev.racereg.letsdothis;

/**
 * Parameters of "get tickets by an event" ({@code GET /events/{id}/tickets}, path inferred). The
 * platform answers the whole list at once.
 *
 * <p>Immutable; validated when built, before anything is sent.
 */
public final class ListTicketsParams extends SingleIdParams<Void> {

  private ListTicketsParams(Builder b) {
    super("eventId", b.eventId);
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
  public static ListTicketsParams of(String eventId) {
    return builder().eventId(eventId).build();
  }

  /** The event's id (path parameter). */
  public String eventId() {
    return pathId();
  }

  /** Builds {@link ListTicketsParams}. Not thread-safe. */
  public static final class Builder {
    private String eventId;

    private Builder() {}

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
    public ListTicketsParams build() {
      return new ListTicketsParams(this);
    }
  }
}
