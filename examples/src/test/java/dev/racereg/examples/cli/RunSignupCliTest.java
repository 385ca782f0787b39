package dev.racereg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** RunSignup's 2027 settings in the command line: caller registration, deprecated temporary keys. */
class RunSignupCliTest {

  @Test
  void providersListsTheRegistrationAndMarksTemporaryKeysDeprecated() {
    Cli run = Cli.run("providers");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("runsignup.api-reg-token").contains("RACEREG_RUNSIGNUP_API_REG_TOKEN")
        .contains("runsignup.api-reg-secret").contains("RACEREG_RUNSIGNUP_API_REG_SECRET")
        .contains("2027-01-01");
    String emailLine = run.out.lines().filter(l -> l.contains("runsignup.email")).findFirst().orElseThrow();
    assertThat(emailLine).contains("DEPRECATED");
  }

  @Test
  void theSandboxRequiresAndHandsOutARegistration() {
    try (Sandbox sandbox = new RunSignupConnector().startSandbox()) {
      assertThat(sandbox.settings().get(RunSignupConnector.REG_TOKEN)).isPresent();
      assertThat(sandbox.settings().get(RunSignupConnector.REG_SECRET)).isPresent();
      // without the registration the sandbox refuses, as RunSignup will from 2027-01-01
      Cli refused = Cli.run("export", "-p", "runsignup", "--base-url", sandbox.baseUrl(),
          "--set", "runsignup.race-id=" + sandbox.settings().require(RunSignupConnector.RACE),
          "--set", "runsignup.rsu-api-key=" + sandbox.settings().require(RunSignupConnector.RSU_KEY),
          "--set", "runsignup.rsu-api-secret=" + sandbox.settings().require(RunSignupConnector.RSU_SECRET));
      assertThat(refused.exitCode).isEqualTo(ExitCode.AUTH_FAILURE.code());
      assertThat(refused.err).contains("API caller registration")
          .doesNotContain(sandbox.settings().require(RunSignupConnector.RSU_SECRET));
    }
    Cli ok = Cli.run("export", "-p", "runsignup", "--sandbox");
    assertThat(ok.exitCode).isZero();
    assertThat(ok.err).doesNotContain("no RunSignup API caller registration");
  }

  @Test
  void halfARegistrationIsBadInput() {
    Cli half = Cli.run("export", "-p", "runsignup", "--set", "runsignup.race-id=1",
        "--set", "runsignup.rsu-api-key=k", "--set", "runsignup.rsu-api-secret=s",
        "--set", "runsignup.api-reg-token=1.tok3n", "--base-url", "http://127.0.0.1:9/Rest");
    assertThat(half.exitCode).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(half.err).contains("runsignup.api-reg-secret").doesNotContain("1.tok3n");
  }

  @Test
  void temporaryKeysWarnOnceForAWholeCommand() {
    try (Sandbox sandbox = new RunSignupConnector().startSandbox()) {
      Cli run = Cli.run("export", "-p", "runsignup", "--base-url", sandbox.baseUrl(),
          "--set", "runsignup.race-id=" + sandbox.settings().require(RunSignupConnector.RACE),
          "--set", "runsignup.email=race.director@example.com", "--set", "runsignup.password=Sc1oto-River-42",
          "--set", "runsignup.api-reg-token=" + sandbox.settings().require(RunSignupConnector.REG_TOKEN),
          "--set", "runsignup.api-reg-secret=" + sandbox.settings().require(RunSignupConnector.REG_SECRET));
      assertThat(run.err.split("deprecated e-mail/password", -1)).hasSize(2);
    }
  }

  @Test
  void temporaryKeysAreTheOnlyWarningWhenRegistered() {
    Settings settings = Settings.withEnvironment(Map.of(), Map.of("RACEREG_RUNSIGNUP_EMAIL", "rd@example.com",
        "RACEREG_RUNSIGNUP_PASSWORD", "pw-123456", "RACEREG_RUNSIGNUP_API_REG_TOKEN", "1.tok",
        "RACEREG_RUNSIGNUP_API_REG_SECRET", "sec"), null);
    assertThat(new RunSignupConnector().warnings(settings)).singleElement().asString()
        .contains("deprecated").contains("2026-02-01");
  }
}
