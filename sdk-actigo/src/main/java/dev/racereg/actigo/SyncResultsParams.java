package dev.racereg.actigo;

import java.util.List;

/**
 * A results sync: the activity, the results to send, and how many go in one request.
 * Immutable. Any number of results is accepted; they are sent in chunks of {@link #chunkSize()}
 * (default {@value #DEFAULT_CHUNK_SIZE}), in order, and reported result by result in a
 * {@link SyncReport}. No results means no request.
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
    super(b);
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

  /** A builder holding these values. */
  public Builder toBuilder() {
    return builder().activityId(activityId()).results(results()).chunkSize(chunkSize());
  }

  /** The results, in sending order. */
  public List<ActigoResult> results() {
    return sent();
  }

  /** Builds {@link SyncResultsParams}. Not thread-safe. */
  public static final class Builder extends ChunkedSyncParams.SyncBuilder<ActigoResult, Builder> {
    private Builder() {
      super("results");
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
     *     1..{@value #MAX_CHUNK_SIZE}
     */
    public SyncResultsParams build() {
      validate();
      return new SyncResultsParams(this);
    }
  }
}
