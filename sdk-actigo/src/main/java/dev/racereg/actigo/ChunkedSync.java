package dev.racereg.actigo;

import dev.racereg.core.error.RaceRegException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sends a batch in chunks, in order, stopping at the first failed chunk, and matches Actigo's
 * answers back to the items sent (see {@link ActigoInferred#ANSWERS_IN_REQUEST_ORDER}).
 *
 * @param <I> the item type
 * @param <R> the answer type
 */
final class ChunkedSync<I, R> {

  private final Function<I, String> itemKey;
  private final Function<R, String> answerKey;

  /**
   * @param itemKey the id an item names (null when it names none, e.g. an insert)
   * @param answerKey the id an answer carries (null if none)
   */
  ChunkedSync(Function<I, String> itemKey, Function<R, String> answerKey) {
    this.itemKey = itemKey;
    this.answerKey = answerKey;
  }

  SyncReport<I, R> run(List<I> items, int chunkSize, Function<List<I>, List<R>> send) {
    int chunks = (items.size() + chunkSize - 1) / chunkSize;
    List<SyncReport.Item<I, R>> out = new ArrayList<>(items.size());
    RaceRegException failure = null;
    int accepted = 0;
    for (int c = 0; c < chunks; c++) {
      int from = c * chunkSize;
      List<I> chunk = items.subList(from, Math.min(items.size(), from + chunkSize));
      if (failure != null) {
        for (int i = 0; i < chunk.size(); i++) {
          out.add(new SyncReport.Item<>(from + i, c, chunk.get(i), SyncReport.Status.NOT_SENT, null, failure));
        }
        continue;
      }
      List<R> answers;
      try {
        answers = send.apply(List.copyOf(chunk));
      } catch (RaceRegException e) {
        failure = e;
        for (int i = 0; i < chunk.size(); i++) {
          out.add(new SyncReport.Item<>(from + i, c, chunk.get(i), SyncReport.Status.FAILED, null, e));
        }
        continue;
      }
      accepted++;
      List<R> matched = match(chunk, answers);
      for (int i = 0; i < chunk.size(); i++) {
        R answer = matched.get(i);
        out.add(new SyncReport.Item<>(from + i, c, chunk.get(i),
            answer == null ? SyncReport.Status.NO_ANSWER : SyncReport.Status.APPLIED, answer, null));
      }
    }
    return new SyncReport<>(out, chunkSize, chunks, accepted, failure);
  }

  /** One answer (or null) per item. */
  List<R> match(List<I> chunk, List<R> answers) {
    if (ActigoInferred.ANSWERS_IN_REQUEST_ORDER && positional(chunk, answers)) {
      return answers;
    }
    Map<String, Deque<R>> byKey = new HashMap<>();
    for (R answer : answers) {
      String key = answerKey.apply(answer);
      if (key != null) {
        byKey.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).add(answer);
      }
    }
    List<R> matched = new ArrayList<>(chunk.size());
    for (I item : chunk) {
      String key = itemKey.apply(item);
      Deque<R> candidates = key == null ? null : byKey.get(key.toLowerCase(Locale.ROOT));
      matched.add(candidates == null ? null : candidates.poll());
    }
    return matched;
  }

  private boolean positional(List<I> chunk, List<R> answers) {
    if (chunk.size() != answers.size()) {
      return false;
    }
    for (int i = 0; i < chunk.size(); i++) {
      String key = itemKey.apply(chunk.get(i));
      if (key != null && !key.equalsIgnoreCase(Objects.toString(answerKey.apply(answers.get(i)), ""))) {
        return false;
      }
    }
    return true;
  }
}
