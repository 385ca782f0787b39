package dev.racereg.testkit.letsdothis;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order of a list: one or more of {@code createdAt}/{@code updatedAt}, each ascending ({@code
 * 1}) or descending ({@code -1}), in the order the query named them, then the row id in the
 * direction of the last key so that the order is total. Without a {@code sort[...]} parameter the
 * order is {@code createdAt} ascending (inferred: the doc names no default).
 */
record LdtSort(List<Key> keys) {

  /** One sort key. */
  record Key(String field, int direction) {}

  static final LdtSort DEFAULT = new LdtSort(List.of(new Key("createdAt", 1)));

  LdtSort {
    keys = List.copyOf(keys);
  }

  /** A stable text form, stored in cursors so that a cursor is only used with its own order. */
  String signature() {
    return keys.stream().map(k -> k.field() + ":" + k.direction()).collect(Collectors.joining(","));
  }

  static long value(LdtSortable row, String field) {
    return "updatedAt".equals(field) ? row.updatedAtMillis() : row.createdAtMillis();
  }

  long[] values(LdtSortable row) {
    long[] values = new long[keys.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(row, keys.get(i).field());
    }
    return values;
  }

  /** Compares a row with a cursor position (the sort values and id of some row). */
  int compare(LdtSortable row, long[] values, String id) {
    for (int i = 0; i < keys.size(); i++) {
      Key key = keys.get(i);
      int c = Long.compare(value(row, key.field()), values[i]);
      if (c != 0) {
        return c * key.direction();
      }
    }
    return row.id().compareTo(id) * keys.get(keys.size() - 1).direction();
  }

  <T extends LdtSortable> Comparator<T> comparator() {
    return (a, b) -> compare(a, values(b), b.id());
  }
}
