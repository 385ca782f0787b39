package dev.racereg.pace;

import mockwebserver3.MockResponse;

/** The doc-derived fixtures under {@code fixtures/docs/pace/ (core test-jar)}. */
final class Fixtures {

  /** The credentials of PACE's own request example. */
  static final String DOC_API_ID = "DQSUCBWE1Y6TM1PYR7JP77AGP9682JHC";
  static final String DOC_API_SECRET = "ULANdvF8Y20cdtfrcqIAbhSZle445VZrfjREOM6+K50=";
  static final String DOC_ACCESS_CODE = "VZ5B066Z";
  static final String DOC_SLUG = "event-with-participants";

  private Fixtures() {}

  static String read(String name) {
    return dev.racereg.core.testing.TestFixtures.doc("pace", name);
  }

  static MockResponse json(int status, String body) {
    return dev.racereg.core.testing.TestFixtures.json(status, body);
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
