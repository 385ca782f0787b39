package dev.racereg.core.testing;

import dev.racereg.core.http.HttpLogSink;
import java.util.ArrayList;
import java.util.List;

/** A log sink that keeps every line. Thread-safe. */
public final class RecordingLogSink implements HttpLogSink {

  private final List<String> lines = new ArrayList<>();

  @Override
  public synchronized void log(String line) {
    lines.add(line);
    SecretCanaryExtension.logged(line);
  }

  /** The lines so far. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** All lines joined with newlines. */
  public synchronized String all() {
    return String.join("\n", lines);
  }
}
