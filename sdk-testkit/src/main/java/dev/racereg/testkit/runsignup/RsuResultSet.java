package dev.racereg.testkit.runsignup;

import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * One result set as the simulator keeps it: its settings and its rows by identity key
 * ({@code reg:}, {@code bib:}, {@code chip:} or a row id), in posting order. Guarded by the state's
 * lock.
 */
final class RsuResultSet {
  final long id;
  final long eventId;
  final String name;
  final boolean publicResults;
  final String sourceName;
  final String sourceUrl;
  final Instant created;
  Instant lastModified;
  final LinkedHashMap<String, ResultSnapshot> rows = new LinkedHashMap<>();

  RsuResultSet(long id, long eventId, String name, boolean publicResults, String sourceName, String sourceUrl,
      Instant created) {
    this.id = id;
    this.eventId = eventId;
    this.name = name;
    this.publicResults = publicResults;
    this.sourceName = sourceName;
    this.sourceUrl = sourceUrl;
    this.created = created;
    this.lastModified = created;
  }

  ResultSetSnapshot snapshot() {
    return new ResultSetSnapshot(id, eventId, name, publicResults, created, lastModified, rows.size());
  }
}
