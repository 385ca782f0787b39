package dev.racereg.actigo;

import java.util.List;

/**
 * A registration sync: the activity, the items to send, and how many go in one request.
 * Immutable. Any number of items is accepted; they are sent in chunks of {@link #chunkSize()}
 * (default {@value #DEFAULT_CHUNK_SIZE}), in order, and reported item by item in a
 * {@link SyncReport}. No items means no request.
 *
 * <p>Value equality; {@code toString()} shows the count of what is sent, not its personal data.
 * Additional query parameters and headers ({@link dev.racereg.core.RequestParams}) are sent with
 * every chunk. Additional body properties are refused by {@link Builder#build()}: the sync sends
 * a JSON array (or, for the CSV sync, a CSV file), which has no top-level object to add a property to.
 */
public final class SyncRegistrationsParams extends ChunkedSyncParams<RegistrationSyncItem> {

  /**
   * The default number of items per request. Actigo publishes no limit; this is the SDK's
   * choice (<b>inferred</b> as comfortably accepted).
   */
  public static final int DEFAULT_CHUNK_SIZE = ActigoInferred.DEFAULT_CHUNK_SIZE;

  /** The largest chunk size accepted. */
  public static final int MAX_CHUNK_SIZE = ActigoInferred.MAX_CHUNK_SIZE;

  private SyncRegistrationsParams(Builder b) {
    super(b, "a JSON array or a CSV file");
  }

  /**
   * A sync of these items, in chunks of the default size.
   *
   * @throws dev.racereg.core.error.ValidationException as {@link Builder#build()}
   */
  public static SyncRegistrationsParams of(String activityId, List<RegistrationSyncItem> items) {
    return builder().activityId(activityId).items(items).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, additional ones included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The items, in sending order. */
  public List<RegistrationSyncItem> items() {
    return sent();
  }

  /** Builds {@link SyncRegistrationsParams}. Not thread-safe. */
  public static final class Builder extends ChunkedSyncParams.SyncBuilder<RegistrationSyncItem, SyncRegistrationsParams, Builder> {
    private Builder() {
      super("items");
    }

    private Builder(SyncRegistrationsParams p) {
      super("items", p);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Replaces the items. */
    public Builder items(List<RegistrationSyncItem> v) {
      return replace(v);
    }

    /** Adds one item. */
    public Builder addItem(RegistrationSyncItem v) {
      return add(v);
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code activityId} is not 24
     *     hexadecimal digits, an item is null ({@code items[i]}), or the chunk size is outside
     *     1..{@value #MAX_CHUNK_SIZE}, or an additional body property is set
     *     ({@code additionalBodyProperties}: the sync sends a JSON array or a CSV file, which has no top-level
     *     object to add it to)
     */
    @Override
    public SyncRegistrationsParams build() {
      return new SyncRegistrationsParams(this);
    }
  }
}
