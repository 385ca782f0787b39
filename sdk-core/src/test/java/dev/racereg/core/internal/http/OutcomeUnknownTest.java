package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.testing.TestOptions;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An operation that is not safe to repeat, answered in a way that leaves open whether the
 * platform applied it, says so through {@link RaceRegException#outcomeUnknown()} whatever the
 * exception's type, with the operation's own hint; and it is never sent twice.
 */
class OutcomeUnknownTest {

  private static final String HINT = "list the passes of the competition and look for the licence";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private ApiRequest createPass(Idempotency idempotency) {
    return ApiRequest.builder("test.createPass", "POST", "/passes", idempotency)
        .body(RequestBody.json(Codecs.json().createObjectNode().put("licence", "A12345")))
        .outcomeCheckHint(HINT)
        .build();
  }

  private RaceRegException failureOf(ApiRequest request) {
    return catchThrowableOfType(RaceRegException.class,
        () -> TestExecutors.on(server, t).execute(request, TestExecutors.text()));
  }

  @ParameterizedTest(name = "unsafe answered {0}")
  @ValueSource(ints = {408, 500, 502, 503, 504, 520})
  void unsafeAnsweredWithTimeoutOrServerFailureHasUnknownOutcome(int status) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(status).setHeader("Retry-After", "1")
          .body("{\"message\":\"internal error\"}").build());
    }

    RaceRegException e = failureOf(createPass(Idempotency.UNSAFE));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(((ApiException) e).statusCode()).isEqualTo(status);
    if (status >= 500) {
      assertThat(e).isInstanceOf(ServerException.class);
    }
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.outcomeCheckHint()).contains(HINT);
    assertThat(((ApiException) e).details().outcomeUnknown()).isTrue();
    assertThat(e.getMessage()).contains("HTTP " + status).contains("outcome unknown")
        .contains("to find out: " + HINT);
    assertThat(server.getRequestCount()).as("never resent").isEqualTo(1);
    assertThat(t.sleeper.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "unsafe answered {0}")
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 429})
  void unsafeRefusedHasKnownOutcome(int status) {
    server.enqueue(TestExecutors.status(status, "{\"message\":\"refused\"}"));

    RaceRegException e = failureOf(createPass(Idempotency.UNSAFE));

    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.outcomeCheckHint()).isEmpty();
    assertThat(e.getMessage()).doesNotContain("outcome unknown");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void safeOperationAnswered500HasKnownOutcome() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(TestExecutors.status(500, "{\"message\":\"internal error\"}"));
    }

    RaceRegException e = failureOf(createPass(Idempotency.SAFE));

    assertThat(e.outcomeUnknown()).as("repeating a safe operation is harmless").isFalse();
    assertThat(e.outcomeCheckHint()).isEmpty();
  }

  @Test
  void connectionResetAfterSendingIsAskedTheSameWay() {
    server.enqueue(new MockResponse.Builder().code(200)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());

    RaceRegException e = failureOf(createPass(Idempotency.UNSAFE));

    assertThat(e).isInstanceOf(TransportException.class);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.outcomeCheckHint()).contains(HINT);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectionRefusedHasKnownOutcome() {
    ApiExecutor refused = TestExecutors.on(t.options("http://127.0.0.1:" + TestExecutors.closedPort() + "/"),
        dev.racereg.core.internal.auth.AuthStrategy.none());

    RaceRegException e = catchThrowableOfType(RaceRegException.class,
        () -> refused.execute(createPass(Idempotency.UNSAFE), TestExecutors.text()));

    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.outcomeCheckHint()).isEmpty();
  }
}
