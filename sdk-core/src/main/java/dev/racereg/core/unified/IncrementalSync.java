package dev.racereg.core.unified;

import dev.racereg.core.model.Registration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds what changed on a platform since the last run, for each source, without losing or
 * repeating a change even across a crash.
 *
 * <p>How: the {@link SyncStateFile} keeps each source's watermark (the newest update time
 * delivered) and a fingerprint of every registration delivered. A source that filters by update
 * time is asked for rows updated after the watermark minus an overlap (default 5 minutes, so rows
 * stamped at the boundary or written late are read again); rows whose fingerprint is unchanged are
 * dropped, so the overlap never produces repeats. A source without such a filter is read in full
 * and diffed: known ids missing from it are reported as {@link SyncChange.Kind#REMOVED}.
 *
 * <p>Two phases: {@link #pull(RegistrationSource)} returns a {@link Batch} of changes; apply them,
 * then {@link Batch#commit()}. A crash before the commit leaves the state as it was, so the next
 * pull delivers the same changes again (apply them by id, as an upsert, and nothing is
 * duplicated). Not thread-safe: one sync per state file at a time.
 */
public final class IncrementalSync {

  /** The default re-read window before the watermark. */
  public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(5);

  private final SyncStateFile stateFile;
  private final Duration overlap;

  /** A sync keeping its state in {@code stateFile}, with the default overlap. */
  public IncrementalSync(SyncStateFile stateFile) {
    this(stateFile, DEFAULT_OVERLAP);
  }

  /**
   * @param stateFile where the state lives
   * @param overlap how far before the watermark to read again
   */
  public IncrementalSync(SyncStateFile stateFile, Duration overlap) {
    this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
    this.overlap = Objects.requireNonNull(overlap, "overlap");
    if (overlap.isNegative()) {
      throw new IllegalArgumentException("overlap must not be negative");
    }
  }

  /**
   * Reads the source and returns what changed since the last committed pull.
   *
   * @throws dev.racereg.core.error.RaceRegException if the platform cannot be read
   */
  public Batch pull(RegistrationSource source) {
    String key = key(source);
    SyncStateFile.SourceState before = stateFile.load().getOrDefault(key, SyncStateFile.SourceState.empty());
    boolean incremental = before.watermark().isPresent() && source.supportsUpdatedAfter();
    Map<String, String> rows = new TreeMap<>(before.rows());
    Instant watermark = before.watermark().orElse(null);
    List<SyncChange> changes = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    try (Stream<Registration> stream = incremental
        ? source.registrationsUpdatedAfter(before.watermark().orElseThrow().minus(overlap)) : source.registrations()) {
      for (Registration r : (Iterable<Registration>) stream::iterator) {
        seen.put(r.id(), Boolean.TRUE);
        String fingerprint = fingerprint(r);
        String previous = rows.put(r.id(), fingerprint);
        if (previous == null) {
          changes.add(SyncChange.of(SyncChange.Kind.ADDED, r.id(), r));
        } else if (!previous.equals(fingerprint)) {
          changes.add(SyncChange.of(SyncChange.Kind.UPDATED, r.id(), r));
        }
        if (r.updatedAt().isPresent() && (watermark == null || r.updatedAt().get().isAfter(watermark))) {
          watermark = r.updatedAt().get();
        }
      }
    }
    if (!incremental) {
      for (String id : Set.copyOf(rows.keySet())) {
        if (!seen.containsKey(id) && before.rows().containsKey(id)) {
          rows.remove(id);
          changes.add(SyncChange.of(SyncChange.Kind.REMOVED, id, null));
        }
      }
    }
    return new Batch(key, SyncStateFile.SourceState.of(watermark, rows), changes,
        before.watermark().orElse(null));
  }

  /** The state key of a source: {@code provider:eventKey}. */
  public static String key(RegistrationSource source) {
    return source.provider() + ":" + source.eventKey();
  }

  /** A stable fingerprint of a registration's unified fields (16 hex digits of SHA-256). */
  public static String fingerprint(Registration r) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> cell : StartListCsv.row(r).entrySet()) {
        digest.update(cell.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(cell.getValue().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The changes of one pull, not yet committed. */
  public final class Batch {
    private final String key;
    private final SyncStateFile.SourceState after;
    private final List<SyncChange> changes;
    private final Instant previousWatermark;
    private boolean committed;

    private Batch(String key, SyncStateFile.SourceState after, List<SyncChange> changes,
        Instant previousWatermark) {
      this.key = key;
      this.after = after;
      this.changes = List.copyOf(changes);
      this.previousWatermark = previousWatermark;
    }

    /** The changes, in the order the platform listed them (removals last). */
    public List<SyncChange> changes() {
      return changes;
    }

    /** The watermark before this pull; empty on the first run or for a source without one. */
    public Optional<Instant> previousWatermark() {
      return Optional.ofNullable(previousWatermark);
    }

    /**
     * The watermark this batch moves to when committed; empty while the source has delivered no
     * update time.
     */
    public Optional<Instant> watermark() {
      return after.watermark();
    }

    /**
     * Records the changes as delivered. Call after applying them. Idempotent.
     *
     * @throws java.io.UncheckedIOException if the state cannot be written
     */
    public void commit() {
      if (committed) {
        return;
      }
      Map<String, SyncStateFile.SourceState> all = stateFile.load();
      all.put(key, after);
      stateFile.save(all);
      committed = true;
    }
  }
}
