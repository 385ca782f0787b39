package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.testing.TestOptions;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A keep-alive connection the server closed while it sat idle in the pool (as web servers do
 * after a few seconds) must not cost a write its truth nor a read its attempts.
 */
class StaleConnectionTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private ApiExecutor executor(RetryPolicy policy) {
    return TestExecutors.on(t.builder(server.url("/").toString()).retryPolicy(policy).build(),
        AuthStrategy.none());
  }

  /** A successful answer after which the server closes the connection without saying so. */
  private static MockResponse okThenCloseSilently() {
    return new MockResponse.Builder().code(200).body("{\"first\":true}")
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  @Test
  void unsafeCallAfterTheServerClosedAnIdleConnectionReachesItOnceAndSucceeds() {
    ApiExecutor executor = executor(RetryPolicy.defaults());
    server.enqueue(okThenCloseSilently());
    server.enqueue(TestExecutors.ok("{\"created\":true}"));
    executor.execute(TestExecutors.get("/first", Idempotency.SAFE), TestExecutors.text());

    String created = executor.execute(TestExecutors.post("/passes", Idempotency.UNSAFE), TestExecutors.text());

    assertThat(created).isEqualTo("{\"created\":true}");
    TestExecutors.take(server);
    RecordedRequest write = TestExecutors.take(server);
    assertThat(write.getTarget()).isEqualTo("/passes");
    assertThat(write.getBody().utf8()).isEqualTo("{\"n\":1}");
    assertThat(server.getRequestCount()).as("requests that reached the server").isEqualTo(2);
    assertThat(t.sleeper.sleeps()).isEmpty();
  }

  @Test
  void unsafeCallsNeverGoOutOnAPooledConnection() {
    ApiExecutor executor = executor(RetryPolicy.defaults());
    server.enqueue(TestExecutors.ok("{}"));
    server.enqueue(TestExecutors.ok("{}"));
    server.enqueue(TestExecutors.ok("{}"));

    executor.execute(TestExecutors.get("/read", Idempotency.SAFE), TestExecutors.text());
    executor.execute(TestExecutors.post("/passes", Idempotency.UNSAFE), TestExecutors.text());
    executor.execute(TestExecutors.post("/passes", Idempotency.UNSAFE), TestExecutors.text());

    RecordedRequest read = TestExecutors.take(server);
    RecordedRequest firstWrite = TestExecutors.take(server);
    RecordedRequest secondWrite = TestExecutors.take(server);
    assertThat(firstWrite.getConnectionIndex()).isNotEqualTo(read.getConnectionIndex());
    assertThat(secondWrite.getConnectionIndex()).isNotEqualTo(firstWrite.getConnectionIndex());
  }

  @Test
  void safeCallDoesNotSpendAnAttemptOnAConnectionThatWasAlreadyDead() {
    // one attempt only: the call succeeds only if the dead connection did not count as one
    ApiExecutor executor = executor(RetryPolicy.none());
    server.enqueue(okThenCloseSilently());
    server.enqueue(TestExecutors.ok("{\"page\":2}"));
    executor.execute(TestExecutors.get("/page/1", Idempotency.SAFE), TestExecutors.text());

    String page = executor.execute(TestExecutors.get("/page/2", Idempotency.SAFE), TestExecutors.text());

    assertThat(page).isEqualTo("{\"page\":2}");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(t.sleeper.sleeps()).as("a fresh connection is not a retry: no backoff").isEmpty();
  }

  @Test
  void aFreshConnectionThatFailsIsAnOrdinaryAttempt() {
    ApiExecutor executor = executor(RetryPolicy.none());
    server.enqueue(new MockResponse.Builder().code(200)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(TestExecutors.ok("{}"));

    assertThatThrownBy(() -> executor.execute(TestExecutors.get("/page/1", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOf(TransportException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unsafeCallOnAConnectionLostAfterSendingStillReportsAnUnknownOutcome() {
    ApiExecutor executor = executor(RetryPolicy.defaults());
    server.enqueue(TestExecutors.ok("{}"));
    server.enqueue(new MockResponse.Builder().code(200)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(TestExecutors.ok("{}"));
    executor.execute(TestExecutors.get("/read", Idempotency.SAFE), TestExecutors.text());

    assertThatThrownBy(() -> executor.execute(TestExecutors.post("/passes", Idempotency.UNSAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(RaceRegException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    assertThat(server.getRequestCount()).as("the body is never sent twice").isEqualTo(2);
  }
}
