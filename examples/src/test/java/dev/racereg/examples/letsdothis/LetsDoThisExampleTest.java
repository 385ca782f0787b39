package dev.racereg.examples.letsdothis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example runs against the simulator without an account and shows each step. */
class LetsDoThisExampleTest {

  @Test
  void theTourRunsAgainstTheSimulatorByDefault() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LetsDoThisExample.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("Talking to the Let's Do This simulator at http://")
        .containsPattern("Organiser \\d+, key expires \\d{4}-")
        .containsPattern("Race \\d+: \\d+ participants")
        .contains("By booking status: {")
        .containsPattern("First participant: \\S+ \\S+, born \\d{4}-\\d\\d-\\d\\d")
        .contains("GBP")
        .containsPattern("Event \\d+ sells \\d+ tickets")
        .containsPattern("Unified: letsdothis:\\w+ ")
        .contains("Created Seaside Lifeboat Fund with 25 reserved entries; claim link https://")
        .contains("Partners named like 'lifeboat': 1")
        .containsPattern("New since \\S+: letsdothis:\\w+ CONFIRMED \\S+");
    assertThat(out.lines().filter(l -> l.startsWith("New since"))).hasSize(1);
  }
}
