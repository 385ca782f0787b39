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
 * {@link BibPushOutcome.Status#SKIPPED} rows; a target that throws turns its rows into
 * {@link BibPushOutcome.Status#FAILED} (nothing was sent: validation, refused connection) or
 * {@link BibPushOutcome.Status#UNKNOWN} (the request may have been applied).
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
        rows.put(r.id(), Row.of(r.id(), r.provider(), outcomes.get(i)));
      }
    }
    List<Row> ordered = new ArrayList<>();
    for (Registration r : registrations) {
      Row row = rows.get(r.id());
      if (row != null) {
        ordered.add(row);
      }
    }
    return Report.of(ordered);
  }

  private static List<BibPushOutcome> pushOne(BibPushTarget target, List<BibAssignment> assignments) {
    if (target == null) {
      return assignments.stream().map(a -> BibPushOutcome.of(a, BibPushOutcome.Status.SKIPPED,
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
      BibPushOutcome.Status status = nothingSent ? BibPushOutcome.Status.FAILED : BibPushOutcome.Status.UNKNOWN;
      return assignments.stream().map(a -> BibPushOutcome.of(a, status, e.getMessage())).toList();
    }
  }

  /**
   * One registration's outcome. Immutable; a final class rather than a record so it can gain
   * values without breaking callers.
   */
  public static final class Row {
    private final String registrationId;
    private final String provider;
    private final BibPushOutcome outcome;

    private Row(String registrationId, String provider, BibPushOutcome outcome) {
      this.registrationId = Objects.requireNonNull(registrationId, "registrationId");
      this.provider = Objects.requireNonNull(provider, "provider");
      this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * A row.
     *
     * @param registrationId the unified id
     * @param provider the platform
     * @param outcome what happened
     * @throws NullPointerException if any part is null
     */
    public static Row of(String registrationId, String provider, BibPushOutcome outcome) {
      return new Row(registrationId, provider, outcome);
    }

    /** The registration's unified id. */
    public String registrationId() {
      return registrationId;
    }

    /** The platform. */
    public String provider() {
      return provider;
    }

    /** What happened. */
    public BibPushOutcome outcome() {
      return outcome;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Row && registrationId.equals(((Row) o).registrationId)
          && provider.equals(((Row) o).provider) && outcome.equals(((Row) o).outcome);
    }

    @Override
    public int hashCode() {
      return Objects.hash(registrationId, provider, outcome);
    }

    @Override
    public String toString() {
      return "Row{" + registrationId + " (" + provider + "): " + outcome + "}";
    }
  }

  /**
   * Outcomes of a push: one row per registration with a bib, in input order. Immutable; a final
   * class rather than a record so it can gain values without breaking callers.
   */
  public static final class Report {
    private final List<Row> rows;

    private Report(List<Row> rows) {
      this.rows = List.copyOf(rows);
    }

    /**
     * A report of these rows (copied).
     *
     * @throws NullPointerException if the list or a row is null
     */
    public static Report of(List<Row> rows) {
      return new Report(rows);
    }

    /** One row per registration with a bib, in input order. Unmodifiable. */
    public List<Row> rows() {
      return rows;
    }

    /** How many rows ended with each status; statuses no row has are absent. */
    public Map<BibPushOutcome.Status, Long> counts() {
      Map<BibPushOutcome.Status, Long> counts = new EnumMap<>(BibPushOutcome.Status.class);
      rows.forEach(r -> counts.merge(r.outcome().status(), 1L, Long::sum));
      return counts;
    }

    /** Whether every row succeeded or was skipped on purpose. */
    public boolean allSettled() {
      return rows.stream().noneMatch(r -> r.outcome().status() == BibPushOutcome.Status.FAILED
          || r.outcome().status() == BibPushOutcome.Status.UNKNOWN);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Report && rows.equals(((Report) o).rows);
    }

    @Override
    public int hashCode() {
      return rows.hashCode();
    }

    @Override
    public String toString() {
      return "Report{counts=" + counts() + ", rows=" + rows + "}";
    }
  }
}
