package dev.racereg.examples.fftri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FftriExampleTest {

  @Test
  void sandboxTourRunsAgainstTheSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    FftriExample.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Sandbox: FFTri simulator at http://")
        .contains("Connected as: ")
        .contains(": VALID").contains(": WRONG_SEASON").contains(": NOT_FOUND")
        .contains("Event ").contains("Pass created: ").contains("is valid, usable: true").contains("passes");
  }
}
