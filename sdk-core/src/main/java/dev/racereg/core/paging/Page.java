package dev.racereg.core.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list, and the way to the next. Immutable: the next page is fetched by a function
 * that captured the original request's parameters and the client (so its credentials), never by
 * shared iterator state; iterating the same page twice fetches the following pages twice.
 *
 * @param <T> the item type
 */
public final class Page<T> {

  private final List<T> items;
  private final OptionalLong totalResults;
  private final String nextCursor;
  private final Supplier<Page<T>> next;

  private Page(List<T> items, OptionalLong totalResults, String nextCursor, Supplier<Page<T>> next) {
    this.items = List.copyOf(items);
    this.totalResults = Objects.requireNonNull(totalResults, "totalResults");
    this.nextCursor = nextCursor;
    this.next = next;
  }

  /**
   * A page with a following page.
   *
   * @param items this page's items
   * @param totalResults the size of the whole list, if the platform says
   * @param nextCursor the platform's token for the next page (cursor, page number...), for callers
   *     who persist their position; may be null
   * @param next fetches the next page; null when this is the last page
   */
  public static <T> Page<T> of(List<T> items, OptionalLong totalResults, String nextCursor,
      Supplier<Page<T>> next) {
    return new Page<>(items, totalResults, nextCursor, next);
  }

  /** The last (or only) page. */
  public static <T> Page<T> last(List<T> items, OptionalLong totalResults) {
    return new Page<>(items, totalResults, null, null);
  }

  /** This page's items. */
  public List<T> items() {
    return items;
  }

  /** The size of the whole list, when the platform reports it. */
  public OptionalLong totalResults() {
    return totalResults;
  }

  /** The platform's token for the next page, if any. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /** Whether another page follows. */
  public boolean hasNextPage() {
    return next != null;
  }

  /**
   * Fetches the next page.
   *
   * @throws NoSuchElementException on the last page
   * @throws dev.racereg.core.error.RaceRegException if the fetch fails
   */
  public Page<T> nextPage() {
    if (next == null) {
      throw new NoSuchElementException("this is the last page");
    }
    return next.get();
  }

  /** Every item of this page and the following ones, fetched as iteration reaches them. */
  public Iterable<T> autoPagingIterable() {
    return () -> new ItemIterator<>(this, null);
  }

  /** Every item of this page and the following ones, as a lazy sequential stream. */
  public Stream<T> autoPagingStream() {
    return stream(null);
  }

  /**
   * Like {@link #autoPagingStream()}, but fetches the next page on {@code executor} while the
   * caller consumes the current one. At most one page is fetched ahead.
   */
  public Stream<T> autoPagingStream(Executor executor) {
    return stream(Objects.requireNonNull(executor, "executor"));
  }

  private Stream<T> stream(Executor executor) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new ItemIterator<>(this, executor),
        Spliterator.ORDERED), false);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", totalResults=" + totalResults + ", hasNext=" + hasNextPage() + "}";
  }

  private static final class ItemIterator<T> implements Iterator<T> {
    private final Executor executor;
    private Page<T> page;
    private Iterator<T> items;
    private CompletableFuture<Page<T>> prefetch;

    ItemIterator(Page<T> first, Executor executor) {
      this.executor = executor;
      enter(first);
    }

    private void enter(Page<T> p) {
      page = p;
      items = p.items.iterator();
      prefetch = executor != null && p.hasNextPage()
          ? CompletableFuture.supplyAsync(p.next, executor) : null;
    }

    @Override
    public boolean hasNext() {
      while (!items.hasNext()) {
        if (!page.hasNextPage()) {
          return false;
        }
        enter(fetchNext());
      }
      return true;
    }

    private Page<T> fetchNext() {
      if (prefetch == null) {
        return page.nextPage();
      }
      try {
        return prefetch.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw e;
      }
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }
  }
}
