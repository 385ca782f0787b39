package dev.racereg.letsdothis;

import dev.racereg.core.testing.TestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  /** A JSON response. */
  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
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
    return LetsDoThisClient.builder().apiKey(validKey()).options(test.options(baseUrl)).build();
  }

  /** An empty page. */
  static String emptyPage() {
    return "{\"data\":[],\"page\":{\"totalResults\":0,\"first\":null,\"last\":null,\"prev\":null,\"next\":null}}";
  }
}
