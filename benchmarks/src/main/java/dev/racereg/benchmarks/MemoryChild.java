package dev.racereg.benchmarks;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.PaceParticipant;
import dev.racereg.pace.ParticipantsRequest;
import dev.racereg.testkit.pace.PaceSandboxCredentials;
import dev.racereg.testkit.pace.PaceSimulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs in a child JVM started with {@code -Xmx64m}: streams a PACE export of the given size
 * through the client and through the unified source, and prints one line
 * {@code rows clientMillis sourceMillis peakHeapBytes}. Peak heap is the sum of the heap pools'
 * peak usage, which includes the in-process simulator's own work.
 */
public final class MemoryChild {

  private MemoryChild() {}

  /** Entry point for the child JVM; the single argument is the row count. */
  public static void main(String[] args) {
    int rows = Integer.parseInt(args[0]);
    try (PaceSimulator sim = PaceSimulator.builder().participants(rows).build().start()) {
      sim.recordRequests(false);
      PaceSandboxCredentials creds = sim.credentials();
      PaceClient client = PaceClient.builder().credentials(PaceCredentials.of(creds.apiId(), creds.apiSecret()))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build()).build();
      // a short untimed pass first, so the timed ones measure decoding rather than class loading and JIT
      try (Stream<PaceParticipant> warm = client.participants(ParticipantsRequest.of(creds.accessCode(), sim.eventSlug()))) {
        warm.limit(2_000).count();
      }
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      long seen;
      try (Stream<PaceParticipant> stream = client.participants(ParticipantsRequest.of(creds.accessCode(), sim.eventSlug()))) {
        seen = stream.count();
      }
      long clientNanos = System.nanoTime() - start;
      start = System.nanoTime();
      long unified;
      try (Stream<Registration> stream = client.registrationSource(creds.accessCode(), sim.eventSlug()).registrations()) {
        unified = stream.count();
      }
      long sourceNanos = System.nanoTime() - start;
      if (seen != rows || unified != rows) {
        throw new IllegalStateException("expected " + rows + " rows, saw " + seen + " and " + unified);
      }
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.out.printf(Locale.ROOT, "%d %d %d %d%n", rows, clientNanos / 1_000_000, sourceNanos / 1_000_000, peak);
    }
  }
}
