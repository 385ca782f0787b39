package dev.racereg.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * P1: one child JVM per size, each with {@code -Xmx64m}, streaming the export through the client
 * the unified source and the command line. Time should grow linearly with rows and peak heap stay flat.
 */
final class MemoryFlat {

  private MemoryFlat() {}

  static void run(RunConfig config, ReportTable table) throws IOException, InterruptedException {
    int[] sizes = config.quick() ? new int[] {10_000, 50_000} : new int[] {10_000, 50_000, 200_000};
    long[] first = null;
    for (int rows : sizes) {
      long[] r = child(rows);
      if (first == null) {
        first = r;
      }
      double perRowRatio = ((double) r[1] / rows) / ((double) first[1] / first[0]);
      table.add(new ReportTable.Line(String.format(Locale.ROOT,
          "P1 PACE %,d rows -Xmx64m: client / unified source / CLI (ratio: client ms per row vs 10k)", rows),
          r[1] + " / " + r[2] + " / " + r[3] + " ms", String.format(Locale.ROOT, "peak heap %.1f MB", r[4] / 1e6),
          perRowRatio, Double.NaN));
    }
  }

  private static long[] child(int rows) throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), MemoryChild.class.getName(), Integer.toString(rows)));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String line;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
    }
    int exit = process.waitFor();
    if (exit != 0 || line == null) {
      throw new IllegalStateException("memory run of " + rows + " rows failed with exit code " + exit);
    }
    String[] parts = line.trim().split(" ");
    return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
        Long.parseLong(parts[3]), Long.parseLong(parts[4])};
  }
}
