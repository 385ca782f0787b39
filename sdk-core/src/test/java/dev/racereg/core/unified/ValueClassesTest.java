package dev.racereg.core.unified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result types that replaced records: equality, absent values and the state file format. */
class ValueClassesTest {

  private final BibAssignment a = new BibAssignment("n1", "42");

  @Test
  void outcomesWithTheSameValuesAreEqualAndAbsentMessagesAreEmpty() {
    assertThat(BibPushOutcome.of(a, BibPushOutcome.Status.APPLIED))
        .isEqualTo(BibPushOutcome.of(a, BibPushOutcome.Status.APPLIED, null))
        .hasSameHashCodeAs(BibPushOutcome.of(a, BibPushOutcome.Status.APPLIED, null))
        .isNotEqualTo(BibPushOutcome.of(a, BibPushOutcome.Status.APPLIED, "why"));
    assertThat(BibPushOutcome.of(a, BibPushOutcome.Status.APPLIED).message()).isEmpty();
    assertThat(BibPushOutcome.of(a, BibPushOutcome.Status.SKIPPED, "closed").toString())
        .isEqualTo("BibPushOutcome{assignment=" + a + ", status=SKIPPED, message=closed}");
  }

  @Test
  void aReportCountsByStatusAndCopiesItsRows() {
    List<BibPush.Row> rows = new java.util.ArrayList<>(List.of(
        BibPush.Row.of("x:1", "x", BibPushOutcome.of(a, BibPushOutcome.Status.APPLIED)),
        BibPush.Row.of("x:2", "x", BibPushOutcome.of(a, BibPushOutcome.Status.UNKNOWN, "lost"))));
    BibPush.Report report = BibPush.Report.of(rows);
    rows.clear();

    assertThat(report.rows()).hasSize(2);
    assertThat(report.counts()).containsExactly(Map.entry(BibPushOutcome.Status.APPLIED, 1L),
        Map.entry(BibPushOutcome.Status.UNKNOWN, 1L));
    assertThat(report.allSettled()).isFalse();
  }

  @Test
  void aLicenceCheckWithoutLicenceOrMessageHasEmptyOptionals() {
    LicenceCheck check = LicenceCheck.of(LicenceQuery.of("A1", "2026", null),
        LicenceCheck.Outcome.NOT_FOUND, null, null);

    assertThat(check.licence()).isEmpty();
    assertThat(check.message()).isEmpty();
    assertThat(check).isEqualTo(LicenceCheck.of(LicenceQuery.of("A1", "2026", null),
        LicenceCheck.Outcome.NOT_FOUND, null, null));
  }

  @Test
  void aRemovalHasNoRegistrationAndAnAdditionNeedsOne() {
    assertThat(SyncChange.of(SyncChange.Kind.REMOVED, "x:1", null).registration()).isEmpty();
    assertThatThrownBy(() -> SyncChange.of(SyncChange.Kind.ADDED, "x:1", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs");
  }

  @Test
  void theStateFileKeepsItsVersionOneFormat(@TempDir Path dir) throws Exception {
    SyncStateFile file = new SyncStateFile(dir.resolve("state.json"));
    file.save(Map.of("x:e", SyncStateFile.SourceState.of(Instant.parse("2026-05-01T10:00:00Z"),
        Map.of("x:2", "bb", "x:1", "aa")), "y:e", SyncStateFile.SourceState.empty()));

    String json = Files.readString(file.path()).replaceAll("\\s", "");
    assertThat(json).isEqualTo("{\"version\":1,\"sources\":{\"x:e\":{\"watermark\":"
        + "\"2026-05-01T10:00:00Z\",\"rows\":{\"x:1\":\"aa\",\"x:2\":\"bb\"}},"
        + "\"y:e\":{\"watermark\":null,\"rows\":{}}}}");
    Map<String, SyncStateFile.SourceState> loaded = file.load();
    assertThat(loaded.get("x:e").watermark()).contains(Instant.parse("2026-05-01T10:00:00Z"));
    assertThat(loaded.get("x:e").rows()).containsExactly(Map.entry("x:1", "aa"), Map.entry("x:2", "bb"));
    assertThat(loaded.get("y:e")).isEqualTo(SyncStateFile.SourceState.empty());
  }
}
