package dev.racereg.actigo;

import dev.racereg.core.error.RaceRegException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chunked sync did with every item, in input order: nothing is dropped, and a sync that
 * stopped part way keeps the work that succeeded. Immutable.
 *
 * <p>The client sends the items in chunks, one request each, in order, and stops at the first
 * chunk that fails (after the retries the client's policy allows). Each item then ends in one
 * {@link Status}:
 * <ul>
 *   <li>{@link Status#APPLIED}: its chunk was accepted and Actigo's answer for it is in
 *       {@link Item#result()} (whose {@code syncResultType} says what Actigo did: created,
 *       updated, unchanged, skipped);</li>
 *   <li>{@link Status#NO_ANSWER}: its chunk was accepted but the answer had no entry that could
 *       be matched to it;</li>
 *   <li>{@link Status#FAILED}: it was in the chunk that failed; {@link Item#error()} says why;</li>
 *   <li>{@link Status#NOT_SENT}: it came after the failed chunk and was not sent;
 *       {@link Item#error()} is the failure that stopped the sync.</li>
 * </ul>
 * Since Actigo's syncs are idempotent, the simplest recovery is to sync {@link #notApplied()}
 * items again (or the whole batch).
 *
 * @param <I> the item type sent
 * @param <R> the type of Actigo's answer per item
 */
public final class SyncReport<I, R> {

  /** Where one item ended. */
  public enum Status {
    /** Sent in an accepted chunk, with Actigo's answer for it. */
    APPLIED,
    /** Sent in an accepted chunk, but Actigo's answer had no entry matched to it. */
    NO_ANSWER,
    /** In the chunk that failed: not applied, or (a transport failure) possibly applied. */
    FAILED,
    /** After the chunk that failed: never sent. */
    NOT_SENT;

    /** Whether Actigo accepted the chunk holding the item ({@link #APPLIED} or {@link #NO_ANSWER}). */
    public boolean accepted() {
      return this == APPLIED || this == NO_ANSWER;
    }
  }

  /**
   * One item's outcome.
   *
   * @param <I> the item type
   * @param <R> the answer type
   */
  public static final class Item<I, R> {
    private final int index;
    private final int chunk;
    private final I input;
    private final Status status;
    private final R result;
    private final RaceRegException error;

    Item(int index, int chunk, I input, Status status, R result, RaceRegException error) {
      this.index = index;
      this.chunk = chunk;
      this.input = Objects.requireNonNull(input, "input");
      this.status = Objects.requireNonNull(status, "status");
      this.result = result;
      this.error = error;
    }

    /** The item's position in the input, from 0. */
    public int index() {
      return index;
    }

    /** The chunk it belonged to, from 0. */
    public int chunk() {
      return chunk;
    }

    /** The item as given. */
    public I input() {
      return input;
    }

    /** Where it ended. */
    public Status status() {
      return status;
    }

    /** Actigo's answer for it; present exactly when {@link #status()} is {@link Status#APPLIED}. */
    public Optional<R> result() {
      return Optional.ofNullable(result);
    }

    /** Why it was not applied; present when {@link Status#FAILED} or {@link Status#NOT_SENT}. */
    public Optional<RaceRegException> error() {
      return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
      return "Item{" + index + ", " + status + (result == null ? "" : ", " + result)
          + (error == null ? "" : ", " + error.getMessage()) + "}";
    }
  }

  private final List<Item<I, R>> items;
  private final int chunkSize;
  private final int chunks;
  private final int chunksAccepted;
  private final RaceRegException failure;

  SyncReport(List<Item<I, R>> items, int chunkSize, int chunks, int chunksAccepted,
      RaceRegException failure) {
    this.items = List.copyOf(items);
    this.chunkSize = chunkSize;
    this.chunks = chunks;
    this.chunksAccepted = chunksAccepted;
    this.failure = failure;
  }

  /** Every item's outcome, in input order. */
  public List<Item<I, R>> items() {
    return items;
  }

  /** The outcome of the item at {@code index} of the input. */
  public Item<I, R> item(int index) {
    return items.get(index);
  }

  /** The number of items. */
  public int size() {
    return items.size();
  }

  /** How many items each request carried (the last chunk may be smaller). */
  public int chunkSize() {
    return chunkSize;
  }

  /** The number of chunks the input was split into. */
  public int chunks() {
    return chunks;
  }

  /** The number of chunks Actigo accepted. */
  public int chunksAccepted() {
    return chunksAccepted;
  }

  /** The failure that stopped the sync, if one did. */
  public Optional<RaceRegException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether every chunk was accepted and every item has its answer ({@link Status#APPLIED}). */
  public boolean isComplete() {
    return failure == null && items.stream().allMatch(i -> i.status == Status.APPLIED);
  }

  /** Items whose chunk Actigo accepted ({@link Status#APPLIED}, {@link Status#NO_ANSWER}), in order. */
  public List<Item<I, R>> applied() {
    return items.stream().filter(i -> i.status.accepted()).toList();
  }

  /** Items not applied ({@link Status#FAILED}, {@link Status#NOT_SENT}), in order. */
  public List<Item<I, R>> notApplied() {
    return items.stream().filter(i -> !i.status.accepted()).toList();
  }

  /** Actigo's answers of the {@link Status#APPLIED} items, in input order. */
  public List<R> results() {
    return items.stream().filter(i -> i.result != null).map(i -> i.result).toList();
  }

  /** How many items ended in each status. */
  public Map<Status, Long> counts() {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    items.forEach(i -> counts.merge(i.status, 1L, Long::sum));
    return counts;
  }

  /**
   * Returns this report if no chunk failed.
   *
   * @throws ActigoSyncException carrying this report (and the failure as its cause) otherwise
   */
  public SyncReport<I, R> throwIfFailed() {
    if (failure != null) {
      throw new ActigoSyncException(this);
    }
    return this;
  }

  /** Counts and the failure's message, never item data. */
  @Override
  public String toString() {
    return "SyncReport{" + items.size() + " items in " + chunks + " chunks of " + chunkSize + ", "
        + chunksAccepted + " accepted, " + counts()
        + (failure == null ? "" : ", failed: " + failure.getMessage()) + "}";
  }
}
