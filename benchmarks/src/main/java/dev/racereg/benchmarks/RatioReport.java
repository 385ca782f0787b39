package dev.racereg.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark beside its baseline and prints the ratios:
 * {@code java -Xmx1g -XX:+UseSerialGC -Xmn32m -jar benchmarks/target/benchmarks.jar} (after
 * {@code mvn -B -DskipTests package}); the small young generation makes collections, and so
 * live-heap readings, frequent. Pass {@code --quick} for a short, noisier run.
 */
public final class RatioReport {

  private RatioReport() {}

  /** Runs the benchmarks and prints the report. */
  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    OptionsBuilder builder = new OptionsBuilder();
    builder.include(DecodeBenchmark.class.getSimpleName());
    if (quick) {
      builder.warmupIterations(1).measurementIterations(2).param("rows", "10000");
    }
    Options options = builder.build();
    Collection<RunResult> results = new Runner(options).run();

    System.out.println();
    System.out.println("Decode time (ms per body; lower is better), streaming vs whole-tree baseline:");
    System.out.printf(Locale.ROOT, "  %-8s %12s %12s %10s%n", "rows", "streaming", "baseline", "ratio");
    for (String rows : quick ? new String[] {"10000"} : new String[] {"10000", "200000"}) {
      double streaming = score(results, "streaming", rows);
      double baseline = score(results, "baselineWholeTree", rows);
      System.out.printf(Locale.ROOT, "  %-8s %12.2f %12.2f %9.2fx%n", rows, streaming, baseline, baseline / streaming);
    }

    System.out.println();
    System.out.println("Peak live heap (after GC) while decoding a streamed body (lower is better):");
    System.out.printf(Locale.ROOT, "  %-8s %12s %12s %10s%n", "rows", "streaming", "baseline", "ratio");
    for (int rows : quick ? new int[] {50_000} : new int[] {50_000, 200_000}) {
      StreamingMemoryHarness.Result r = StreamingMemoryHarness.measure(rows);
      // below 1 MB the streaming growth is noise around zero: report it as flat, not as a huge ratio
      String ratio = r.streamingLiveBytes() < 1_000_000 ? "flat"
          : String.format(Locale.ROOT, "%.1fx", r.ratio());
      System.out.printf(Locale.ROOT, "  %-8d %10.1fMB %10.1fMB %10s%n", rows, r.streamingLiveBytes() / 1e6,
          r.baselineLiveBytes() / 1e6, ratio);
    }
  }

  private static double score(Collection<RunResult> results, String method, String rows) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .filter(r -> rows.equals(r.getParams().getParam("rows")))
        .mapToDouble(r -> r.getPrimaryResult().getScore())
        .findFirst().orElse(Double.NaN);
  }
}
