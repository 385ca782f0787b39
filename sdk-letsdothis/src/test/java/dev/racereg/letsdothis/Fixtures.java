package dev.racereg.letsdothis;

import dev.racereg.core.testing.TestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import mockwebserver3.MockResponse;

/** Fixture files, responses and API keys for the tests. */
final class Fixtures {

  /** The organiser the test keys belong to. */
  static final String ORGANISER = "204517";

  private Fixtures() {}

  /** A fixture file's text. */
  /**
   * The realistic page of {@code src/test/resources/dev/racereg/letsdothis/}: not from the doc, so
   * kept apart from the doc's examples (see the comment in that folder's notes).
   */
  static String realistic() {
    return dev.racereg.core.testing.TestFixtures.read(Fixtures.class, "participants-realistic.json");
  }

  static String read(String name) {
    return dev.racereg.core.testing.TestFixtures.doc("letsdothis", name);
  }

  /** A JSON response. */
  static MockResponse json(int status, String body) {
    return dev.racereg.core.testing.TestFixtures.json(status, body);
  }

  /** A 200 response with a fixture file. */
  static MockResponse fixture(String name) {
    return json(200, read(name));
  }

  /** An unsigned-looking JWT (the signature is never checked by the client). */
  static String jwt(String claimsJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString("signature-bytes-not-checked".getBytes(StandardCharsets.UTF_8));
  }

  /** A key for {@link #ORGANISER} expiring at {@code exp}. */
  static String key(Instant exp) {
    return jwt("{\"organiserId\":\"" + ORGANISER + "\",\"iat\":" + exp.minusSeconds(86_400 * 365).getEpochSecond()
        + ",\"exp\":" + exp.getEpochSecond() + "}");
  }

  /** A key valid for a year after the test clock's start. */
  static String validKey() {
    return key(TestOptions.NOW.plusSeconds(86_400 * 365));
  }

  /** A client for the mock server at {@code baseUrl}, with the test options. */
  static LetsDoThisClient client(String baseUrl, TestOptions test) {
    return LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(validKey())).options(test.options(baseUrl)).build();
  }

  /** An empty page. */
  static String emptyPage() {
    return "{\"data\":[],\"page\":{\"totalResults\":0,\"first\":null,\"last\":null,\"prev\":null,\"next\":null}}";
  }
}
