package dev.racereg.testkit.letsdothis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Cuts one page out of a collection by cursor position.
 *
 * <p>Page cursors (<b>inferred</b> semantics, the doc only says they "navigate to earlier or later
 * pages"): {@code first} and {@code last} are the positions of the first and last row of this page
 * (null on an empty page); {@code next} equals {@code last} when more rows follow, else null; {@code
 * prev} equals {@code first} when rows precede, else null. {@code page[after]=X} returns the rows
 * strictly after position X, {@code page[before]=X} the {@code page[size]} rows immediately before
 * it, both in the requested order. {@code totalResults} counts every row that passes the filters,
 * on all pages.
 *
 * <p>Selection keeps only {@code page[size]} rows in a bounded heap, so a page out of 200,000 rows
 * costs one scan and no full sort.
 */
final class LdtPager {

  private LdtPager() {}

  /** One page of rows and its navigation cursors. */
  record Page<T>(List<T> rows, int totalResults, String first, String last, String prev,
      String next) {}

  static <T extends LdtSortable> Page<T> page(Iterable<T> rows, Predicate<? super T> filter,
      LdtListQuery query, String collection, LdtCursors cursors) {
    LdtSort sort = query.sort;
    Comparator<T> order = sort.comparator();
    boolean backwards = query.before != null;
    LdtCursors.Position anchor = backwards ? query.before : query.after;
    // forwards: keep the size smallest rows after the anchor (max-heap evicts the largest);
    // backwards: keep the size largest rows before the anchor (min-heap evicts the smallest)
    PriorityQueue<T> heap = new PriorityQueue<>(backwards ? order : order.reversed());
    long[] anchorValues = anchor == null ? null : anchor.values();
    int total = 0;
    int beyond = 0;
    for (T row : rows) {
      if (!filter.test(row) || !query.inDateRange(row)) {
        continue;
      }
      total++;
      if (anchor != null) {
        int c = sort.compare(row, anchorValues, anchor.id());
        if (backwards ? c >= 0 : c <= 0) {
          continue;
        }
      }
      beyond++;
      heap.add(row);
      if (heap.size() > query.size) {
        heap.poll();
      }
    }
    List<T> page = new ArrayList<>(heap);
    page.sort(order);
    if (page.isEmpty()) {
      return new Page<>(Collections.emptyList(), total, null, null, null, null);
    }
    boolean morePastPage = beyond > page.size();
    boolean rowsOnOtherSide = total > beyond;
    boolean hasPrev = backwards ? morePastPage : rowsOnOtherSide;
    boolean hasNext = backwards ? rowsOnOtherSide : morePastPage;
    String first = cursors.encode(collection, sort, page.get(0));
    String last = cursors.encode(collection, sort, page.get(page.size() - 1));
    return new Page<>(List.copyOf(page), total, first, last, hasPrev ? first : null,
        hasNext ? last : null);
  }
}
