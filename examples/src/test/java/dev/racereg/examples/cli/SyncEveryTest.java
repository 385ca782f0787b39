package dev.racereg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.testkit.Fault;
import dev.racereg.testkit.SettableClock;
import dev.racereg.testkit.pace.PaceSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code racereg sync --every}: several rounds against a simulator whose data changes between
 * them, with an injected clock and sleeper (nothing waits for real).
 */
class SyncEveryTest {

  private static final Instant START = Instant.parse("2026-05-01T07:00:00Z");

  @TempDir
  Path dir;

  private final SettableClock clock = new SettableClock(START);
  private final List<Duration> waits = new ArrayList<>();
  private String out;
  private String err;

  /**
   * Runs the command; {@code between} runs at each wait between rounds, after the clock moved.
   * The clients' retry pauses go through the same sleeper and only move the clock.
   */
  private int run(PaceSimulator sim, Consumer<Integer> between, String... extra) {
    CommandLine cli = RaceRegCommand.commandLine();
    SyncCommand sync = cli.getSubcommands().get("sync").getCommand();
    sync.clock = clock.withZone(ZoneOffset.UTC);
    sync.sleeper = d -> {
      clock.advance(d);
      if (d.compareTo(Duration.ofSeconds(30)) >= 0) { // shorter ones are the clients' retry pauses
        waits.add(d);
        between.accept(waits.size());
      }
    };
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    cli.setOut(new PrintWriter(o, true));
    cli.setErr(new PrintWriter(e, true));
    List<String> args = new ArrayList<>(List.of("sync", "-p", "pace", "--base-url", sim.baseUrl(),
        "-o", dir.resolve("startlist.csv").toString(), "--state", dir.resolve("state.json").toString(),
        "--set", "pace.api-id=" + sim.credentials().apiId(), "--set", "pace.api-secret=" + sim.credentials().apiSecret(),
        "--set", "pace.access-code=" + sim.credentials().accessCode(), "--set", "pace.event=" + sim.eventSlug(), "-q"));
    args.addAll(List.of(extra));
    int code = cli.execute(args.toArray(String[]::new));
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void roundsRunUntilTheDeadlineReportingEachChangeAndRidingOutAServerFailure() {
    try (PaceSimulator sim = PaceSimulator.builder().participants(50).build().start()) {
      String first = sim.participants(sim.eventSlug()).get(0).orderNumber();
      int code = run(sim, wait -> {
        switch (wait) {
          case 1 -> sim.addParticipant(sim.eventSlug());
          case 2 -> sim.faults().next(Fault.status(503, "{\"error\":\"down\"}"), 20);
          case 3 -> {
            sim.faults().clear();
            sim.updateStatus(sim.eventSlug(), first, "refunded");
            sim.addParticipant(sim.eventSlug());
          }
          default -> { }
        }
      }, "--every", "60s", "--until", "2026-05-01T07:06:00Z");

      assertThat(code).as(err).isZero();
      List<String> lines = out.lines().toList();
      assertThat(lines).hasSize(5);
      assertThat(lines.get(0)).startsWith("2026-05-01T07:00:00Z round 1:").contains("50 added, 0 updated, 0 removed, 0 errors");
      assertThat(lines.get(1)).contains("round 2:").contains("1 added, 0 updated, 0 removed, 0 errors");
      assertThat(lines.get(2)).contains("round 3:").contains("1 error").contains("next round in 120s");
      assertThat(lines.get(3)).contains("round 4:").contains("1 added, 1 updated, 0 removed, 0 errors")
          .contains("lists 52 registrations");
      assertThat(lines.get(4)).contains("round 5:").contains("0 added, 0 updated, 0 removed");
      assertThat(waits).startsWith(Duration.ofSeconds(60), Duration.ofSeconds(60));
      assertThat(waits.get(2)).isEqualTo(Duration.ofSeconds(120));
      assertThat(StartListFiles.read(dir.resolve("startlist.csv"))).hasSize(52);
    }
  }

  @Test
  void anAuthenticationFailureEndsTheLoopWithExitCode3() {
    try (PaceSimulator sim = PaceSimulator.builder().participants(20).build().start()) {
      int code = run(sim, wait -> sim.regenerateApiSecret(), "--every", "5m");

      assertThat(code).isEqualTo(ExitCode.AUTH_FAILURE.code());
      assertThat(out.lines()).hasSize(1);
      assertThat(err).contains("authentication failed");
      assertThat(waits).containsExactly(Duration.ofMinutes(5));
    }
  }

  @Test
  void intervalsAndDeadlinesAreReadOrRefusedAsBadInput() {
    assertThat(SyncCommand.interval("60s")).isEqualTo(Duration.ofSeconds(60));
    assertThat(SyncCommand.interval("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(SyncCommand.interval("PT1H")).isEqualTo(Duration.ofHours(1));
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(CliException.class,
        () -> SyncCommand.interval("0s")).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(SyncCommand.deadline("18:30", clock.withZone(ZoneOffset.UTC)))
        .isEqualTo(Instant.parse("2026-05-01T18:30:00Z"));
    assertThat(SyncCommand.deadline("06:00", clock.withZone(ZoneOffset.UTC)))
        .isEqualTo(Instant.parse("2026-05-02T06:00:00Z"));
  }

  @Test
  void aStopRequestLetsTheRunningRoundFinishAndStartsNoOther() {
    SyncLoop loop = new SyncLoop(Duration.ofSeconds(60), null, clock, d -> clock.advance(d));
    List<String> lines = new ArrayList<>();
    int rounds = loop.run(() -> {
      loop.requestStop(); // Ctrl-C arrives during the round
      return "committed";
    }, lines::add);
    assertThat(rounds).isEqualTo(1);
    assertThat(lines).singleElement().asString().endsWith("committed");
  }

  @Test
  void aStopRequestDuringTheWaitCutsItShortAndEndsTheLoopQuietly() {
    List<Boolean> interruptible = new ArrayList<>();
    SyncLoop[] holder = new SyncLoop[1];
    SyncLoop loop = new SyncLoop(Duration.ofSeconds(60), null, clock, d -> {
      interruptible.add(holder[0].requestStop()); // Ctrl-C between rounds
      throw new dev.racereg.core.error.TransportException("interrupted while waiting to retry", null, false, false);
    });
    holder[0] = loop;

    int rounds = loop.run(() -> "committed", line -> { });

    assertThat(rounds).isEqualTo(1);
    assertThat(interruptible).containsExactly(true);
    assertThat(loop.requestStop()).isFalse(); // no longer waiting: nothing left to interrupt
  }
}
