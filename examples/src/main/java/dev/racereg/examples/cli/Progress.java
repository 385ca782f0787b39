package dev.racereg.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display ({@code label: 12,345 rows (4,100/s)}) on stderr, redrawn at most
 * five times a second. Silent when disabled (stderr not a terminal, or {@code --quiet}), so logs
 * and pipes stay clean.
 */
final class Progress implements AutoCloseable {

  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String label;
  private final String unit;
  private final boolean enabled;
  private final LongSupplier nanos;
  private final long started;
  private long count;
  private long lastDrawn;

  Progress(PrintWriter err, String label, String unit, boolean enabled, LongSupplier nanos) {
    this.err = err;
    this.label = label;
    this.unit = unit;
    this.enabled = enabled;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.lastDrawn = started;
  }

  /** A progress display for an interactive terminal, enabled unless quiet or redirected. */
  static Progress forTerminal(PrintWriter err, String label, String unit, boolean quiet) {
    return new Progress(err, label, unit, !quiet && System.console() != null, System::nanoTime);
  }

  /** Counts one more item. Thread-safe. */
  synchronized void tick() {
    count++;
    if (enabled) {
      long now = nanos.getAsLong();
      if (now - lastDrawn >= REDRAW_NANOS) {
        lastDrawn = now;
        draw(now, false);
      }
    }
  }

  /** How many items were counted. */
  synchronized long count() {
    return count;
  }

  @Override
  public synchronized void close() {
    if (enabled) {
      draw(nanos.getAsLong(), true);
    }
  }

  private void draw(long now, boolean last) {
    double seconds = Math.max((now - started) / 1e9, 1e-3);
    err.printf(Locale.ROOT, "\r%s: %,d %s (%,.0f/s)%s", label, count, unit, count / seconds, last ? "\n" : "");
    err.flush();
  }
}
