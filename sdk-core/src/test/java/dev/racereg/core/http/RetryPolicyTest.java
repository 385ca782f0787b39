package dev.racereg.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.ErrorDetails;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static ApiException status(int status) {
    return ApiException.of(ErrorDetails.builder(status, "GET", "http://h/").build());
  }

  @Test
  void defaultsAreDocumented() {
    RetryPolicy p = RetryPolicy.defaults();

    assertThat(p.maxAttempts()).isEqualTo(3);
    assertThat(p.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(p.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(p.multiplier()).isEqualTo(2.0);
    assertThat(p.jitter()).isEqualTo(0.2);
    assertThat(p.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(p.retryableStatuses()).containsExactly(408, 429, 500, 502, 503, 504);
  }

  @Test
  void retryableStatusesAreConfigurable() {
    RetryPolicy no500 = RetryPolicy.builder().retryableStatuses(java.util.Set.of(502, 503, 504)).build();
    RetryPolicy with501 = RetryPolicy.builder().retryableStatuses(java.util.Set.of(501)).build();

    assertThat(no500.nextDelay(Idempotency.SAFE, status(500), 1)).isEmpty();
    assertThat(no500.nextDelay(Idempotency.SAFE, status(408), 1)).isEmpty();
    assertThat(no500.nextDelay(Idempotency.SAFE, status(503), 1)).isPresent();
    assertThat(with501.nextDelay(Idempotency.SAFE, status(501), 1)).isPresent();
    assertThat(with501.nextDelay(Idempotency.UNSAFE, status(501), 1)).as("never an unsafe answered op").isEmpty();
    assertThat(with501.nextDelay(Idempotency.SAFE, status(503), 1)).isEmpty();
    // what the provider declared transient stays retried: only it knows its own codes
    RateLimitException throttledIn200 = new RateLimitException(
        ErrorDetails.builder(200, "GET", "http://h/").providerCode("14").build(), null);
    assertThat(no500.nextDelay(Idempotency.SAFE, throttledIn200, 1)).isPresent();
    assertThat(no500.toBuilder().build().retryableStatuses()).containsExactly(502, 503, 504);
  }

  @Test
  void noneNeverRetries() {
    RetryPolicy none = RetryPolicy.none();

    assertThat(none.maxAttempts()).isEqualTo(1);
    assertThat(none.nextDelay(Idempotency.SAFE, status(503), 1)).isEmpty();
  }

  @Test
  void lastAttemptIsNeverFollowedByAnother() {
    RetryPolicy p = RetryPolicy.builder().maxAttempts(4).random(() -> 0.0).build();

    assertThat(p.nextDelay(Idempotency.SAFE, status(503), 3)).contains(Duration.ofSeconds(2));
    assertThat(p.nextDelay(Idempotency.SAFE, status(503), 4)).isEmpty();
  }

  @Test
  void whatMayBeRetried() {
    TransportException sent = new TransportException("x", null, true, false);
    TransportException notSent = new TransportException("x", null, false, false);

    assertThat(RetryPolicy.isRetryable(Idempotency.SAFE, sent)).isTrue();
    assertThat(RetryPolicy.isRetryable(Idempotency.UNSAFE, sent)).isFalse();
    assertThat(RetryPolicy.isRetryable(Idempotency.UNSAFE, notSent)).isTrue();
    assertThat(RetryPolicy.isRetryable(Idempotency.SAFE, status(503))).isTrue();
    assertThat(RetryPolicy.isRetryable(Idempotency.SAFE, status(500))).isTrue();
    assertThat(RetryPolicy.isRetryable(Idempotency.UNSAFE, status(500))).isFalse();
    assertThat(RetryPolicy.isRetryable(Idempotency.SAFE, status(501))).isFalse();
    assertThat(RetryPolicy.isRetryable(Idempotency.UNSAFE, status(503))).isFalse();
    assertThat(RetryPolicy.isRetryable(Idempotency.SAFE, new DecodingException("bad", null, ""))).isFalse();
    assertThat(RetryPolicy.isRetryable(Idempotency.SAFE, new ValidationException("f", "r"))).isFalse();
    // a provider's throttle code inside another status is retried like a 429
    RateLimitException throttledIn200 = new RateLimitException(
        ErrorDetails.builder(200, "GET", "http://h/").providerCode("14").providerMessage("throttled").build(), null);
    assertThat(RetryPolicy.isRetryable(Idempotency.SAFE, throttledIn200)).isTrue();
  }

  @Test
  void builderRefusesNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
        .hasMessageContaining("initialBackoff");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(-1)))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofMillis(-1)))
        .hasMessageContaining("maxRetryAfter");
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5)).hasMessageContaining("multiplier");
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(Double.NaN)).hasMessageContaining("multiplier");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(-0.1)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryPolicy.builder().random(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().retryableStatuses(java.util.Set.of(200)))
        .hasMessageContaining("retryableStatuses");
    assertThatThrownBy(() -> RetryPolicy.builder().retryableStatuses(java.util.Set.of(600)))
        .hasMessageContaining("retryableStatuses");
  }

  @Test
  void toBuilderKeepsEveryValue() {
    RetryPolicy p = RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofSeconds(1)).multiplier(3).jitter(0).maxRetryAfter(Duration.ofSeconds(5))
        .random(() -> 0.7).build();

    RetryPolicy copy = p.toBuilder().build();

    assertThat(copy.toString()).isEqualTo(p.toString());
    assertThat(copy.nextDelay(Idempotency.SAFE, status(503), 2)).contains(Duration.ofMillis(300));
    assertThat(copy.nextDelay(Idempotency.SAFE, status(503), 4)).contains(Duration.ofSeconds(1));
  }

  @Test
  void systemSleeperTurnsAnInterruptIntoATransportException() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Sleeper.SYSTEM.sleep(Duration.ofMinutes(10)))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.requestMayHaveBeenSent()).isFalse();
            assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
          });
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
