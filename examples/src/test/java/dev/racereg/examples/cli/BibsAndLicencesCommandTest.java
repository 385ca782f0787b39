package dev.racereg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.model.Registration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** push-bibs and verify-licences on the sandboxes (seeded, so every run sees the same data). */
class BibsAndLicencesCommandTest {

  @TempDir
  Path dir;

  @Test
  void pushBibsAssignsThenReportsEveryRow() {
    Path list = dir.resolve("actigo.csv");
    assertThat(Cli.run("export", "-p", "actigo", "--sandbox", "-o", list.toString()).exitCode).isZero();
    long withoutBib = StartListFiles.read(list).stream()
        .filter(r -> r.status().isOnStartList() && r.bib().isEmpty()).count();

    Cli run = Cli.run("push-bibs", "-p", "actigo", "--sandbox", "-i", list.toString(), "--assign",
        "--first", "500");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("REGISTRATION", "APPLIED");
    List<Registration> after = StartListFiles.read(list);
    assertThat(after.stream().filter(r -> r.bib().filter(b -> b.matches("5\\d\\d")).isPresent()).count())
        .isEqualTo(withoutBib);
    // every row with a bib got a line in the report
    assertThat(run.out.lines().filter(l -> l.startsWith("actigo:")).count())
        .isEqualTo(after.stream().filter(r -> r.bib().isPresent()).count());
  }

  @Test
  void pushBibsToAPlatformWithoutThemIsBadInput() {
    Path list = dir.resolve("pace.csv");
    Cli.run("export", "-p", "pace", "--sandbox", "-o", list.toString());
    Cli run = Cli.run("push-bibs", "-p", "pace", "--sandbox", "-i", list.toString());
    assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err).contains("does not support bib pushes");
  }

  @Test
  void verifyLicencesReportsEachVerdict() {
    List<String> sample;
    try (Sandbox sandbox = new FftriConnector().startSandbox()) {
      sample = List.of(sandbox.settings().require(DemoCommand.DEMO_LICENCES).split(","));
    }
    String valid = sample.get(0);
    String unknown = sample.get(sample.size() - 1);

    Cli run = Cli.run("verify-licences", "-p", "fftri", "--sandbox", "-l", valid, "-l", unknown);

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out.lines().filter(l -> l.startsWith(valid))).singleElement().asString().contains("VALID");
    assertThat(run.out.lines().filter(l -> l.startsWith(unknown))).singleElement().asString().contains("NOT_FOUND");
  }

  @Test
  void verifyLicencesWithNothingToCheckIsBadInput() {
    Cli run = Cli.run("verify-licences", "-p", "fftri", "--sandbox");
    assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err).contains("nothing to check");
  }
}
