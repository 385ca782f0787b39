package dev.racereg.examples.reliability;

import dev.racereg.core.testing.TestOptions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** Hostile answers a platform (or what stands in front of it) can give, shared by the matrices. */
final class Faults {

  /** The test clock's instant plus five seconds: what every dated {@code Retry-After} asks for. */
  static final ZonedDateTime IN_FIVE_SECONDS = TestOptions.NOW.plusSeconds(5).atZone(ZoneOffset.UTC);

  static final String RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.format(IN_FIVE_SECONDS);
  static final String RFC_850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US)
      .format(IN_FIVE_SECONDS);
  static final String ASCTIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US)
      .format(IN_FIVE_SECONDS);

  private Faults() {}

  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body("{\"message\":\"temporarily unavailable\"}").build();
  }

  static MockResponse status(int code, String retryAfter) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .setHeader("Retry-After", retryAfter).body("{\"message\":\"temporarily unavailable\"}").build();
  }

  /** The connection is shut down before a byte of the answer is written. */
  static MockResponse resetBeforeResponse() {
    return new MockResponse.Builder().code(200).onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  /**
   * Headers announcing {@code body} whole, then only its first {@code sent} characters, then the
   * connection is shut down: the body is cut exactly there.
   */
  static MockResponse cutAfter(String body, String sent) {
    int length = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(sent)
        .setHeader("Content-Length", Integer.toString(length))
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  /** A 200 whose body is cut in the middle (a complete HTTP message, an incomplete document). */
  static MockResponse truncated(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body.substring(0, body.length() / 2)).build();
  }

  /** A maintenance page served with 200, as proxies and CDNs do. */
  static MockResponse html() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
        .body("<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>").build();
  }

  /** A 200 with nothing in it. */
  static MockResponse empty() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("").build();
  }

  /** The headers at once, the body only after {@code millis}: slower than a short read timeout. */
  static MockResponse slowBody(String body, long millis) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body)
        .bodyDelay(millis, TimeUnit.MILLISECONDS).build();
  }

  /** RunSignup's throttle: error code 14 inside a 200. */
  static MockResponse runSignupThrottle() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"error\":{\"error_code\":14,\"error_msg\":\"Request throttled\"}}").build();
  }
}
