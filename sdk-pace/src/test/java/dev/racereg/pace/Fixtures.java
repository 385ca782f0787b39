package dev.racereg.pace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/** The doc-derived fixtures under {@code src/test/resources/dev/racereg/pace/}. */
final class Fixtures {

  /** The credentials of PACE's own request example. */
  static final String DOC_API_ID = "DQSUCBWE1Y6TM1PYR7JP77AGP9682JHC";
  static final String DOC_API_SECRET = "ULANdvF8Y20cdtfrcqIAbhSZle445VZrfjREOM6+K50=";
  static final String DOC_ACCESS_CODE = "VZ5B066Z";
  static final String DOC_SLUG = "event-with-participants";

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
  }

  static MockResponse fixture(String name) {
    return json(200, read(name));
  }

  static PaceClient client(String baseUrl, dev.racereg.core.testing.TestOptions test) {
    return PaceClient.builder()
        .credentials(PaceCredentials.of(DOC_API_ID, DOC_API_SECRET))
        .options(test.options(baseUrl))
        .build();
  }
}
