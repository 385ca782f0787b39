package dev.racereg.examples.pace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaceExampleTest {

  @Test
  void withoutCredentialsTheTourRunsAgainstTheSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    PaceExample.run(Map.of("PACE_API_ID", "only one of four variables"), out);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Talking to the PACE simulator at http://");
    assertThat(printed).containsPattern("Participants per distance: \\{.+=\\d+");
    assertThat(printed).contains("Latest update: ").contains("status succeeded").doesNotContain("Latest update: ?");
    assertThat(printed).contains("Finnish keys: [Tapahtuma");
    assertThat(printed).contains("Newest change: 20");
    assertThat(printed).contains("Changed in the last day: pace:");
  }
}
