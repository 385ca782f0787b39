package dev.racereg.benchmarks;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.PaceParticipant;
import dev.racereg.pace.ParticipantsParams;
import dev.racereg.testkit.pace.PaceSandboxCredentials;
import dev.racereg.testkit.pace.PaceSimulator;
import dev.racereg.examples.cli.RaceRegCommand;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs in a child JVM started with {@code -Xmx64m}: streams a PACE export of the given size
 * through the client, the unified source and the command line ({@code racereg export} to a CSV
 * file), and prints one line {@code rows clientMillis sourceMillis cliMillis peakHeapBytes}. Peak heap is the sum of the heap pools'
 * peak usage, which includes the in-process simulator's own work.
 */
public final class MemoryChild {

  private MemoryChild() {}

  /** Entry point for the child JVM; the single argument is the row count. */
  public static void main(String[] args) throws IOException {
    int rows = Integer.parseInt(args[0]);
    try (PaceSimulator sim = PaceSimulator.builder().participants(rows).build().start()) {
      sim.recordRequests(false);
      PaceSandboxCredentials creds = sim.credentials();
      PaceClient client = PaceClient.builder().credentials(PaceCredentials.of(creds.apiId(), creds.apiSecret()))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build()).build();
      // a short untimed pass first, so the timed ones measure decoding rather than class loading and JIT
      try (Stream<PaceParticipant> warm = client.participants(ParticipantsParams.of(creds.accessCode(), sim.eventSlug()))) {
        warm.limit(2_000).count();
      }
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      long seen;
      try (Stream<PaceParticipant> stream = client.participants(ParticipantsParams.of(creds.accessCode(), sim.eventSlug()))) {
        seen = stream.count();
      }
      long clientNanos = System.nanoTime() - start;
      start = System.nanoTime();
      long unified;
      try (Stream<Registration> stream = client.registrationSource(creds.accessCode(), sim.eventSlug()).registrations()) {
        unified = stream.count();
      }
      long sourceNanos = System.nanoTime() - start;
      Path csv = Files.createTempFile("racereg-export", ".csv");
      start = System.nanoTime();
      int exit = RaceRegCommand.commandLine().execute("export", "-p", "pace", "-q", "--base-url", sim.baseUrl(),
          "--set", "pace.api-id=" + creds.apiId(), "--set", "pace.api-secret=" + creds.apiSecret(),
          "--set", "pace.access-code=" + creds.accessCode(), "--set", "pace.event=" + sim.eventSlug(),
          "-o", csv.toString());
      long cliNanos = System.nanoTime() - start;
      long lines;
      try (Stream<String> written = Files.lines(csv)) {
        lines = written.count();
      }
      Files.delete(csv);
      // the CSV has a header line, then one line per registration
      if (seen != rows || unified != rows || exit != 0 || lines != rows + 1) {
        throw new IllegalStateException("expected " + rows + " rows, saw " + seen + ", " + unified
            + " and a CSV of " + lines + " lines (exit " + exit + ")");
      }
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.out.printf(Locale.ROOT, "%d %d %d %d %d%n", rows, clientNanos / 1_000_000, sourceNanos / 1_000_000,
          cliNanos / 1_000_000, peak);
    }
  }
}
