package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.testing.RecordingLogSink;
import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The redacting log alone: what each level writes, and that nothing secret is written. */
class HttpLogTest {

  private final RecordingLogSink sink = new RecordingLogSink();
  private final Redactor redactor = new Redactor(Redaction.headers("X-Api-Secret")
      .and(Redaction.queryParams("key")).and(Redaction.secretValues("s3cr3t-value")));

  private static ApiRequest request() {
    return ApiRequest.builder("things.list", "GET", "/things", Idempotency.SAFE)
        .header("X-Api-Secret", "s3cr3t-value")
        .header("Accept", "application/json")
        .build();
  }

  private void exchange(LogLevel level) {
    HttpLog log = new HttpLog(level, sink);
    log.request(request(), "https://h/things?key=****", 2, 3, redactor);
    log.response(200, Headers.of("X-Api-Secret", "s3cr3t-value", "Content-Type", "text/plain"), "GET",
        "https://h/things?key=****", 12, redactor);
    log.responseBody("hello s3cr3t-value", redactor);
  }

  @Test
  void noneWritesNothing() {
    exchange(LogLevel.NONE);
    assertThat(sink.lines()).isEmpty();
  }

  @Test
  void basicWritesTheRequestAndStatusLinesOnly() {
    exchange(LogLevel.BASIC);
    assertThat(sink.lines()).containsExactly(
        "--> GET https://h/things?key=**** (things.list, attempt 2/3)",
        "<-- 200 GET https://h/things?key=**** (12 ms)");
  }

  @Test
  void headersAreWrittenWithSecretsMasked() {
    exchange(LogLevel.HEADERS);
    assertThat(sink.lines()).contains("X-Api-Secret: ****", "Accept: application/json",
        "Content-Type: text/plain").doesNotContain("hello ****");
    assertThat(sink.all()).doesNotContain("s3cr3t-value");
  }

  @Test
  void bodiesAreRedactedThenCut() {
    HttpLog log = new HttpLog(LogLevel.BODY, sink);
    String body = "x".repeat(HttpLog.LOGGED_BODY_CHARS - 4) + "s3cr3t-value" + "y".repeat(100);
    log.responseBody(body, redactor);

    String line = sink.lines().get(0);
    // masked before cutting: the first half of the secret does not survive at the cut
    assertThat(line).startsWith("x".repeat(HttpLog.LOGGED_BODY_CHARS - 4) + "****")
        .endsWith("... (" + (body.length() - "s3cr3t-value".length() + 4) + " chars)")
        .doesNotContain("s3cr");
  }

  @Test
  void theRetryDecisionIsOneBasicLine() {
    new HttpLog(LogLevel.BASIC, sink).retrying("things.list", Duration.ofMillis(250), "HTTP 503 from GET https://h/");
    new HttpLog(LogLevel.NONE, sink).retrying("things.list", Duration.ofMillis(250), "HTTP 503");
    assertThat(sink.lines()).containsExactly("<-- retrying things.list in 250 ms after: HTTP 503 from GET https://h/");
  }
}
