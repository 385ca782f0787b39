package dev.racereg.actigo;

import dev.racereg.core.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A registration sync: the activity, the items to send, and how many go in one request.
 * Immutable. Any number of items is accepted; they are sent in chunks of {@link #chunkSize()}
 * (default {@value #DEFAULT_CHUNK_SIZE}), in order, and reported item by item in a
 * {@link SyncReport}. No items means no request.
 */
public final class SyncRegistrationsParams {

  /**
   * The default number of items per request. Actigo publishes no limit; this is the SDK's
   * choice (<b>inferred</b> as comfortably accepted).
   */
  public static final int DEFAULT_CHUNK_SIZE = ActigoInferred.DEFAULT_CHUNK_SIZE;

  /** The largest chunk size accepted. */
  public static final int MAX_CHUNK_SIZE = ActigoInferred.MAX_CHUNK_SIZE;

  private final String activityId;
  private final List<RegistrationSyncItem> items;
  private final int chunkSize;

  private SyncRegistrationsParams(Builder b) {
    this.activityId = b.activityId;
    this.items = List.copyOf(b.items);
    this.chunkSize = b.chunkSize;
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

  /** A builder holding these values. */
  public Builder toBuilder() {
    return builder().activityId(activityId).items(items).chunkSize(chunkSize);
  }

  /** The organised activity's id. */
  public String activityId() {
    return activityId;
  }

  /** The items, in sending order. */
  public List<RegistrationSyncItem> items() {
    return items;
  }

  /** Items per request. */
  public int chunkSize() {
    return chunkSize;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SyncRegistrationsParams)) {
      return false;
    }
    SyncRegistrationsParams p = (SyncRegistrationsParams) o;
    return activityId.equals(p.activityId) && items.equals(p.items) && chunkSize == p.chunkSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(activityId, items, chunkSize);
  }

  /** The activity and counts, not the items' personal data. */
  @Override
  public String toString() {
    return "SyncRegistrationsParams{activityId=" + activityId + ", " + items.size()
        + " items, chunkSize=" + chunkSize + "}";
  }

  /** Builds {@link SyncRegistrationsParams}. Not thread-safe. */
  public static final class Builder {
    private String activityId;
    private final List<RegistrationSyncItem> items = new ArrayList<>();
    private int chunkSize = DEFAULT_CHUNK_SIZE;

    private Builder() {}

    /** The organised activity's id (required, 24 hexadecimal digits). */
    public Builder activityId(String v) {
      activityId = v;
      return this;
    }

    /** Replaces the items. */
    public Builder items(List<RegistrationSyncItem> v) {
      items.clear();
      items.addAll(Objects.requireNonNull(v, "items"));
      return this;
    }

    /** Adds one item. */
    public Builder addItem(RegistrationSyncItem v) {
      items.add(v);
      return this;
    }

    /** Items per request, 1 to {@value #MAX_CHUNK_SIZE}; default {@value #DEFAULT_CHUNK_SIZE}. */
    public Builder chunkSize(int v) {
      chunkSize = v;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code activityId} is not 24
     *     hexadecimal digits, an item is null ({@code items[i]}), or the chunk size is outside
     *     1..{@value #MAX_CHUNK_SIZE}
     */
    public SyncRegistrationsParams build() {
      Ids.check(activityId, "activityId");
      for (int i = 0; i < items.size(); i++) {
        Validation.required(items.get(i), "items[" + i + "]");
      }
      Validation.inRange(chunkSize, 1, MAX_CHUNK_SIZE, "chunkSize");
      return new SyncRegistrationsParams(this);
    }
  }
}
