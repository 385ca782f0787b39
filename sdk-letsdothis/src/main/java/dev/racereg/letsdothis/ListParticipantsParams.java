package dev.racereg.letsdothis;

import dev.racereg.core.Validation;
import dev.racereg.core.http.ApiRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of "get participants" ({@code GET /participants}): every participant the key can
 * see, across events.
 *
 * <p>Immutable; {@link #toBuilder()} derives variants. The common filters, paging and sorts are
 * described on {@link CursorListParams}.
 */
public final class ListParticipantsParams extends CursorListParams {

  private final Boolean extendMetadata;

  private ListParticipantsParams(Builder b) {
    super(b);
    this.extendMetadata = b.extendMetadata;
  }

  /** A builder; every parameter is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** No filter: every entry, in the platform's default pages of 100. */
  public static ListParticipantsParams all() {
    return builder().build();
  }

  /** A builder holding these parameters. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@code extendMetadata}: when true, every available metadata field is returned. */
  public Optional<Boolean> extendMetadata() {
    return Optional.ofNullable(extendMetadata);
  }

  @Override
  ListParticipantsParams withPageAfter(String cursor) {
    return toBuilder().pageBefore(null).pageAfter(cursor).build();
  }

  @Override
  void addTrailing(ApiRequest.Builder request) {
    request.query("extendMetadata", extendMetadata == null ? null : extendMetadata.toString());
  }

  @Override
  public String toString() {
    return "ListParticipantsParams{" + "extendMetadata=" + extendMetadata + ", " + describeCommon() + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListParticipantsParams && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toString());
  }

  /** Builds {@link ListParticipantsParams}. Not thread-safe. */
  public static final class Builder extends CursorListParams.Builder<ListParticipantsParams, Builder> {
    private Boolean extendMetadata;

    private Builder() {}

    private Builder(ListParticipantsParams p) {
      super(p);
      extendMetadata = p.extendMetadata;
    }

    @Override
    Builder self() {
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
    public ListParticipantsParams build() {
      return new ListParticipantsParams(this);
    }
  }
}
