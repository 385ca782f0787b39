package dev.racereg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final AtomicLong nanos = new AtomicLong();
  private final StringWriter err = new StringWriter();

  @Test
  void redrawsAtMostFiveTimesASecondWithCountAndRateThenEndsTheLine() {
    try (Progress p = new Progress(new PrintWriter(err), "exporting pace", "registrations", true, nanos::get)) {
      for (int i = 0; i < 1000; i++) {
        nanos.addAndGet(1_000_000L); // 1 ms per row: 1,000 rows a second
        p.tick();
      }
      assertThat(p.count()).isEqualTo(1000);
    }
    String shown = err.toString();
    // redrawn every 200 ms over one second (5 times), plus the final line
    assertThat(shown.chars().filter(c -> c == '\r').count()).isEqualTo(6);
    assertThat(shown).endsWith("\rexporting pace: 1,000 registrations (1,000/s)\n");
  }

  @Test
  void disabledProgressWritesNothing() {
    try (Progress p = new Progress(new PrintWriter(err), "x", "rows", false, nanos::get)) {
      nanos.addAndGet(5_000_000_000L);
      p.tick();
    }
    assertThat(err.toString()).isEmpty();
  }
}
