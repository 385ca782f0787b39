package dev.racereg.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A queue of faults a simulator serves before its normal answers. Each queued fault applies to
 * the next {@code times} requests that match its filter; requests that match nothing are
 * answered normally. Thread-safe.
 */
public final class FaultInjector {

  private final Deque<Entry> entries = new ArrayDeque<>();

  /** Serves {@code fault} to the next matching request. */
  public FaultInjector next(Fault fault) {
    return next(fault, 1);
  }

  /** Serves {@code fault} to the next {@code times} requests, whatever their path. */
  public FaultInjector next(Fault fault, int times) {
    return when(request -> true, fault, times);
  }

  /**
   * Serves {@code fault} to the next {@code times} requests whose path (without the query)
   * contains {@code pathFragment}.
   */
  public FaultInjector onPath(String pathFragment, Fault fault, int times) {
    Objects.requireNonNull(pathFragment, "pathFragment");
    return when(request -> request.path().contains(pathFragment), fault, times);
  }

  /**
   * Serves {@code fault} to the next {@code times} requests accepted by {@code filter}.
   *
   * @throws IllegalArgumentException if {@code times} is below 1
   */
  public synchronized FaultInjector when(Predicate<SimRequest> filter, Fault fault, int times) {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    entries.addLast(new Entry(filter, fault, times));
    return this;
  }

  /** Removes every queued fault. */
  public synchronized void clear() {
    entries.clear();
  }

  /** How many faults are still queued (counting repetitions). */
  public synchronized int pending() {
    return entries.stream().mapToInt(e -> e.remaining).sum();
  }

  synchronized Optional<Fault> take(SimRequest request) {
    for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      if (entry.filter.test(request)) {
        if (--entry.remaining == 0) {
          it.remove();
        }
        return Optional.of(entry.fault);
      }
    }
    return Optional.empty();
  }

  private static final class Entry {
    final Predicate<SimRequest> filter;
    final Fault fault;
    int remaining;

    Entry(Predicate<SimRequest> filter, Fault fault, int remaining) {
      this.filter = filter;
      this.fault = fault;
      this.remaining = remaining;
    }
  }
}
