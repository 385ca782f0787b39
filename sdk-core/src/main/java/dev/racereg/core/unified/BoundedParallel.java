package dev.racereg.core.unified;

import dev.racereg.core.internal.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Maps a list with at most N calls in flight, keeping input order and turning each failure into a
 * result, so a bulk operation never drops an item.
 */
public final class BoundedParallel {

  private BoundedParallel() {}

  /**
   * Applies {@code call} to every input on {@code concurrency} threads (created for this call and
   * stopped after it).
   *
   * @param onFailure builds the result for an input whose call threw
   * @return the results, in input order
   * @throws dev.racereg.core.error.ValidationException if concurrency is below 1
   */
  public static <I, O> List<O> map(List<I> inputs, int concurrency, Function<I, O> call,
      BiFunction<I, Throwable, O> onFailure) {
    Objects.requireNonNull(inputs, "inputs");
    Validation.atLeast(concurrency, 1, "concurrency");
    if (inputs.isEmpty()) {
      return List.of();
    }
    int threads = Math.min(concurrency, inputs.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "racereg-bulk");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<O>> futures = new ArrayList<>(inputs.size());
      for (I input : inputs) {
        futures.add(pool.submit(() -> {
          try {
            return call.apply(input);
          } catch (RuntimeException e) {
            return onFailure.apply(input, e);
          }
        }));
      }
      List<O> results = new ArrayList<>(inputs.size());
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          results.add(onFailure.apply(inputs.get(i), e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new dev.racereg.core.error.RaceRegException("interrupted during a bulk operation", e);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
