package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.Idempotency;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks with seeded generators. Each run uses a fresh seed, printed in every
 * failure message: rerun with {@code -Dracereg.seed=<seed>} to reproduce.
 */
class PropertyTest {

  private static long seed() {
    String fixed = System.getProperty("racereg.seed");
    return fixed != null ? Long.parseLong(fixed) : new Random().nextLong();
  }

  /** Characters that make redaction and encoding interesting. */
  private static final String SECRET_CHARS =
      "abcXYZ0189-_.~ !\"#$%&'()*+,/:;<=>?@[\\]^`{|}éü東😀";

  private static String randomString(Random r, String alphabet, int min, int max) {
    int[] cps = alphabet.codePoints().toArray();
    int len = min + r.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.appendCodePoint(cps[r.nextInt(cps.length)]);
    }
    return sb.toString();
  }

  @Test
  void redactedTextNeverContainsASecret() {
    long seed = seed();
    Random r = new Random(seed);
    for (int run = 0; run < 3000; run++) {
      List<String> secrets = new ArrayList<>();
      int count = 1 + r.nextInt(3);
      for (int i = 0; i < count; i++) {
        secrets.add(randomString(r, SECRET_CHARS, Redaction.MIN_SECRET_LENGTH, 16));
      }
      Redactor redactor = new Redactor(Redaction.secretValues(secrets));
      StringBuilder text = new StringBuilder(randomString(r, SECRET_CHARS, 0, 20));
      int insertions = 1 + r.nextInt(4);
      for (int i = 0; i < insertions; i++) {
        String secret = secrets.get(r.nextInt(secrets.size()));
        String form = switch (r.nextInt(4)) {
          case 0 -> URLEncoder.encode(secret, StandardCharsets.UTF_8);
          case 1 -> ApiRequest.encodePathSegment(secret);
          default -> secret;
        };
        text.insert(r.nextInt(text.length() + 1), form);
        text.append(randomString(r, SECRET_CHARS, 0, 5));
      }

      String shown = redactor.text(text.toString());

      for (String secret : secrets) {
        assertThat(shown).as("seed %s run %s: secret [%s] in [%s] -> [%s]", seed, run, secret, text, shown)
            .doesNotContain(secret)
            .doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8))
            .doesNotContain(ApiRequest.encodePathSegment(secret));
      }
    }
  }

  /** Code points from several scripts and planes, with the characters URLs treat specially. */
  private static final String PATH_CHARS =
      "aZ09-._~!$&'()*+,;=:@/?#[]% \"<>\\^`{|}\t\u00e9\u00df\u0416\u05d0\u0627\u6771\u4eac\ud83c\udfc3\ud83d\ude00\u00a0";

  @Test
  void pathParametersRoundTripThroughOkHttp() {
    long seed = seed();
    Random r = new Random(seed);
    HttpUrl base = HttpUrl.get("https://api.example.com/v1/");
    for (int run = 0; run < 3000; run++) {
      String value = randomString(r, PATH_CHARS, 0, 12);
      if (value.isEmpty() || value.equals(".") || value.equals("..")) {
        String v = value;
        assertThatThrownBy(() -> ApiRequest.builder("op", "GET", "/events/{id}/x", Idempotency.SAFE).pathParam("id", v))
            .as("seed %s value [%s]", seed, v).isInstanceOf(ValidationException.class);
        continue;
      }

      ApiRequest request = ApiRequest.builder("op", "GET", "/events/{id}/registrations", Idempotency.SAFE)
          .pathParam("id", value).build();
      // joined as the executor joins it
      HttpUrl url = base.newBuilder().encodedPath("/v1" + request.path()).build();

      assertThat(url.pathSegments()).as("seed %s value [%s] path %s", seed, value, request.path())
          .containsExactly("v1", "events", value, "registrations");
    }
  }

  @Test
  void dotsAloneAreOnlyRefusedAsAWholeSegment() {
    assertThat(HttpUrl.get("https://h/").newBuilder().encodedPath(ApiRequest.builder("op", "GET", "/a/{id}",
        Idempotency.SAFE).pathParam("id", "...").build().path()).build().pathSegments()).containsExactly("a", "...");
  }

  @Test
  void retryAfterSecondsParseExactly() {
    long seed = seed();
    Random r = new Random(seed);
    Instant now = Instant.parse("2026-05-01T10:00:00Z");
    for (int run = 0; run < 3000; run++) {
      long seconds = switch (r.nextInt(3)) {
        case 0 -> r.nextInt(120);
        case 1 -> r.nextInt(Integer.MAX_VALUE);
        default -> r.nextLong() & Long.MAX_VALUE;
      };
      String zeros = "0".repeat(r.nextInt(3));
      String pad = r.nextBoolean() ? " " : "";

      Optional<Duration> parsed = RetryAfter.parse(pad + zeros + seconds + pad, now);

      assertThat(parsed).as("seed %s value [%s]", seed, pad + zeros + seconds + pad)
          .contains(Duration.ofSeconds(seconds));
    }
  }

  @Test
  void retryAfterDatesParseRelativeToNow() {
    long seed = seed();
    Random r = new Random(seed);
    for (int run = 0; run < 1000; run++) {
      Instant now = Instant.ofEpochSecond(1_600_000_000L + r.nextInt(400_000_000));
      long offset = r.nextInt(2_000_000) - 1_000_000;
      String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(offset).atOffset(ZoneOffset.UTC));

      Optional<Duration> parsed = RetryAfter.parse(date, now);

      assertThat(parsed).as("seed %s date [%s] now %s", seed, date, now)
          .contains(Duration.ofSeconds(Math.max(0, offset)));
    }
  }

  @Test
  void retryAfterOddValues() {
    Instant now = Instant.parse("2026-05-01T10:00:00Z");

    assertThat(RetryAfter.parse(null, now)).isEmpty();
    assertThat(RetryAfter.parse("  ", now)).isEmpty();
    assertThat(RetryAfter.parse("-5", now)).isEmpty();
    assertThat(RetryAfter.parse("1.5", now)).isEmpty();
    assertThat(RetryAfter.parse("5s", now)).isEmpty();
    assertThat(RetryAfter.parse("Friday", now)).isEmpty();
    assertThat(RetryAfter.parse("99999999999999999999999", now)).as("beyond a long: a very long wait, not an error")
        .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365 * 100)));
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", now)).contains(Duration.ZERO);
  }
}
