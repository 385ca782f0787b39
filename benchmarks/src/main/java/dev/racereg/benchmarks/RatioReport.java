package dev.racereg.benchmarks;

/**
 * Runs every benchmark, each beside its baseline in the same run, and prints the table (metric,
 * racereg, baseline, ratio, goal) with the machine it ran on:
 * {@code java -jar benchmarks/target/benchmarks.jar} after
 * {@code mvn -B -o -pl benchmarks -am package -DskipTests}; {@code --quick} for a short run.
 * Ratios are racereg / baseline, lower is better, each the median of paired, interleaved samples.
 */
public final class RatioReport {

  private RatioReport() {}

  /** Runs the benchmarks and prints the report. */
  public static void main(String[] args) throws Exception {
    RunConfig config = RunConfig.parse(args);
    String machine = Machine.describe();
    long start = System.nanoTime();
    ReportTable table = new ReportTable();
    if (config.runs("p2")) {
      PaceDecode.run(config, table);
      LdtDecode.run(config, table);
      ActigoDecode.run(config, table);
      RsuDecode.run(config, table);
      FftriDecode.run(config, table);
    }
    if (config.runs("p5")) {
      SmallCalls.run(config, table);
    }
    if (config.runs("p3")) {
      Paging.run(config, table);
    }
    if (config.runs("p4")) {
      LicenceChecks.run(config, table);
    }
    if (config.runs("p1")) {
      MemoryFlat.run(config, table);
    }
    System.out.println(table.render(machine));
    System.out.printf(java.util.Locale.ROOT, "%s run took %.0f s.%n", config.quick() ? "Quick" : "Full",
        (System.nanoTime() - start) / 1e9);
  }
}
