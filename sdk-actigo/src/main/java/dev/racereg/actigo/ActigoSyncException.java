package dev.racereg.actigo;

import dev.racereg.core.error.RaceRegException;

/**
 * A chunked sync stopped part way, thrown by {@link SyncReport#throwIfFailed()} for callers who
 * prefer an exception. {@link #getCause()} is the failure; {@link #report()} says which items were
 * applied (with Actigo's answers) and which were not.
 */
public class ActigoSyncException extends RaceRegException {

  private static final long serialVersionUID = 1L;

  private final transient SyncReport<?, ?> report;

  /** @param report the report of a sync that failed */
  public ActigoSyncException(SyncReport<?, ?> report) {
    super(describe(report), report.failure().orElse(null));
    this.report = report;
  }

  /** The report: every item's outcome in input order. */
  public SyncReport<?, ?> report() {
    return report;
  }

  private static String describe(SyncReport<?, ?> r) {
    long applied = r.applied().size();
    return "Actigo sync stopped after " + r.chunksAccepted() + " of " + r.chunks() + " chunks: "
        + applied + " of " + r.size() + " items applied, " + (r.size() - applied) + " not"
        + r.failure().map(f -> ": " + f.getMessage()).orElse("");
  }
}
