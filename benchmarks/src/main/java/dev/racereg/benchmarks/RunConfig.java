package dev.racereg.benchmarks;

import java.time.Duration;
import java.util.Set;

/**
 * How long to measure and what. The full run takes well under ten minutes on 2 cores;
 * {@code --quick} under two, with fewer rounds and smaller bodies (noisier, same shape).
 * {@code --only p2,p5} runs only the named groups ({@code p1} to {@code p5}),
 * for profiling one of them.
 *
 * @param quick the short run
 * @param warmupRounds untimed rounds per contender before measuring, at the least
 * @param warmupTime untimed time before measuring each comparison, at the least
 * @param rounds timed rounds per contender (each paired with the baseline's)
 * @param smallCalls timed small calls per contender for per-call overhead (at least 10,000)
 * @param only the groups to run; empty for all
 */
record RunConfig(boolean quick, int warmupRounds, Duration warmupTime, int rounds, int smallCalls,
    Set<String> only) {

  /** The benchmark groups, by the numbering. */
  static final Set<String> GROUPS = Set.of("p1", "p2", "p3", "p4", "p5");

  /**
   * Reads the command line.
   *
   * @throws IllegalArgumentException for an unknown argument or group
   */
  static RunConfig parse(String[] args) {
    boolean quick = false;
    Set<String> only = Set.of();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--quick")) {
        quick = true;
      } else if (arg.equals("--only") && i + 1 < args.length) {
        only = Set.of(args[++i].toLowerCase(java.util.Locale.ROOT).split(","));
        for (String group : only) {
          if (!GROUPS.contains(group)) {
            throw new IllegalArgumentException("unknown group " + group + " (one of " + GROUPS + ")");
          }
        }
      } else {
        throw new IllegalArgumentException("unknown argument " + arg + " (--quick, --only p1,p2,p3,p4,p5)");
      }
    }
    return quick
        ? new RunConfig(true, 3, Duration.ofMillis(800), 15, 10_000, only)
        : new RunConfig(false, 5, Duration.ofSeconds(3), 41, 20_000, only);
  }

  /** Whether the group runs. */
  boolean runs(String group) {
    return only.isEmpty() || only.contains(group);
  }
}
