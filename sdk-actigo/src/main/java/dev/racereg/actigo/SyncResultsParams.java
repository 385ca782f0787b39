package dev.racereg.actigo;

import java.util.List;

/**
 * A results sync: the activity, the results to send, and how many go in one request.
 * Immutable. Any number of results is accepted; they are sent in chunks of {@link #chunkSize()}
 * (default {@value #DEFAULT_CHUNK_SIZE}), in order, and reported result by result in a
 * {@link SyncReport}. No results means no request.
 *
 * <p>Value equality; {@code toString()} shows the count of what is sent, not its personal data.
 * Additional query parameters and headers ({@link dev.racereg.core.RequestParams}) are sent with
 * every chunk. Additional body properties are refused by {@link Builder#build()}: the sync sends
 * a JSON array, which has no top-level object to add a property to.
 */
public final class SyncResultsParams extends ChunkedSyncParams<ActigoResult> {

  /**
   * The default number of results per request. Actigo publishes no limit; this is the SDK's
   * choice (<b>inferred</b> as comfortably accepted).
   */
  public static final int DEFAULT_CHUNK_SIZE = ActigoInferred.DEFAULT_CHUNK_SIZE;

  /** The largest chunk size accepted. */
  public static final int MAX_CHUNK_SIZE = ActigoInferred.MAX_CHUNK_SIZE;

  private SyncResultsParams(Builder b) {
    super(b, "a JSON array");
  }

  /**
   * A sync of these results, in chunks of the default size.
   *
   * @throws dev.racereg.core.error.ValidationException as {@link Builder#build()}
   */
  public static SyncResultsParams of(String activityId, List<ActigoResult> results) {
    return builder().activityId(activityId).results(results).build();
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

  /** The results, in sending order. */
  public List<ActigoResult> results() {
    return sent();
  }

  /** Builds {@link SyncResultsParams}. Not thread-safe. */
  public static final class Builder extends ChunkedSyncParams.SyncBuilder<ActigoResult, SyncResultsParams, Builder> {
    private Builder() {
      super("results");
    }

    private Builder(SyncResultsParams p) {
      super("results", p);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Replaces the results. */
    public Builder results(List<ActigoResult> v) {
      return replace(v);
    }

    /** Adds one result. */
    public Builder addResult(ActigoResult v) {
      return add(v);
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code activityId} is not 24
     *     hexadecimal digits, a result is null ({@code results[i]}), or the chunk size is outside
     *     1..{@value #MAX_CHUNK_SIZE}, or an additional body property is set
     *     ({@code additionalBodyProperties}: the sync sends a JSON array, which has no top-level
     *     object to add it to)
     */
    @Override
    public SyncResultsParams build() {
      return new SyncResultsParams(this);
    }
  }
}
