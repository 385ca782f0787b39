package dev.racereg.core.unified;

import dev.racereg.core.error.RaceRegException;
import java.util.List;

/**
 * Checks athletes' licences with a federation. Implementations are thread-safe.
 */
public interface LicenceVerifier {

  /** The federation's short name. */
  String federation();

  /**
   * Checks one licence. Failures of the check itself are reported as {@link LicenceCheck.Outcome#ERROR}
   * rather than thrown, so a bulk check never loses a row.
   */
  LicenceCheck verify(LicenceQuery query);

  /**
   * Checks many licences, at most {@code concurrency} at a time, and returns one result per query
   * in input order.
   *
   * @param concurrency how many checks run at once, at least 1
   * @throws dev.racereg.core.error.ValidationException if concurrency is below 1
   */
  default List<LicenceCheck> verifyAll(List<LicenceQuery> queries, int concurrency) {
    return BoundedParallel.map(queries, concurrency, this::verify,
        (query, failure) -> LicenceCheck.of(query, LicenceCheck.Outcome.ERROR, null,
            failure instanceof RaceRegException ? failure.getMessage() : failure.toString()));
  }
}
