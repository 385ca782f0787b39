package dev.racereg.examples.runsignup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSignupExampleTest {

  @Test
  void theSandboxTourRunsEveryStepAgainstTheSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RunSignupExample.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("using the built-in RunSignup simulator");
    assertThat(out).containsPattern("Race 12345: .+");
    assertThat(out).containsPattern("\\d+ participants");
    assertThat(out).contains("Removed participants by reason: {");
    assertThat(out).containsPattern("Unified: \\d+ registrations, \\d+ on the start list");
    assertThat(out).contains("Registration periods set: 2");
    assertThat(out).contains("bib 8001 -> APPLIED").contains("bib 8002 -> APPLIED");
    assertThat(out).containsPattern("1\\. .+ 0:17:42");
    assertThat(out).containsPattern("2\\. .+ 0:18:05");
  }

  @Test
  void realModeNeedsBothARaceAndCredentials() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RunSignupExample.run(Map.of("RUNSIGNUP_API_KEY", "k"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("using the built-in RunSignup simulator");
  }
}
