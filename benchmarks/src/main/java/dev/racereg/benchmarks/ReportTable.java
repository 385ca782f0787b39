package dev.racereg.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report: one line per metric with the racereg figure, its baseline, their ratio and the
 * goal, and whether the goal is met. Ratios are lower-is-better (racereg / baseline).
 */
final class ReportTable {

  /**
   * One line. {@code goal} is the largest acceptable ratio, or NaN for a figure reported beside
   * another without a goal of its own.
   */
  record Line(String metric, String racereg, String baseline, double ratio, double goal) {

    String verdict() {
      if (Double.isNaN(goal)) {
        return "info";
      }
      if (Double.isNaN(ratio)) {
        return "FAIL";
      }
      return ratio <= goal ? "ok" : "MISS";
    }
  }

  private final List<Line> lines = new ArrayList<>();

  void add(Line line) {
    lines.add(line);
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  /** Time per operation in a readable unit. */
  static String time(double nanos) {
    if (Double.isNaN(nanos)) {
      return "-";
    }
    if (nanos >= 1e9) {
      return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
    if (nanos >= 1e6) {
      return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f us", nanos / 1e3);
  }

  static String ratio(double ratio) {
    return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
  }

  /** The table as Markdown, so the output can go into RESULTS.md as printed. */
  String render(String machine) {
    StringBuilder out = new StringBuilder();
    out.append(machine).append('\n').append('\n');
    out.append("| metric | racereg | baseline | ratio | goal | |\n");
    out.append("|---|---:|---:|---:|---:|---|\n");
    for (Line l : lines) {
      out.append("| ").append(l.metric())
          .append(" | ").append(l.racereg())
          .append(" | ").append(l.baseline())
          .append(" | ").append(ratio(l.ratio()))
          .append(" | ").append(Double.isNaN(l.goal()) ? "-" : "<= " + ratio(l.goal()))
          .append(" | ").append(l.verdict())
          .append(" |\n");
    }
    return out.toString();
  }
}
