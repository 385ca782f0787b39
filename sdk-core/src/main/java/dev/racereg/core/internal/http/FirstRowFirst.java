package dev.racereg.core.internal.http;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.TransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A streamed download split at its first item. The first item is read while the call is still
 * inside its attempt, so a body cut before it fails the attempt and is retried like any safe call
 * (nothing has reached the caller yet). Every later failure reaches the caller from the stream,
 * saying how many items it had already received: they cannot be taken back, so the call is not
 * repeated.
 */
final class FirstRowFirst {

  private FirstRowFirst() {}

  /**
   * Reads the first item of {@code items} now and returns a stream of all of them.
   *
   * @throws RuntimeException whatever reading the first item threw, after closing {@code items}
   */
  static <T> Stream<T> open(Stream<T> items) {
    Spliterator<T> source = items.spliterator();
    List<T> first = new ArrayList<>(1);
    try {
      source.tryAdvance(first::add);
    } catch (RuntimeException e) {
      items.close();
      throw e;
    }
    Counting<T> all = new Counting<>(source, !first.isEmpty(), first.isEmpty() ? null : first.get(0));
    return StreamSupport.stream(all, false).onClose(items::close);
  }

  /** Hands out the item read ahead, then the rest, counting what reached the caller. */
  private static final class Counting<T> extends Spliterators.AbstractSpliterator<T> {

    private final Spliterator<T> rest;
    private boolean holdsFirst;
    private T first;
    private long delivered;

    Counting(Spliterator<T> rest, boolean holdsFirst, T first) {
      super(Long.MAX_VALUE, rest.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED));
      this.rest = rest;
      this.holdsFirst = holdsFirst;
      this.first = first;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (holdsFirst) {
        holdsFirst = false;
        T item = first;
        first = null;
        delivered++;
        action.accept(item);
        return true;
      }
      boolean advanced;
      try {
        advanced = rest.tryAdvance(action);
      } catch (TransportException e) {
        throw e.afterRows(delivered);
      } catch (DecodingException e) {
        throw e.afterRows(delivered);
      }
      if (advanced) {
        delivered++;
      }
      return advanced;
    }
  }
}
