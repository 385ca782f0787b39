package dev.racereg.actigo;

import dev.racereg.core.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A results sync: the activity, the results to send, and how many go in one request.
 * Immutable. Any number of results is accepted; they are sent in chunks of {@link #chunkSize()}
 * (default {@value #DEFAULT_CHUNK_SIZE}), in order, and reported result by result in a
 * {@link SyncReport}. No results means no request.
 */
public final class SyncResultsParams {

  /**
   * The default number of results per request. Actigo publishes no limit; this is the SDK's
   * choice (<b>inferred</b> as comfortably accepted).
   */
  public static final int DEFAULT_CHUNK_SIZE = ActigoInferred.DEFAULT_CHUNK_SIZE;

  /** The largest chunk size accepted. */
  public static final int MAX_CHUNK_SIZE = ActigoInferred.MAX_CHUNK_SIZE;

  private final String activityId;
  private final List<ActigoResult> results;
  private final int chunkSize;

  private SyncResultsParams(Builder b) {
    this.activityId = b.activityId;
    this.results = List.copyOf(b.results);
    this.chunkSize = b.chunkSize;
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
    return builder().activityId(activityId).results(results).chunkSize(chunkSize);
  }

  /** The organised activity's id. */
  public String activityId() {
    return activityId;
  }

  /** The results, in sending order. */
  public List<ActigoResult> results() {
    return results;
  }

  /** Results per request. */
  public int chunkSize() {
    return chunkSize;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SyncResultsParams)) {
      return false;
    }
    SyncResultsParams p = (SyncResultsParams) o;
    return activityId.equals(p.activityId) && results.equals(p.results) && chunkSize == p.chunkSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(activityId, results, chunkSize);
  }

  /** The activity and counts, not the results' personal data. */
  @Override
  public String toString() {
    return "SyncResultsParams{activityId=" + activityId + ", " + results.size()
        + " results, chunkSize=" + chunkSize + "}";
  }

  /** Builds {@link SyncResultsParams}. Not thread-safe. */
  public static final class Builder {
    private String activityId;
    private final List<ActigoResult> results = new ArrayList<>();
    private int chunkSize = DEFAULT_CHUNK_SIZE;

    private Builder() {}

    /** The organised activity's id (required, 24 hexadecimal digits). */
    public Builder activityId(String v) {
      activityId = v;
      return this;
    }

    /** Replaces the results. */
    public Builder results(List<ActigoResult> v) {
      results.clear();
      results.addAll(Objects.requireNonNull(v, "results"));
      return this;
    }

    /** Adds one result. */
    public Builder addResult(ActigoResult v) {
      results.add(v);
      return this;
    }

    /** Results per request, 1 to {@value #MAX_CHUNK_SIZE}; default {@value #DEFAULT_CHUNK_SIZE}. */
    public Builder chunkSize(int v) {
      chunkSize = v;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code activityId} is not 24
     *     hexadecimal digits, a result is null ({@code results[i]}), or the chunk size is outside
     *     1..{@value #MAX_CHUNK_SIZE}
     */
    public SyncResultsParams build() {
      Ids.check(activityId, "activityId");
      for (int i = 0; i < results.size(); i++) {
        Validation.required(results.get(i), "results[" + i + "]");
      }
      Validation.inRange(chunkSize, 1, MAX_CHUNK_SIZE, "chunkSize");
      return new SyncResultsParams(this);
    }
  }
}
