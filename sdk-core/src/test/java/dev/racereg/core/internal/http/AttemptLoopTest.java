package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.ErrorDetails;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.RecordingLogSink;
import dev.racereg.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The attempt loop alone: no HTTP, attempts that fail as scripted. */
class AttemptLoopTest {

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RecordingLogSink sink = new RecordingLogSink();
  private final RetryPolicy policy = RetryPolicy.builder().maxAttempts(3)
      .initialBackoff(Duration.ofMillis(100)).multiplier(2).jitter(0).build();

  private AttemptLoop loop(AuthStrategy auth) {
    return new AttemptLoop(auth, policy, sleeper, new HttpLog(LogLevel.BASIC, sink));
  }

  private static ApiRequest request(Idempotency idempotency) {
    return ApiRequest.builder("things.get", "GET", "/things", idempotency).build();
  }

  private static ApiException status(int code) {
    return ApiException.of(ErrorDetails.builder(code, "GET", "https://h/things").build());
  }

  @Test
  void aSafeRequestIsRetriedAfterTheBackoffAndTheRetryIsLogged() {
    List<Integer> numbers = new ArrayList<>();
    String result = loop(AuthStrategy.none()).run(request(Idempotency.SAFE), (authed, number) -> {
      numbers.add(number);
      if (number < 3) {
        throw status(503);
      }
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(numbers).containsExactly(1, 2, 3);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(sink.lines()).anySatisfy(l -> assertThat(l).startsWith("<-- retrying things.get in 100 ms after: HTTP 503"));
  }

  @Test
  void givesUpAfterTheLastAttemptWithTheLastFailure() {
    AtomicInteger calls = new AtomicInteger();
    Throwable thrown = catchThrowable(() -> loop(AuthStrategy.none()).run(request(Idempotency.SAFE),
        (authed, number) -> {
          calls.incrementAndGet();
          throw status(502);
        }));

    assertThat(thrown).isInstanceOf(ApiException.class);
    assertThat(((ApiException) thrown).statusCode()).isEqualTo(502);
    assertThat(calls).hasValue(3);
  }

  @Test
  void anUnsafeRequestThatMayHaveLeftIsNeverSentTwice() {
    AtomicInteger calls = new AtomicInteger();
    TransportException cut = new TransportException("read timed out", null, true, true);
    Throwable thrown = catchThrowable(() -> loop(AuthStrategy.none()).run(request(Idempotency.UNSAFE),
        (authed, number) -> {
          calls.incrementAndGet();
          throw cut;
        }));

    assertThat(thrown).isSameAs(cut);
    assertThat(calls).hasValue(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void eachAttemptIsAuthenticatedAfresh() {
    AtomicInteger signatures = new AtomicInteger();
    AuthStrategy signing = r -> r.toBuilder().header("X-Sig", "sig-" + signatures.incrementAndGet()).build();
    List<String> seen = new ArrayList<>();

    loop(signing).run(request(Idempotency.SAFE), (authed, number) -> {
      seen.add(authed.header("X-Sig").orElseThrow());
      if (number == 1) {
        throw status(503);
      }
      return null;
    });

    assertThat(seen).containsExactly("sig-1", "sig-2");
  }

  @Test
  void aRejectedCredentialIsRenewedOnceWithoutCountingAsARetry() {
    Renewing auth = new Renewing(true);
    List<Integer> numbers = new ArrayList<>();
    Throwable thrown = catchThrowable(() -> loop(auth).run(request(Idempotency.UNSAFE), (authed, number) -> {
      numbers.add(number);
      throw status(401);
    }));

    // renewed once, sent again as attempt 1; the second rejection is final (401 is not retryable)
    assertThat(thrown).isInstanceOf(AuthenticationException.class);
    assertThat(auth.refreshes).hasValue(1);
    assertThat(numbers).containsExactly(1, 1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aStrategyThatCannotRenewLeavesTheRejectionAsItIs() {
    Renewing auth = new Renewing(false);
    AtomicInteger calls = new AtomicInteger();
    Throwable thrown = catchThrowable(() -> loop(auth).run(request(Idempotency.SAFE), (authed, number) -> {
      calls.incrementAndGet();
      throw status(401);
    }));

    assertThat(thrown).isInstanceOf(AuthenticationException.class);
    assertThat(auth.refreshes).hasValue(1);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aLoginRefusedInsideTheStrategyIsNotAnsweredByRenewal() {
    // a strategy that logs in first gets its own 401: renewing would only log in again
    Renewing auth = new Renewing(true) {
      @Override
      public ApiRequest authenticate(ApiRequest request) {
        throw status(401);
      }
    };
    AtomicInteger calls = new AtomicInteger();
    Throwable thrown = catchThrowable(() -> loop(auth).run(request(Idempotency.SAFE), (authed, number) -> {
      calls.incrementAndGet();
      return null;
    }));

    assertThat(thrown).isInstanceOf(AuthenticationException.class);
    assertThat(auth.refreshes).hasValue(0);
    assertThat(calls).hasValue(0);
  }

  /** A strategy that counts renewals and answers them as told. */
  private static class Renewing implements AuthStrategy {
    final AtomicInteger refreshes = new AtomicInteger();
    private final boolean renews;

    Renewing(boolean renews) {
      this.renews = renews;
    }

    @Override
    public ApiRequest authenticate(ApiRequest request) {
      return request;
    }

    @Override
    public boolean refreshAfterRejection(ApiException rejection) {
      refreshes.incrementAndGet();
      return renews;
    }
  }
}
