package dev.racereg.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * 5xx: the platform failed. 500, 502, 503 and 504 are retried for safe operations (see
 * {@link dev.racereg.core.http.RetryPolicy#retryableStatuses()}), after the {@code Retry-After}
 * the platform gave, if any. For an operation that is not safe to repeat the platform may have
 * applied it before failing: {@link #outcomeUnknown()} is true and the message says how to check.
 */
public class ServerException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;
  private final boolean knownTransient;

  /** Creates the exception for the given error response. */
  public ServerException(ErrorDetails details) {
    this(details, null);
  }

  /**
   * @param details the error response
   * @param retryAfter how long the platform said it will be unavailable ({@code Retry-After} on a
   *     503), or null when it did not say
   */
  public ServerException(ErrorDetails details, Duration retryAfter) {
    this(details, retryAfter, false);
  }

  private ServerException(ErrorDetails details, Duration retryAfter, boolean knownTransient) {
    super(details);
    this.retryAfter = retryAfter;
    this.knownTransient = knownTransient;
  }

  /**
   * A 5xx that the provider knows to be transient although its status is not one of the generic
   * retryable ones (for example a CDN's 520-524 in front of the platform): retried for safe
   * operations like 502-504.
   *
   * @param details the error response
   * @param retryAfter the wait the platform asked for, or null
   */
  public static ServerException transientFailure(ErrorDetails details, Duration retryAfter) {
    return new ServerException(details, retryAfter, true);
  }

  /** 500, 502, 503, 504, and statuses a provider declared transient ({@link #transientFailure}). */
  @Override
  public boolean isRetryable() {
    return knownTransient || super.isRetryable();
  }

  /** The wait the platform asked for ({@code Retry-After}), if it gave one. */
  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
