package dev.racereg.actigo;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One row of a registrations CSV as an unmodifiable map from column to cell, in column order: a
 * view over the row's cells and the document's columns, which every row shares, so a row costs
 * its cells and nothing more. Equal to any map with the same entries.
 */
final class CsvRow extends AbstractMap<String, String> {

  private final String[] columns;
  private final Map<String, Integer> index;
  private final String[] cells;

  /**
   * @param columns the document's columns, in order (not copied: never changed)
   * @param index each column's position in {@code columns}
   * @param cells this row's cells, one per column (not copied: never changed)
   */
  CsvRow(String[] columns, Map<String, Integer> index, String[] cells) {
    this.columns = columns;
    this.index = index;
    this.cells = cells;
  }

  @Override
  public String get(Object column) {
    Integer i = index.get(column);
    return i == null ? null : cells[i];
  }

  @Override
  public boolean containsKey(Object column) {
    return index.containsKey(column);
  }

  @Override
  public int size() {
    return cells.length;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < cells.length;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= cells.length) {
              throw new NoSuchElementException();
            }
            Entry<String, String> e = new SimpleImmutableEntry<>(columns[next], cells[next]);
            next++;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return cells.length;
      }
    };
  }
}
