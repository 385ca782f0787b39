package dev.racereg.core.internal;

import dev.racereg.core.unified.Result;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Checks on the rows handed to a {@link dev.racereg.core.unified.ResultPushTarget}, shared by the
 * targets so every platform refuses the same ambiguous input with the same message before
 * anything is sent.
 */
public final class ResultRows {

  private ResultRows() {}

  /**
   * Refuses a null row, and two rows that name the same registration or the same bib: a push
   * could not tell which of them to keep.
   *
   * @param results the rows, in input order
   * @param registrationKey turns a row's registration id and its field name
   *     ({@code results[i].registrationId}) into the key that counts as "the same registration" on
   *     the platform; it may throw a {@link dev.racereg.core.error.ValidationException} naming that
   *     field when the id cannot be one of the platform's
   * @throws dev.racereg.core.error.ValidationException naming the row's field and the earlier row
   */
  public static void requireDistinct(List<Result> results, BiFunction<String, String, String> registrationKey) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> bibs = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      Result r = Validation.required(results.get(i), "results[" + i + "]");
      int row = i;
      r.registrationId().ifPresent(id -> {
        String field = "results[" + row + "].registrationId";
        Integer other = ids.putIfAbsent(registrationKey.apply(id, field), row);
        Validation.check(other == null, field, "must not repeat results[" + other + "]: registration " + id);
      });
      r.bib().ifPresent(bib -> {
        Integer other = bibs.putIfAbsent(bib, row);
        Validation.check(other == null, "results[" + row + "].bib", "must not repeat results[" + other + "]: bib " + bib);
      });
    }
  }
}
