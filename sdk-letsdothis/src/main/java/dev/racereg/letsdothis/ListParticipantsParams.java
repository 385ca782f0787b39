package dev.racereg.letsdothis;

/**
 * Parameters of "get participants" ({@code GET /participants}): every participant the key can
 * see, across events.
 *
 * <p>Immutable; {@link #toBuilder()} derives variants. The common filters, paging and sorts are
 * described on {@link CursorListParams}.
 */
public final class ListParticipantsParams extends MetadataListParams {

  private ListParticipantsParams(Builder b) {
    super(b);
  }

  /** A builder; every parameter is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** No filter: every entry, in the platform's default pages of 100. */
  public static ListParticipantsParams all() {
    return builder().build();
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  ListParticipantsParams withPageAfter(String cursor) {
    return toBuilder().pageBefore(null).pageAfter(cursor).build();
  }


  /** Builds {@link ListParticipantsParams}. Not thread-safe. */
  public static final class Builder extends MetadataListParams.Builder<ListParticipantsParams, Builder> {
    private Builder() {}

    private Builder(ListParticipantsParams p) {
      super(p);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public ListParticipantsParams build() {
      return new ListParticipantsParams(this);
    }
  }
}
