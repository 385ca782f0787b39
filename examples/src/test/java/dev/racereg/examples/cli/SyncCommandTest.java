package dev.racereg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.model.Registration;
import dev.racereg.testkit.Fault;
import dev.racereg.testkit.pace.PaceSimulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental sync through the command line, including a failure in the middle of a run. */
class SyncCommandTest {

  @TempDir
  Path dir;

  @Test
  void syncDeliversOnlyChangesAndSurvivesARunThatDiesMidStream() {
    try (PaceSimulator sim = PaceSimulator.builder().participants(200).build().start()) {
      Path out = dir.resolve("startlist.csv");
      Path state = dir.resolve("state.json");
      String[] args = args(sim, out, state);

      Cli first = Cli.run(args);
      assertThat(first.exitCode).as(first.err).isZero();
      assertThat(first.out).contains("200 added, 0 updated, 0 removed");

      String changed = sim.participants(sim.eventSlug()).get(0).orderNumber();
      sim.updateStatus(sim.eventSlug(), changed, "refunded");
      sim.addParticipant(sim.eventSlug());
      // the next run dies part way through the export: the body is cut off after a first row (a
      // cut before any row would simply be retried)
      sim.faults().next(Fault.truncatedBody("[{\"Event name\":\"x\"},{\"Event name\":\"y\""));
      Cli crashed = Cli.run(args);
      assertThat(crashed.exitCode).isEqualTo(ExitCode.NETWORK_FAILURE.code());
      assertThat(StartListFiles.read(out)).hasSize(200);

      Cli resumed = Cli.run(args);
      assertThat(resumed.exitCode).as(resumed.err).isZero();
      assertThat(resumed.out).contains("1 added, 1 updated, 0 removed");
      List<Registration> rows = StartListFiles.read(out);
      assertThat(rows).hasSize(201);
      Map<String, Long> perId = rows.stream().collect(Collectors.groupingBy(Registration::id, Collectors.counting()));
      assertThat(perId.values()).allMatch(n -> n == 1);

      Cli again = Cli.run(args);
      assertThat(again.out).contains("0 added, 0 updated, 0 removed");
    }
  }

  private static String[] args(PaceSimulator sim, Path out, Path state) {
    return new String[] {"sync", "-p", "pace", "--base-url", sim.baseUrl(), "-o", out.toString(),
        "--state", state.toString(), "--set", "pace.api-id=" + sim.credentials().apiId(),
        "--set", "pace.api-secret=" + sim.credentials().apiSecret(), "--set", "pace.access-code=" + sim.credentials().accessCode(),
        "--set", "pace.event=" + sim.eventSlug()};
  }
}
