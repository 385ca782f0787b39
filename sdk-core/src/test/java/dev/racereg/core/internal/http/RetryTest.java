package dev.racereg.core.internal.http;

import static dev.racereg.core.internal.http.TestExecutors.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.ConflictException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.UnprocessableEntityException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.TestOptions;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  /** Defaults, with the jitter pinned so waits are exact: 500 ms, then 1 s. */
  private ApiExecutor executor() {
    return executor(RetryPolicy.builder().random(() -> 0.0).build());
  }

  private ApiExecutor executor(RetryPolicy policy) {
    return TestExecutors.on(t.builder(server.url("/").toString()).retryPolicy(policy).build(),
        AuthStrategy.none());
  }

  private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);

  private static final Map<Integer, Class<? extends ApiException>> EXCEPTION = Map.ofEntries(
      Map.entry(400, BadRequestException.class), Map.entry(401, AuthenticationException.class),
      Map.entry(403, PermissionDeniedException.class), Map.entry(404, NotFoundException.class),
      Map.entry(408, ApiException.class), Map.entry(409, ConflictException.class),
      Map.entry(422, UnprocessableEntityException.class), Map.entry(429, RateLimitException.class),
      Map.entry(500, ServerException.class), Map.entry(502, ServerException.class),
      Map.entry(503, ServerException.class), Map.entry(504, ServerException.class));

  static Stream<Arguments> statusTable() {
    List<Arguments> rows = new ArrayList<>();
    for (int status : List.of(400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504)) {
      rows.add(Arguments.of(status, Idempotency.SAFE, RETRYABLE.contains(status) ? 3 : 1));
      rows.add(Arguments.of(status, Idempotency.UNSAFE, 1));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {1} -> {2} attempt(s)")
  @MethodSource("statusTable")
  void statusRetryTable(int status, Idempotency idempotency, int expectedAttempts) {
    for (int i = 0; i < 4; i++) {
      server.enqueue(TestExecutors.status(status, "{\"message\":\"attempt failed\"}"));
    }

    assertThatThrownBy(() -> executor().execute(TestExecutors.post("/passes", idempotency), TestExecutors.text()))
        .isExactlyInstanceOf(EXCEPTION.get(status))
        .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(status));

    assertThat(server.getRequestCount()).isEqualTo(expectedAttempts);
    List<Duration> expectedSleeps = expectedAttempts == 3
        ? List.of(Duration.ofMillis(500), Duration.ofMillis(1000)) : List.of();
    assertThat(t.sleeper.sleeps()).isEqualTo(expectedSleeps);
  }

  @Test
  void retriedRequestSucceedsAndIsSentIdentically() {
    server.enqueue(TestExecutors.status(503, "down"));
    server.enqueue(TestExecutors.status(502, "bad gateway"));
    server.enqueue(TestExecutors.ok("{\"done\":true}"));

    String body = executor().execute(TestExecutors.post("/sync", Idempotency.SAFE), TestExecutors.text());

    assertThat(body).isEqualTo("{\"done\":true}");
    for (int i = 0; i < 3; i++) {
      var recorded = take(server);
      assertThat(recorded.getMethod()).isEqualTo("POST");
      assertThat(recorded.getBody().utf8()).isEqualTo("{\"n\":1}");
    }
    assertThat(t.log.all()).contains("<-- retrying test.post in 500 ms after: HTTP 503",
        "(test.post, attempt 3/3)");
  }

  private static MockResponse dropped() {
    return new MockResponse.Builder().code(200).body("{}")
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  @Test
  void droppedConnectionIsRetriedForSafeOperations() {
    server.enqueue(dropped());
    server.enqueue(dropped());
    server.enqueue(TestExecutors.ok("[1]"));

    String body = executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text());

    assertThat(body).isEqualTo("[1]");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void droppedConnectionOnAnUnsafeOperationIsAnUnknownOutcome() {
    server.enqueue(dropped());
    server.enqueue(TestExecutors.ok("{}"));
    ApiRequest create = ApiRequest.builder("fftri.createPass", "POST", "/passes", Idempotency.UNSAFE)
        .body(RequestBody.text("{}", "application/json"))
        .outcomeCheckHint("list the trial's passes and look for this athlete")
        .build();

    assertThatThrownBy(() -> executor().execute(create, TestExecutors.text()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.outcomeUnknown()).isTrue();
          assertThat(e.requestMayHaveBeenSent()).isTrue();
          assertThat(e.getMessage()).startsWith("outcome unknown: fftri.createPass POST ")
              .contains("not retried automatically")
              .contains("to find out: list the trial's passes and look for this athlete");
          assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(t.sleeper.sleeps()).isEmpty();
  }

  @Test
  void refusedConnectionIsRetriedEvenForUnsafeOperations() {
    ApiExecutor executor = TestExecutors.on(t.builder("http://127.0.0.1:" + TestExecutors.closedPort())
        .retryPolicy(RetryPolicy.builder().random(() -> 0.0).build()).build(), AuthStrategy.none());

    assertThatThrownBy(() -> executor.execute(TestExecutors.post("/passes", Idempotency.UNSAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.requestMayHaveBeenSent()).isFalse();
          assertThat(e.outcomeUnknown()).isFalse();
          assertThat(e.getMessage()).doesNotContain("outcome unknown");
        });
    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(t.log.lines()).filteredOn(l -> l.startsWith("--> POST")).hasSize(3);
  }

  @Test
  void backoffDoublesUpToTheCap() {
    for (int i = 0; i < 7; i++) {
      server.enqueue(TestExecutors.status(503, ""));
    }
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(7).random(() -> 0.0).build();

    assertThatThrownBy(() -> executor(policy).execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOf(ServerException.class);

    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(8));
    assertThat(server.getRequestCount()).isEqualTo(7);
  }

  @Test
  void jitterShortensTheWaitByItsShareOfTheRandomValue() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(TestExecutors.status(504, ""));
    }
    RetryPolicy policy = RetryPolicy.builder().jitter(0.5).random(() -> 0.5).build();

    assertThatThrownBy(() -> executor(policy).execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOf(ServerException.class);

    // 500 ms * (1 - 0.5 * 0.5), then 1 s * (1 - 0.5 * 0.5)
    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750));
  }

  @Test
  void jitterStaysWithinItsBounds() {
    RaceRegException failure = new TransportException("dropped", null, true, false);
    for (double r : new double[] {0.0, 0.1, 0.5, 0.9, 0.999999}) {
      RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).random(() -> r).build();
      for (int attempt = 1; attempt < 10; attempt++) {
        long base = Math.min(500L << (attempt - 1), 8000L);
        Duration wait = policy.nextDelay(Idempotency.SAFE, failure, attempt).orElseThrow();
        assertThat(wait.toNanos()).as("random %s attempt %s", r, attempt)
            .isBetween((long) (base * 1_000_000L * 0.8), base * 1_000_000L);
      }
    }
  }

  @Test
  void retryAfterInSecondsIsWaitedFor() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").body("slow down").build());
    server.enqueue(TestExecutors.ok("{}"));

    executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text());

    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterAsAnHttpDateIsRelativeToTheClientClock() {
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        TestOptions.NOW.plusSeconds(42).atOffset(ZoneOffset.UTC));
    assertThat(at).isEqualTo("Fri, 1 May 2026 10:00:42 GMT");
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", at).build());
    server.enqueue(TestExecutors.ok("{}"));

    executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text());

    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofSeconds(42));
  }

  @ParameterizedTest(name = "503 Retry-After: {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Fri, 01 May 2026 10:00:42 GMT", "Friday, 01-May-26 10:00:42 GMT", "Fri May  1 10:00:42 2026", "42"})
  void retryAfterInEveryFormIsWaitedFor(String retryAfter) {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", retryAfter).build());
    server.enqueue(TestExecutors.ok("{}"));

    executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text());

    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofSeconds(42));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void safeReadAnswered500IsRetriedAndSucceeds() {
    server.enqueue(TestExecutors.status(500, "{\"message\":\"internal error\"}"));
    server.enqueue(TestExecutors.ok("{\"ok\":true}"));

    String body = executor().execute(TestExecutors.get("/licence", Idempotency.SAFE), TestExecutors.text());

    assertThat(body).isEqualTo("{\"ok\":true}");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void a500IsNotRetriedWhenThePolicyLeavesItOut() {
    server.enqueue(TestExecutors.status(500, "{}"));
    server.enqueue(TestExecutors.ok("{}"));
    ApiExecutor strict = executor(RetryPolicy.builder().retryableStatuses(Set.of(502, 503, 504)).build());

    assertThatThrownBy(() -> strict.execute(TestExecutors.get("/licence", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterAboveTheCapIsThrownAtOnce() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "61")
        .body("{\"error\":{\"code\":\"rate_limited\",\"message\":\"try later\"}}").build());
    server.enqueue(TestExecutors.ok("{}"));

    assertThatThrownBy(() -> executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(61));
          assertThat(e.providerCode()).contains("rate_limited");
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(t.sleeper.sleeps()).isEmpty();
  }

  @Test
  void retryAfterAtTheCapIsStillWaitedFor() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "60").build());
    server.enqueue(TestExecutors.ok("{}"));

    executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text());

    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void exhaustedRateLimitKeepsTheAskedWait() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build());
    }

    assertThatThrownBy(() -> executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(2)));
    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void retryAfterOnAServiceUnavailableIsWaitedFor() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3").body("maintenance").build());
    server.enqueue(TestExecutors.ok("{}"));

    executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text());

    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void longMaintenanceWindowIsThrownAtOnce() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3600").build());
    server.enqueue(TestExecutors.ok("{}"));

    assertThatThrownBy(() -> executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(ServerException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(t.sleeper.sleeps()).isEmpty();
  }

  @Test
  void unreadableRetryAfterFallsBackToBackoff() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "soon").build());
    server.enqueue(TestExecutors.ok("{}"));

    executor().execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text());

    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void noRetriesPolicySendsOnce() {
    server.enqueue(TestExecutors.status(503, ""));
    server.enqueue(TestExecutors.ok("{}"));

    assertThatThrownBy(() -> executor(RetryPolicy.none()).execute(TestExecutors.get("/e", Idempotency.SAFE),
        TestExecutors.text())).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aThrottledAuthenticationIsRetriedLikeAnyThrottle() {
    java.util.concurrent.atomic.AtomicInteger logins = new java.util.concurrent.atomic.AtomicInteger();
    AuthStrategy throttledOnce = request -> {
      if (logins.incrementAndGet() == 1) {
        // what a strategy that logs in first sees when the platform throttles the login
        throw new dev.racereg.core.error.RateLimitException(dev.racereg.core.error.ErrorDetails
            .builder(429, "POST", "http://login").providerMessage("slow down").build(), java.time.Duration.ofSeconds(2));
      }
      return request.toBuilder().header("X-Session", "s1").build();
    };
    server.enqueue(TestExecutors.ok("{}"));
    ApiExecutor executor = TestExecutors.on(t.builder(server.url("/").toString()).build(), throttledOnce);

    executor.execute(TestExecutors.get("/x", Idempotency.SAFE), TestExecutors.text());

    assertThat(logins.get()).isEqualTo(2);
    assertThat(t.sleeper.sleeps()).containsExactly(java.time.Duration.ofSeconds(2));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
