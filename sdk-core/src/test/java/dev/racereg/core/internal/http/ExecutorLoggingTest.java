package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.testing.TestOptions;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ExecutorLoggingTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private ApiExecutor executor(LogLevel level, Redaction provider) {
    return new ApiExecutor(t.builder(server.url("/").toString()).logLevel(level)
        .retryPolicy(RetryPolicy.none()).build(), TestExecutors.UNUSED_DEFAULT, AuthStrategy.none(),
        new DefaultErrorMapper(), provider);
  }

  private static ApiRequest login() {
    ObjectNode body = Codecs.json().createObjectNode().put("email", "ada@example.com");
    body.put("password", "correct horse");
    return ApiRequest.builder("login", "POST", "/login", Idempotency.SAFE)
        .header("X-Session", "sess-77aa")
        .query("key", "key-value-1")
        .query("page", "2")
        .body(RequestBody.json(body))
        .build();
  }

  @Test
  void valuesOfSecretFieldsEchoedByThePlatformAreMasked() {
    server.enqueue(new MockResponse.Builder().code(400).setHeader("X-Echo", "session sess-77aa")
        .body("{\"message\":\"bad login: password 'correct horse', session sess-77aa, key key-value-1\"}").build());

    Throwable thrown = catchThrowable(() -> executor(LogLevel.BODY,
        Redaction.bodyFields("password").and(Redaction.headers("X-Session")).and(Redaction.queryParams("key")))
        .execute(login(), TestExecutors.text()));

    assertThat(thrown).isInstanceOf(ApiException.class);
    ApiException e = (ApiException) thrown;
    assertThat(e.providerMessage()).contains("bad login: password '****', session ****, key ****");
    assertThat(e.getMessage()).doesNotContain("correct horse", "sess-77aa", "key-value-1");
    assertThat(e.bodyExcerpt()).doesNotContain("correct horse", "sess-77aa", "key-value-1");
    assertThat(t.log.all()).doesNotContain("correct horse", "sess-77aa", "key-value-1")
        .contains("X-Echo: session ****", "\"password\":\"****\"", "key=****", "page=2");
  }

  @Test
  void noneLogsNothing() {
    server.enqueue(TestExecutors.ok("{\"a\":1}"));

    executor(LogLevel.NONE, Redaction.none()).execute(login(), TestExecutors.text());

    assertThat(t.log.lines()).isEmpty();
  }

  @Test
  void basicLogsRequestAndStatusLinesOnly() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Resp", "r").body("{\"a\":1}").build());

    executor(LogLevel.BASIC, Redaction.none()).execute(login(), TestExecutors.text());

    List<String> lines = t.log.lines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("--> POST " + server.url("/login?key=key-value-1&page=2")
        + " (login, attempt 1/1)");
    assertThat(lines.get(1)).matches("<-- 200 POST .*/login\\?key=key-value-1&page=2 \\(\\d+ ms\\)");
  }

  @Test
  void headersLevelAddsHeadersWithSecretsMasked() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Set-Cookie", "sid=abc123")
        .setHeader("X-Resp", "visible").body("{\"a\":1}").build());

    executor(LogLevel.HEADERS, Redaction.headers("x-session")).execute(login(), TestExecutors.text());

    assertThat(t.log.lines()).contains("X-Session: ****", "Set-Cookie: ****", "X-Resp: visible")
        .noneMatch(l -> l.contains("\"email\"") || l.contains("{\"a\":1}"));
  }

  @Test
  void bodyLevelAddsBodiesWithSecretFieldsMasked() {
    server.enqueue(TestExecutors.ok("{\"a\":1}"));

    executor(LogLevel.BODY, Redaction.bodyFields("password")).execute(login(), TestExecutors.text());

    assertThat(t.log.lines()).contains("{\"email\":\"ada@example.com\",\"password\":\"****\"}", "{\"a\":1}");
  }

  @Test
  void longBodiesAreCutInTheLog() {
    String big = "[" + "1,".repeat(5000) + "1]";
    server.enqueue(TestExecutors.ok(big));

    executor(LogLevel.BODY, Redaction.none()).execute(TestExecutors.get("/x", Idempotency.SAFE), TestExecutors.text());

    assertThat(t.log.lines()).anySatisfy(l -> assertThat(l).startsWith("[1,1,").endsWith("... (" + big.length() + " chars)")
        .hasSize(4096 + ("... (" + big.length() + " chars)").length()));
  }
}
