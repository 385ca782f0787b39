package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.internal.auth.BearerTokenAuth;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.codec.JsonArrayStream;
import dev.racereg.core.testing.TestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A call that succeeds with logging off shows nothing, so it builds no redactor and asks no
 * success-body check of a mapper that keeps the default; a log line, an error or a decoding
 * failure still gets the full redactor.
 */
class QuietCallCostTest {

  private static final String TOKEN = "tok-quiet-0123456789";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private ApiExecutor executor(LogLevel level) {
    return new ApiExecutor(t.builder(server.url("/").toString()).logLevel(level)
        .retryPolicy(RetryPolicy.none()).build(), TestExecutors.UNUSED_DEFAULT,
        new BearerTokenAuth(Secret.of(TOKEN)), new DefaultErrorMapper());
  }

  private static ApiRequest get() {
    return ApiRequest.builder("quiet.get", "GET", "/p", Idempotency.SAFE).query("q", "1").build();
  }

  @Test
  void aSuccessfulCallWithLoggingOffBuildsNoRedactorAndLogsNothing() {
    ApiExecutor executor = executor(LogLevel.NONE);
    for (int i = 0; i < 3; i++) {
      server.enqueue(TestExecutors.ok("{\"a\":1}"));
      assertThat(executor.execute(get(), TestExecutors.text())).isEqualTo("{\"a\":1}");
    }

    assertThat(executor.redactors().requestRedactorsBuilt()).isZero();
    assertThat(t.log.all()).isEmpty();
  }

  @Test
  void everyLoggedAttemptGetsItsRedactor() {
    ApiExecutor executor = executor(LogLevel.BASIC);
    server.enqueue(TestExecutors.ok("{\"a\":1}"));
    server.enqueue(TestExecutors.ok("{\"a\":1}"));

    executor.execute(get(), TestExecutors.text());
    executor.execute(get(), TestExecutors.text());

    assertThat(executor.redactors().requestRedactorsBuilt()).isEqualTo(2);
    assertThat(t.log.all()).contains("--> GET").doesNotContain(TOKEN);
  }

  @Test
  void anErrorStatusWithLoggingOffIsStillRedacted() {
    ApiExecutor executor = executor(LogLevel.NONE);
    server.enqueue(TestExecutors.status(400, "{\"message\":\"bad token " + TOKEN + "\"}"));

    Throwable thrown = catchThrowable(() -> executor.execute(get(), TestExecutors.text()));

    assertThat(thrown).isInstanceOf(ApiException.class);
    assertThat(((ApiException) thrown).providerMessage()).contains("bad token ****");
    assertThat(executor.redactors().requestRedactorsBuilt()).isEqualTo(1);
  }

  @Test
  void aDecodingFailureWithLoggingOffIsStillRedacted() {
    ApiExecutor executor = executor(LogLevel.NONE);
    server.enqueue(TestExecutors.ok("not json " + TOKEN));

    Throwable thrown = catchThrowable(() -> executor.execute(get(),
        c -> dev.racereg.core.internal.codec.Codecs.json().readTree(c.bytes())));

    assertThat(thrown).isInstanceOf(DecodingException.class);
    assertThat(((DecodingException) thrown).getMessage()).doesNotContain(TOKEN);
    assertThat(((DecodingException) thrown).excerpt()).isEqualTo("not json ****");
  }

  @Test
  void onlyAMapperThatOverridesTheSuccessBodyCheckIsAskedIt() {
    assertThat(Exchange.inspectsSuccessBodies(new DefaultErrorMapper())).isFalse();
    assertThat(Exchange.inspectsSuccessBodies(r -> null)).isFalse();
    assertThat(Exchange.inspectsSuccessBodies(new DefaultErrorMapper() {
      @Override
      public Optional<ApiException> fromSuccessBody(ErrorResponse response) {
        return Optional.empty();
      }
    })).isTrue();
  }

  @Test
  void aMapperThatInspectsSuccessBodiesStillTurnsThemIntoErrors() {
    ApiExecutor executor = new ApiExecutor(t.builder(server.url("/").toString())
        .retryPolicy(RetryPolicy.none()).build(), TestExecutors.UNUSED_DEFAULT, AuthStrategy.none(),
        new DefaultErrorMapper() {
          @Override
          public Optional<ApiException> fromSuccessBody(ErrorResponse response) {
            return response.bodyText().contains("\"error\"")
                ? Optional.of(fromErrorStatus(response)) : Optional.empty();
          }
        });
    server.enqueue(TestExecutors.ok("{\"error\":\"in a 200\"}"));

    Throwable thrown = catchThrowable(() -> executor.execute(get(), TestExecutors.text()));

    assertThat(thrown).isInstanceOf(ApiException.class);
    assertThat(((ApiException) thrown).providerMessage()).contains("in a 200");
  }

  @Test
  void aStreamReadToItsEndWithLoggingOffBuildsNoRedactor() {
    ApiExecutor executor = executor(LogLevel.NONE);
    server.enqueue(TestExecutors.ok("[{\"n\":1},{\"n\":2}]"));

    try (Stream<JsonNode> items = executor.stream(get(), (in, response, redactor) ->
        JsonArrayStream.<JsonNode>open(in, Codecs.json().readerFor(JsonNode.class), response).stream())) {
      assertThat(items.map(n -> n.get("n").asInt()).toList()).containsExactly(1, 2);
    }

    assertThat(executor.redactors().requestRedactorsBuilt()).isZero();
  }

  @Test
  void aStreamerThatReportsAnErrorGetsTheAttemptsFullRedactor() {
    ApiExecutor executor = executor(LogLevel.NONE);
    server.enqueue(TestExecutors.ok("{\"error\":\"bad token " + TOKEN + "\"}"));

    Throwable thrown = catchThrowable(() -> executor.stream(get(), (in, response, redactor) -> {
      String body;
      try {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new IllegalStateException(redactor.get().text(body));
    }));

    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("bad token ****")
        .hasMessageNotContaining(TOKEN);
    assertThat(executor.redactors().requestRedactorsBuilt()).isEqualTo(1);
  }
}
