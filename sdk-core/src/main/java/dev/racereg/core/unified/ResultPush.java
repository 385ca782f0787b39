package dev.racereg.core.unified;

import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.ValidationException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pushes results through a {@link ResultPushTarget} and always reports one outcome per row, in
 * input order: a target that throws turns its rows into {@link ResultPushOutcome.Status#NOT_SENT}
 * (validation, or a request that certainly never left) or {@link ResultPushOutcome.Status#UNKNOWN}
 * (a request may have been applied).
 */
public final class ResultPush {

  private ResultPush() {}

  /**
   * Pushes {@code results} to {@code target}.
   *
   * @return the report, one row per result in input order
   */
  public static Report push(ResultPushTarget target, List<Result> results) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(results, "results");
    if (results.isEmpty()) {
      return new Report(List.of());
    }
    try {
      List<ResultPushOutcome> outcomes = target.pushResults(results);
      if (outcomes.size() != results.size()) {
        throw new IllegalStateException(target.provider() + " returned " + outcomes.size()
            + " outcomes for " + results.size() + " results");
      }
      return new Report(outcomes);
    } catch (RaceRegException | IllegalStateException e) {
      boolean nothingSent = e instanceof ValidationException
          || (e instanceof TransportException && !((TransportException) e).requestMayHaveBeenSent());
      ResultPushOutcome.Status status = nothingSent ? ResultPushOutcome.Status.NOT_SENT
          : ResultPushOutcome.Status.UNKNOWN;
      return new Report(results.stream().map(r -> ResultPushOutcome.of(r, status, e.getMessage())).toList());
    }
  }

  /** The outcomes of a push, one per result in input order. Immutable. */
  public static final class Report {
    private final List<ResultPushOutcome> rows;

    /** @param rows the outcomes (copied) */
    public Report(List<ResultPushOutcome> rows) {
      this.rows = List.copyOf(rows);
    }

    /** The outcomes, in input order. */
    public List<ResultPushOutcome> rows() {
      return rows;
    }

    /** How many rows ended with each status. */
    public Map<ResultPushOutcome.Status, Long> counts() {
      Map<ResultPushOutcome.Status, Long> counts = new EnumMap<>(ResultPushOutcome.Status.class);
      rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
      return counts;
    }

    /** Whether every row was applied. */
    public boolean allApplied() {
      return rows.stream().allMatch(ResultPushOutcome::succeeded);
    }

    @Override
    public String toString() {
      return "ResultPush.Report" + counts();
    }
  }
}
