package dev.racereg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTableTest {

  @Test
  void rendersAMarkdownTableUnderTheMachineLine() {
    ReportTable table = new ReportTable();
    table.add(new ReportTable.Line("P2 decode", "12.00 ms", "10.00 ms", 1.2, 1.25));
    table.add(new ReportTable.Line("P5 GET", "130.0 us", "100.0 us", 1.3, 1.15));
    table.add(new ReportTable.Line("P2 scan", "12.00 ms", "2.00 ms", 6.0, Double.NaN));

    String out = table.render("Machine: 2 cores");

    assertThat(out.lines()).containsExactly(
        "Machine: 2 cores",
        "",
        "| metric | racereg | baseline | ratio | goal | |",
        "|---|---:|---:|---:|---:|---|",
        "| P2 decode | 12.00 ms | 10.00 ms | 1.20x | <= 1.25x | ok |",
        "| P5 GET | 130.0 us | 100.0 us | 1.30x | <= 1.15x | MISS |",
        "| P2 scan | 12.00 ms | 2.00 ms | 6.00x | - | info |");
  }

  @Test
  void aRatioExactlyAtTheGoalMeetsIt() {
    assertThat(new ReportTable.Line("m", "a", "b", 1.25, 1.25).verdict()).isEqualTo("ok");
    assertThat(new ReportTable.Line("m", "a", "b", 1.2501, 1.25).verdict()).isEqualTo("MISS");
  }

  @Test
  void aMissingRatioFailsAGoalRatherThanPassingIt() {
    ReportTable.Line line = new ReportTable.Line("P4 max in flight", "5", "4", Double.NaN, 1.0);
    assertThat(line.verdict()).isEqualTo("FAIL");
    assertThat(ReportTable.ratio(Double.NaN)).isEqualTo("-");
  }

  @Test
  void timesUseAReadableUnit() {
    assertThat(ReportTable.time(1_500)).isEqualTo("1.5 us");
    assertThat(ReportTable.time(271_100)).isEqualTo("271.1 us");
    assertThat(ReportTable.time(63_360_000)).isEqualTo("63.36 ms");
    assertThat(ReportTable.time(2_130_000_000.0)).isEqualTo("2.13 s");
    assertThat(ReportTable.time(Double.NaN)).isEqualTo("-");
  }

  @Test
  void machineLineNamesCoresJvmOsAndLoad() {
    assertThat(Machine.describe(2, "OpenJDK 17", "Linux amd64", 7.5))
        .isEqualTo("Machine: 2 cores, OpenJDK 17, Linux amd64, load average 7.50 at start");
    assertThat(Machine.describe(2, "OpenJDK 17", "Linux amd64", -1)).endsWith("load average unknown at start");
  }
}
