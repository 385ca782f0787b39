package dev.racereg.core.unified;

import static dev.racereg.core.unified.Fixtures.reg;
import static dev.racereg.core.unified.Fixtures.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalSyncTest {

  @TempDir
  Path dir;

  @Test
  void firstPullDeliversEverythingThenOnlyChangesAfterCommit() {
    FakeSource source = new FakeSource(true);
    source.put(updated(reg("p", "1", "Ann", "Adams", null, "5K"), "2026-05-01T10:00:00Z"));
    source.put(updated(reg("p", "2", "Bob", "Brown", null, "5K"), "2026-05-01T10:05:00Z"));
    IncrementalSync sync = new IncrementalSync(new SyncStateFile(dir.resolve("state.json")));

    IncrementalSync.Batch first = sync.pull(source);
    assertThat(first.changes()).extracting(SyncChange::kind, SyncChange::id).containsExactly(
        org.assertj.core.groups.Tuple.tuple(SyncChange.Kind.ADDED, "p:1"),
        org.assertj.core.groups.Tuple.tuple(SyncChange.Kind.ADDED, "p:2"));
    assertThat(first.watermark()).contains(Instant.parse("2026-05-01T10:05:00Z"));
    first.commit();

    source.put(updated(reg("p", "1", "Ann", "Adams", null, "10K"), "2026-05-01T10:07:00Z"));
    IncrementalSync.Batch second = sync.pull(source);

    assertThat(second.changes()).extracting(SyncChange::kind, SyncChange::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SyncChange.Kind.UPDATED, "p:1"));
    // asked for an overlap before the watermark, and the unchanged p:2 inside it was not repeated
    assertThat(source.askedAfter).containsExactly(Instant.parse("2026-05-01T10:00:00Z"));
  }

  @Test
  void aRowStampedAtTheWatermarkButWrittenLaterIsNotSkipped() {
    FakeSource source = new FakeSource(true);
    source.put(updated(reg("p", "1", "Ann", "Adams", null, "5K"), "2026-05-01T10:00:00Z"));
    IncrementalSync sync = new IncrementalSync(new SyncStateFile(dir.resolve("s.json")));
    sync.pull(source).commit();

    // same second as the watermark: a strictly-after filter alone would miss it
    source.put(updated(reg("p", "3", "Cid", "Clark", null, "5K"), "2026-05-01T10:00:00Z"));

    assertThat(sync.pull(source).changes()).extracting(SyncChange::id).containsExactly("p:3");
  }

  @Test
  void aCrashBeforeCommitReplaysTheSameChangesAndLosesNothing() {
    FakeSource source = new FakeSource(true);
    source.put(updated(reg("p", "1", "Ann", "Adams", null, "5K"), "2026-05-01T10:00:00Z"));
    SyncStateFile file = new SyncStateFile(dir.resolve("state.json"));
    new IncrementalSync(file).pull(source).commit();
    source.put(updated(reg("p", "2", "Bob", "Brown", null, "5K"), "2026-05-01T11:00:00Z"));

    List<SyncChange> beforeCrash = new IncrementalSync(file).pull(source).changes();
    // the process dies here: changes were applied (or not) but never committed
    List<SyncChange> afterRestart = new IncrementalSync(file).pull(source).changes();

    assertThat(afterRestart).isEqualTo(beforeCrash);
    assertThat(afterRestart).extracting(SyncChange::id).containsExactly("p:2");
  }

  @Test
  void fullReadSourcesReportRemovals() {
    FakeSource source = new FakeSource(false);
    source.put(reg("a", "1", "Ann", "Adams", null, "5K"));
    source.put(reg("a", "2", "Bob", "Brown", null, "5K"));
    IncrementalSync sync = new IncrementalSync(new SyncStateFile(dir.resolve("state.json")));
    sync.pull(source).commit();

    source.rows.remove("a:2");
    source.put(reg("a", "1", "Ann", "Adams", null, "5K").toBuilder().status(RegistrationStatus.CANCELLED).build());

    IncrementalSync.Batch batch = sync.pull(source);
    assertThat(batch.changes()).extracting(SyncChange::kind, SyncChange::id).containsExactly(
        org.assertj.core.groups.Tuple.tuple(SyncChange.Kind.UPDATED, "a:1"),
        org.assertj.core.groups.Tuple.tuple(SyncChange.Kind.REMOVED, "a:2"));
    assertThat(source.askedAfter).isEmpty();
  }

  @Test
  void stateOfOtherSourcesSurvivesACommit() {
    SyncStateFile file = new SyncStateFile(dir.resolve("state.json"));
    FakeSource one = new FakeSource(false);
    one.put(reg("a", "1", "Ann", "Adams", null, "5K"));
    FakeSource two = new FakeSource(false, "b", "ev2");
    two.put(reg("b", "1", "Bob", "Brown", null, "5K"));
    IncrementalSync sync = new IncrementalSync(file);
    sync.pull(one).commit();
    sync.pull(two).commit();

    assertThat(file.load()).containsOnlyKeys("a:ev1", "b:ev2");
    assertThat(sync.pull(one).changes()).isEmpty();
  }

  @Test
  void aCorruptStateFileIsADecodingException() throws Exception {
    Path path = dir.resolve("state.json");
    Files.writeString(path, "{not json");
    assertThatThrownBy(() -> new SyncStateFile(path).load()).isInstanceOf(DecodingException.class)
        .hasMessageContaining("state.json");
  }

  /** An in-memory source; rows keyed by id, in insertion order. */
  static final class FakeSource implements RegistrationSource {
    final Map<String, Registration> rows = new LinkedHashMap<>();
    final List<Instant> askedAfter = new ArrayList<>();
    private final boolean incremental;
    private final String provider;
    private final String event;

    FakeSource(boolean incremental) {
      this(incremental, "a", "ev1");
    }

    FakeSource(boolean incremental, String provider, String event) {
      this.incremental = incremental;
      this.provider = provider;
      this.event = event;
    }

    void put(Registration r) {
      rows.remove(r.id());
      rows.put(r.id(), r);
    }

    @Override
    public String provider() {
      return provider;
    }

    @Override
    public String eventKey() {
      return event;
    }

    @Override
    public Stream<Registration> registrations() {
      return List.copyOf(rows.values()).stream();
    }

    @Override
    public Stream<Registration> registrationsUpdatedAfter(Instant watermark) {
      askedAfter.add(watermark);
      return List.copyOf(rows.values()).stream()
          .filter(r -> r.updatedAt().map(u -> u.isAfter(watermark)).orElse(true));
    }

    @Override
    public boolean supportsUpdatedAfter() {
      return incremental;
    }
  }
}
