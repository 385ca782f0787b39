package dev.racereg.letsdothis;

import dev.racereg.core.Validation;
import dev.racereg.core.http.ApiRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of "get applications by an event" ({@code GET /events/{id}/applications}).
 *
 * <p>Immutable; {@link #toBuilder()} derives variants. The common filters, paging and sorts are
 * described on {@link CursorListParams}.
 */
public final class ListEventApplicationsParams extends CursorListParams {

  private final String eventId;
  private final Boolean extendMetadata;

  private ListEventApplicationsParams(Builder b) {
    super(b);
    this.eventId = Validation.notBlank(b.eventId, "eventId");
    this.extendMetadata = b.extendMetadata;
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

  /** A builder holding these parameters. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The event's id (path parameter). */
  public String eventId() {
    return eventId;
  }

  /** {@code extendMetadata}: when true, every available metadata field is returned. */
  public Optional<Boolean> extendMetadata() {
    return Optional.ofNullable(extendMetadata);
  }

  @Override
  ListEventApplicationsParams withPageAfter(String cursor) {
    return toBuilder().pageBefore(null).pageAfter(cursor).build();
  }

  @Override
  void addTrailing(ApiRequest.Builder request) {
    request.query("extendMetadata", extendMetadata == null ? null : extendMetadata.toString());
  }

  @Override
  public String toString() {
    return "ListEventApplicationsParams{" + "eventId=" + eventId + ", " + "extendMetadata=" + extendMetadata + ", " + describeCommon() + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListEventApplicationsParams && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toString());
  }

  /** Builds {@link ListEventApplicationsParams}. Not thread-safe. */
  public static final class Builder extends CursorListParams.Builder<ListEventApplicationsParams, Builder> {
    private String eventId;
    private Boolean extendMetadata;

    private Builder() {}

    private Builder(ListEventApplicationsParams p) {
      super(p);
      eventId = p.eventId;
      extendMetadata = p.extendMetadata;
    }

    @Override
    Builder self() {
      return this;
    }

    /** The event's id (required). */
    public Builder eventId(String v) {
      eventId = v;
      return this;
    }

    /**
     * {@code extendMetadata}: true returns every metadata field (event and race names, start
     * date, location...); null leaves the parameter out (the platform's default).
     */
    public Builder extendMetadata(Boolean v) {
      extendMetadata = v;
      return this;
    }

    @Override
    public ListEventApplicationsParams build() {
      return new ListEventApplicationsParams(this);
    }
  }
}
