package dev.racereg.actigo;

import dev.racereg.core.internal.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SyncRegistrationsParams} and {@link SyncResultsParams} share: the activity, the
 * things to send and the chunk size, with their validation, equality and builder setters. The
 * subclasses name the things ({@code items}, {@code results}).
 *
 * @param <T> what is sent
 */
abstract class ChunkedSyncParams<T> {

  private final String activityId;
  private final List<T> sent;
  private final int chunkSize;
  private final String noun;

  ChunkedSyncParams(SyncBuilder<T, ?> b) {
    this.activityId = b.activityId;
    this.sent = List.copyOf(b.sent);
    this.chunkSize = b.chunkSize;
    this.noun = b.noun;
  }

  /** What is sent, in sending order. */
  final List<T> sent() {
    return sent;
  }

  /** The organised activity's id. */
  public String activityId() {
    return activityId;
  }

  /** Items (registrations or results) per request. */
  public int chunkSize() {
    return chunkSize;
  }

  @Override
  public boolean equals(Object o) {
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    ChunkedSyncParams<?> p = (ChunkedSyncParams<?>) o;
    return activityId.equals(p.activityId) && sent.equals(p.sent) && chunkSize == p.chunkSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(activityId, sent, chunkSize);
  }

  /** The activity and counts, not the personal data sent. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{activityId=" + activityId + ", " + sent.size() + " " + noun
        + ", chunkSize=" + chunkSize + "}";
  }

  /**
   * The builder setters for the activity and chunk size, and the list the subclass fills.
   *
   * @param <T> what is sent
   * @param <B> the concrete builder
   */
  abstract static class SyncBuilder<T, B extends SyncBuilder<T, B>> {
    private final String noun;
    private String activityId;
    private final List<T> sent = new ArrayList<>();
    private int chunkSize = ActigoInferred.DEFAULT_CHUNK_SIZE;

    SyncBuilder(String noun) {
      this.noun = noun;
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /** The organised activity's id (required, 24 hexadecimal digits). */
    public B activityId(String v) {
      activityId = v;
      return self();
    }

    /**
     * Items per request, 1 to {@value SyncRegistrationsParams#MAX_CHUNK_SIZE}; default
     * {@value SyncRegistrationsParams#DEFAULT_CHUNK_SIZE}.
     */
    public B chunkSize(int v) {
      chunkSize = v;
      return self();
    }

    /** Replaces what is sent. */
    final B replace(List<T> v) {
      sent.clear();
      sent.addAll(Objects.requireNonNull(v, noun));
      return self();
    }

    /** Adds one thing to send. */
    final B add(T v) {
      sent.add(v);
      return self();
    }

    /** Checks the activity id, that nothing sent is null, and the chunk size. */
    final void validate() {
      Ids.check(activityId, "activityId");
      for (int i = 0; i < sent.size(); i++) {
        Validation.required(sent.get(i), noun + "[" + i + "]");
      }
      Validation.inRange(chunkSize, 1, ActigoInferred.MAX_CHUNK_SIZE, "chunkSize");
    }
  }
}
