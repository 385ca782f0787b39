package dev.racereg.actigo;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields {@link SyncRegistrationsParams} and {@link SyncResultsParams} share: the activity,
 * the things to send and the chunk size, with their validation and builder setters. The
 * subclasses name the things ({@code items}, {@code results}). Equality, {@code toString()} and
 * the additional values come from {@link RequestParams}.
 *
 * <p>Both syncs send a JSON array (or a CSV file), so additional body properties are refused when
 * the params are built: there is no top-level object to add them to. Additional query parameters
 * and headers are sent with every chunk.
 *
 * @param <T> what is sent
 */
abstract class ChunkedSyncParams<T> extends RequestParams {

  private final String activityId;
  private final List<T> sent;
  private final int chunkSize;
  private final String noun;

  ChunkedSyncParams(SyncBuilder<T, ?, ?> b, String body) {
    super(b);
    Ids.check(b.activityId, "activityId");
    for (int i = 0; i < b.sent.size(); i++) {
      Validation.required(b.sent.get(i), b.noun + "[" + i + "]");
    }
    Validation.inRange(b.chunkSize, 1, ActigoInferred.MAX_CHUNK_SIZE, "chunkSize");
    BodyProperties.refuse(this, body);
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

  /** The activity, the count of what is sent (not the personal data in it) and the chunk size. */
  @Override
  protected void components(Components c) {
    c.add("activityId", activityId).add(noun, new Counted(sent)).add("chunkSize", chunkSize);
  }

  /**
   * A list compared by its elements but printed as its size only: the items carry names and
   * birth dates, which {@code toString()} must not spread into logs.
   */
  private static final class Counted {
    private final List<?> list;

    Counted(List<?> list) {
      this.list = list;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Counted && list.equals(((Counted) o).list);
    }

    @Override
    public int hashCode() {
      return list.hashCode();
    }

    @Override
    public String toString() {
      return list.size() + " (not shown)";
    }
  }

  /**
   * The builder setters for the activity and chunk size, and the list the subclass fills.
   *
   * @param <T> what is sent
   * @param <P> the params built
   * @param <B> the concrete builder
   */
  abstract static class SyncBuilder<T, P extends ChunkedSyncParams<T>, B extends SyncBuilder<T, P, B>>
      extends RequestParams.Builder<P, B> {
    private final String noun;
    private String activityId;
    private final List<T> sent = new ArrayList<>();
    private int chunkSize = ActigoInferred.DEFAULT_CHUNK_SIZE;

    SyncBuilder(String noun) {
      this.noun = noun;
    }

    SyncBuilder(String noun, ChunkedSyncParams<T> p) {
      super(p);
      this.noun = noun;
      activityId = p.activityId;
      sent.addAll(p.sent);
      chunkSize = p.chunkSize;
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
  }
}
