package dev.racereg.testkit.pace;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The response rows in the requested order: generated rows walked by index (their "Updated at"
 * grows with the index), skipping those changed since, merged with the changed rows. Rows are
 * built one at a time as the body is written.
 */
final class PaceRows implements Iterator<Map<String, Object>> {
  private final PaceDataGenerator generator;
  private final List<PaceState.Entry> changed;
  private final Set<Integer> changedIndices;
  private final int lowest;
  private final boolean ascending;
  private final String language;
  private int nextChanged;
  private int generatedIndex;
  private long generatedMillis;

  PaceRows(PaceDataGenerator generator, List<PaceState.Entry> changed, Set<Integer> changedIndices, int lowest,
      boolean ascending, String language) {
    this.generator = generator;
    this.changed = changed;
    this.changedIndices = changedIndices;
    this.lowest = lowest;
    this.ascending = ascending;
    this.language = language;
    this.generatedIndex = ascending ? lowest : generator.count() - 1;
    settleGenerated();
  }

  private boolean generatedLeft() {
    return ascending ? generatedIndex < generator.count() : generatedIndex >= lowest;
  }

  private void settleGenerated() {
    while (generatedLeft() && changedIndices.contains(generatedIndex)) {
      generatedIndex += ascending ? 1 : -1;
    }
    if (generatedLeft()) {
      generatedMillis = generator.updatedAtMillis(generatedIndex);
    }
  }

  @Override
  public boolean hasNext() {
    return generatedLeft() || nextChanged < changed.size();
  }

  @Override
  public Map<String, Object> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    boolean takeGenerated;
    if (!generatedLeft()) {
      takeGenerated = false;
    } else if (nextChanged >= changed.size()) {
      takeGenerated = true;
    } else {
      PaceState.Entry c = changed.get(nextChanged);
      int cmp = generatedMillis != c.updatedMillis
          ? Long.compare(generatedMillis, c.updatedMillis)
          : Integer.compare(generatedIndex, c.index);
      takeGenerated = ascending ? cmp < 0 : cmp > 0;
    }
    PaceParticipantRow p;
    if (takeGenerated) {
      p = generator.generated(generatedIndex);
      generatedIndex += ascending ? 1 : -1;
      settleGenerated();
    } else {
      p = changed.get(nextChanged++).participant;
    }
    return PaceWire.row(p, language);
  }
}
