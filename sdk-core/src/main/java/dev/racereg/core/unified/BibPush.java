package dev.racereg.core.unified;

import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Registration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pushes bibs of unified registrations back to their platforms and reports an outcome for every
 * row, in input order. A platform without a {@link BibPushTarget} gets
 * {@link BibPushOutcome.Result#SKIPPED} rows; a target that throws turns its rows into
 * {@link BibPushOutcome.Result#FAILED} (nothing was sent: validation, refused connection) or
 * {@link BibPushOutcome.Result#UNKNOWN} (the request may have been applied).
 */
public final class BibPush {

  private BibPush() {}

  /**
   * Pushes the bibs of {@code registrations} (those without a bib are ignored).
   *
   * @param targets the bib targets, keyed by provider name
   */
  public static Report push(Collection<Registration> registrations, Map<String, BibPushTarget> targets) {
    Objects.requireNonNull(registrations, "registrations");
    Objects.requireNonNull(targets, "targets");
    Map<String, List<Registration>> byProvider = new LinkedHashMap<>();
    for (Registration r : registrations) {
      if (r.bib().isPresent()) {
        byProvider.computeIfAbsent(r.provider(), k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Map.Entry<String, List<Registration>> e : byProvider.entrySet()) {
      List<BibAssignment> assignments = e.getValue().stream()
          .map(r -> new BibAssignment(r.nativeId(), r.bib().orElseThrow())).toList();
      List<BibPushOutcome> outcomes = pushOne(targets.get(e.getKey()), assignments);
      for (int i = 0; i < outcomes.size(); i++) {
        Registration r = e.getValue().get(i);
        rows.put(r.id(), new Row(r.id(), r.provider(), outcomes.get(i)));
      }
    }
    List<Row> ordered = new ArrayList<>();
    for (Registration r : registrations) {
      Row row = rows.get(r.id());
      if (row != null) {
        ordered.add(row);
      }
    }
    return new Report(ordered);
  }

  private static List<BibPushOutcome> pushOne(BibPushTarget target, List<BibAssignment> assignments) {
    if (target == null) {
      return assignments.stream().map(a -> new BibPushOutcome(a, BibPushOutcome.Result.SKIPPED,
          "this platform does not accept bibs")).toList();
    }
    try {
      List<BibPushOutcome> outcomes = target.pushBibs(assignments);
      if (outcomes.size() != assignments.size()) {
        throw new IllegalStateException(target.provider() + " returned " + outcomes.size()
            + " outcomes for " + assignments.size() + " bibs");
      }
      return outcomes;
    } catch (RaceRegException | IllegalStateException e) {
      boolean nothingSent = e instanceof ValidationException
          || (e instanceof TransportException && !((TransportException) e).requestMayHaveBeenSent());
      BibPushOutcome.Result result = nothingSent ? BibPushOutcome.Result.FAILED : BibPushOutcome.Result.UNKNOWN;
      return assignments.stream().map(a -> new BibPushOutcome(a, result, e.getMessage())).toList();
    }
  }

  /**
   * One registration's outcome.
   *
   * @param registrationId the unified id
   * @param provider the platform
   * @param outcome what happened
   */
  public record Row(String registrationId, String provider, BibPushOutcome outcome) {}

  /**
   * Outcomes of a push.
   *
   * @param rows one per registration with a bib, in input order
   */
  public record Report(List<Row> rows) {
    /** Copies the rows. */
    public Report {
      rows = List.copyOf(rows);
    }

    /** How many rows ended with each result. */
    public Map<BibPushOutcome.Result, Long> counts() {
      Map<BibPushOutcome.Result, Long> counts = new EnumMap<>(BibPushOutcome.Result.class);
      rows.forEach(r -> counts.merge(r.outcome().result(), 1L, Long::sum));
      return counts;
    }

    /** Whether every row succeeded or was skipped on purpose. */
    public boolean allSettled() {
      return rows.stream().noneMatch(r -> r.outcome().result() == BibPushOutcome.Result.FAILED
          || r.outcome().result() == BibPushOutcome.Result.UNKNOWN);
    }
  }
}
