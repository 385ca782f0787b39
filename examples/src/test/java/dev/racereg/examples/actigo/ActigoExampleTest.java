package dev.racereg.examples.actigo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The onboarding program runs its whole tour against the simulator. */
class ActigoExampleTest {

  @Test
  void theSandboxTourRunsEveryStep() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      ActigoExample.sandbox(out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(printed).contains("Sandbox: the Actigo simulator at http://")
        .contains("40 registrations, for example:")
        .contains("CSV: 40 rows with columns [registration.id, registration.state")
        .contains("Unified statuses: {CANCELLED=")
        .contains("Start numbers pushed: {APPLIED=")
        .contains("External registration: APPLIED Created")
        .contains("Result: [Created]")
        .doesNotContain("Not everything was applied");
  }
}
