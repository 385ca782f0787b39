package dev.racereg.pace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which {@link PaceField} a participant-object key names, so the label normalisation
 * (Unicode decomposition, filtering, lower-casing) runs once per distinct key rather than once per
 * key of every row: an export repeats the same twenty-odd labels on each of its rows.
 *
 * <p>Bounded: keys include the organisers' own questions, which differ from event to event, so a
 * long-running process reading many events must not grow without limit. Once {@code capacity}
 * keys are remembered, further keys are answered by normalising each time and not stored (two
 * threads racing at the limit may store a few more). Thread-safe.
 */
final class LabelCache {

  /** Marks a key that names no documented column (a map cannot hold null). */
  private static final Object NOT_A_FIELD = new Object();

  private final Map<String, Object> fields = new ConcurrentHashMap<>();
  private final int capacity;

  /** A cache remembering at most about {@code capacity} keys. */
  LabelCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    }
    this.capacity = capacity;
  }

  /** The field {@code key} names, or null if it names none. */
  PaceField field(String key) {
    Object known = fields.get(key);
    if (known == null) {
      PaceField field = PaceField.resolve(key);
      known = field == null ? NOT_A_FIELD : field;
      if (fields.size() < capacity) {
        fields.put(key, known);
      }
    }
    return known == NOT_A_FIELD ? null : (PaceField) known;
  }

  /** How many keys are remembered. */
  int size() {
    return fields.size();
  }
}
