package dev.racereg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.unified.ResultStatus;
import dev.racereg.testkit.runsignup.ParticipantSnapshot;
import dev.racereg.testkit.runsignup.ResultSnapshot;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results files (CSV and JSON) and {@code racereg push-results}. */
class PushResultsCommandTest {

  @TempDir
  Path dir;

  @Test
  void aCsvFileYieldsItsGoodRowsAndNamesTheLineAndReasonOfEachBadOne() throws Exception {
    ResultFiles.Contents c = ResultFiles.readCsv(new StringReader(String.join("\n",
        "bib,registration_id,status,chip_time,gun_time,overall_place,splits",
        "7,,,0:42:10.5,0:42:30,1,5km=0:20:01;Bridge=0:30:00",
        "8,,DNF,,,,",
        "9,,,42:10,,2,",
        "10,,,1:02:03,,first,",
        ",,,1:00:00,,,",
        "11,,,25:00:01,,3,")));

    assertThat(c.rows()).extracting(ResultFiles.Row::line).containsExactly(2, 3, 7);
    assertThat(c.rows().get(0).result().chipTime()).contains(Duration.parse("PT42M10.5S"));
    assertThat(c.rows().get(0).result().splits().get(0).distanceKm()).contains(new BigDecimal("5"));
    assertThat(c.rows().get(0).result().splits().get(1).name()).contains("Bridge");
    assertThat(c.rows().get(1).result().status()).isEqualTo(ResultStatus.DNF);
    assertThat(c.rows().get(2).result().chipTime()).contains(Duration.ofHours(25).plusSeconds(1));
    assertThat(c.problems()).extracting(ResultFiles.Problem::line).containsExactly(4, 5, 6);
    assertThat(c.problems().get(0).reason()).contains("chip_time").contains("h:mm:ss");
    assertThat(c.problems().get(1).reason()).contains("overall_place");
    assertThat(c.problems().get(2).reason()).contains("registration id or a bib");
  }

  @Test
  void aJsonFileReadsTheSameNamesWithSplitsAsObjects() throws Exception {
    ResultFiles.Contents c = ResultFiles.readJson(new StringReader("[\n"
        + "  {\"registration_id\": \"101\", \"chip_time\": \"1:00:00\", \"gender_place\": 2,\n"
        + "   \"splits\": [{\"distance_km\": 10, \"time\": \"0:30:00\"}]},\n"
        + "  {\"bib\": \"5\", \"gun_time\": \"soon\"},\n"
        + "  {\"bib\": \"6\", \"colour\": \"red\"}\n]"));

    assertThat(c.rows()).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.result().genderPlace()).contains(2);
      assertThat(r.result().splits().get(0).time()).isEqualTo(Duration.ofMinutes(30));
    });
    assertThat(c.problems()).extracting(ResultFiles.Problem::line).containsExactly(4, 5);
    assertThat(c.problems().get(1).reason()).contains("colour");
  }

  @Test
  void pushResultsSendsTheGoodRowsReportsEachAndExitsWith5WhenSomeFailed() throws Exception {
    try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(40).build().start()) {
      long event = sim.eventIds().get(0);
      List<ParticipantSnapshot> people = sim.participants(event);
      Path file = dir.resolve("results.csv");
      Files.writeString(file, String.join("\n",
          "registration_id,chip_time,overall_place",
          people.get(0).registrationId() + ",0:20:00,1",
          people.get(1).registrationId() + ",0:2x:00,2",
          people.get(2).registrationId() + ",0:21:30.25,3", ""));

      Cli run = Cli.run("push-results", "-p", "runsignup", "-i", file.toString(), "--result-set", "Final",
          "--base-url", sim.baseUrl(), "--set", "runsignup.race-id=" + sim.raceId(),
          "--set", "runsignup.event-ids=" + event, "--set", "runsignup.rsu-api-key=" + sim.credentials().rsuApiKey(),
          "--set", "runsignup.rsu-api-secret=" + sim.credentials().rsuApiSecret());

      assertThat(run.exitCode).as(run.err).isEqualTo(ExitCode.PARTIAL_FAILURE.code());
      assertThat(run.out).containsPattern("3 +- +INVALID +chip_time");
      assertThat(run.out).containsPattern("2 +" + people.get(0).registrationId() + " +APPLIED");
      assertThat(run.out).containsPattern("4 +" + people.get(2).registrationId() + " +APPLIED");
      long set = sim.resultSets().get(0).resultSetId();
      assertThat(sim.resultSets().get(0).name()).isEqualTo("Final");
      assertThat(sim.results(set)).extracting(ResultSnapshot::registrationId)
          .containsExactlyInAnyOrder(people.get(0).registrationId(), people.get(2).registrationId());
    }
  }

  @Test
  void providersSaysWhichPlatformsTakeResults() {
    Cli run = Cli.run("providers");
    assertThat(run.out).contains("push-results");
    String pace = run.out.substring(run.out.indexOf("pace "), run.out.indexOf("actigo "));
    assertThat(pace).contains("results: not accepted");
    String actigo = run.out.substring(run.out.indexOf("actigo "), run.out.indexOf("runsignup "));
    assertThat(actigo).contains("push-results").doesNotContain("not accepted");
  }
}
