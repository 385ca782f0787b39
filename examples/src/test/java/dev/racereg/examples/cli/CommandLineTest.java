package dev.racereg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.StartListCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir
  Path dir;

  @Test
  void demoRunsTheWholeFlowOnTheSimulatorsAndWritesTheCsv() throws Exception {
    Path csv = dir.resolve("demo.csv");
    Cli run = Cli.run("demo", "--output", csv.toString(), "--rows", "5");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("1. Export each event", "2. Merge:", "3. Assign bibs", "5. Time the race",
        "Unified start list");
    // results land on both results platforms; RunSignup's are read back through its client
    assertThat(run.out).containsPattern("Actigo \\(Czech Republic\\) +\\d+ results sent: \\{APPLIED=\\d+");
    java.util.regex.Matcher rsu = java.util.regex.Pattern.compile(
        "RunSignup \\(USA\\) +(\\d+) results sent: \\{APPLIED=(\\d+).*read back through the client: (\\d+) landed")
        .matcher(run.out);
    assertThat(rsu.find()).as(run.out).isTrue();
    assertThat(rsu.group(3)).isEqualTo(rsu.group(2));
    assertThat(Integer.parseInt(rsu.group(2))).isPositive();
    for (Connector c : Connectors.all()) {
      assertThat(run.out).contains(c.displayName());
    }
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo(StartListCsv.COLUMN_LIST);
    List<Registration> rows = StartListCsv.read(Files.newBufferedReader(csv));
    assertThat(rows).isNotEmpty();
    assertThat(rows).extracting(Registration::provider).containsAll(
        Connectors.all().stream().filter(c -> c.capabilities().registrations()).map(Connector::provider).toList());
    assertThat(rows).filteredOn(r -> r.status().isOnStartList()).allSatisfy(r -> assertThat(r.bib()).isPresent());
  }

  @Test
  void unknownOptionsAndProvidersAreBadInput() {
    Cli unknownOption = Cli.run("export", "--provider", "pace", "--no-such-flag");
    assertThat(unknownOption.exitCode).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(unknownOption.err).contains("Unknown option");

    Cli unknownProvider = Cli.run("export", "--provider", "nope", "--sandbox");
    assertThat(unknownProvider.exitCode).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(unknownProvider.err).contains("unknown provider 'nope'", "pace");
  }

  @Test
  void aMissingSettingNamesAllThreeWaysToGiveItAndSendsNothing() {
    Cli run = Cli.run("export", "--provider", "pace", "--set", "pace.api-id=ID123",
        "--base-url", "http://127.0.0.1:9");
    assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err).contains("pace.api-secret", "RACEREG_PACE_API_SECRET", "--config");
  }

  @Test
  void wrongCredentialsAreAnAuthFailureAndTheSecretIsNeverEchoed() {
    String canary = "CANARY-secret-7f3a9c";
    try (Sandbox sandbox = new PaceConnector().startSandbox()) {
      Cli run = Cli.run("export", "--provider", "pace", "--base-url", sandbox.baseUrl(), "--verbose",
          "--set", "pace.api-id=" + sandbox.settings().require(PaceConnector.API_ID),
          "--set", "pace.api-secret=" + canary,
          "--set", "pace.access-code=" + sandbox.settings().require(PaceConnector.ACCESS_CODE),
          "--set", "pace.event=" + sandbox.settings().require(PaceConnector.EVENT));
      assertThat(run.exitCode).isEqualTo(ExitCode.AUTH_FAILURE.code());
      assertThat(run.err).contains("authentication failed").doesNotContain(canary);
      assertThat(run.out).doesNotContain(canary);
    }
  }

  @Test
  void anUnreachablePlatformIsANetworkFailure() {
    Cli run = Cli.run("export", "--provider", "pace", "--base-url", "http://127.0.0.1:9/api",
        "--set", "pace.api-id=ID", "--set", "pace.api-secret=SECRET-xyz",
        "--set", "pace.access-code=CODE1234", "--set", "pace.event=some-event");
    assertThat(run.exitCode).isEqualTo(ExitCode.NETWORK_FAILURE.code());
    assertThat(run.err).contains("network failure").doesNotContain("SECRET-xyz");
  }

  @Test
  void exportWritesTheSandboxEventAsCsvOrJson() throws Exception {
    Path csv = dir.resolve("pace.csv");
    Path json = dir.resolve("pace.json");
    assertThat(Cli.run("export", "-p", "pace", "--sandbox", "-o", csv.toString()).exitCode).isZero();
    assertThat(Cli.run("export", "-p", "pace", "--sandbox", "-o", json.toString()).exitCode).isZero();

    List<Registration> fromCsv = StartListFiles.read(csv);
    List<Registration> fromJson = StartListFiles.read(json);
    assertThat(fromCsv).hasSize(120).isEqualTo(fromJson);
  }

  @Test
  void settingsComeFromFlagsThenEnvironmentThenFile() throws Exception {
    Path file = dir.resolve("racereg.properties");
    Files.writeString(file, "pace.event=from-file\npace.api-id=file-id\npace.access-code=file-code\n");
    Settings settings = Settings.withEnvironment(Map.of("pace.event", "from-flag"),
        Map.of("RACEREG_PACE_API_ID", "env-id"), file);

    assertThat(settings.require(PaceConnector.EVENT)).isEqualTo("from-flag");
    assertThat(settings.require(PaceConnector.API_ID)).isEqualTo("env-id");
    assertThat(settings.require(PaceConnector.ACCESS_CODE)).isEqualTo("file-code");
    assertThat(settings.toString()).doesNotContain("file-code", "env-id", "from-flag");
  }

  @Test
  void providersListsEveryPlatformWithItsSettings() {
    Cli run = Cli.run("providers");
    assertThat(run.exitCode).isZero();
    for (Connector c : Connectors.all()) {
      assertThat(run.out).contains(c.displayName());
      c.settings().forEach(k -> assertThat(run.out).contains(k.name(), k.envName()));
    }
  }
}
