package dev.racereg.letsdothis;

/**
 * Parameters of "get applications" ({@code GET /applications}): every application the key can
 * see.
 *
 * <p>Immutable; {@link #toBuilder()} derives variants. The common filters, paging and sorts are
 * described on {@link CursorListParams}.
 */
public final class ListApplicationsParams extends MetadataListParams {

  private ListApplicationsParams(Builder b) {
    super(b);
  }

  /** A builder; every parameter is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** No filter: every entry, in the platform's default pages of 100. */
  public static ListApplicationsParams all() {
    return builder().build();
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  ListApplicationsParams withPageAfter(String cursor) {
    return toBuilder().pageBefore(null).pageAfter(cursor).build();
  }


  /** Builds {@link ListApplicationsParams}. Not thread-safe. */
  public static final class Builder extends MetadataListParams.Builder<ListApplicationsParams, Builder> {
    private Builder() {}

    private Builder(ListApplicationsParams p) {
      super(p);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public ListApplicationsParams build() {
      return new ListApplicationsParams(this);
    }
  }
}
