package dev.racereg.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * The platform throttled the caller: HTTP 429, or a provider's own throttle code inside another
 * status. Retried automatically for safe operations; thrown when retries are exhausted or when the
 * requested wait ({@link #retryAfter()}) exceeds the client's cap.
 */
public class RateLimitException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * @param details the error response
   * @param retryAfter how long the platform asked to wait, or null when it did not say
   */
  public RateLimitException(ErrorDetails details, Duration retryAfter) {
    super(details);
    this.retryAfter = retryAfter;
  }

  /** Always true: throttling is transient by nature. */
  @Override
  public boolean isRetryable() {
    return true;
  }

  /** The wait the platform asked for ({@code Retry-After}), if it gave one. */
  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
