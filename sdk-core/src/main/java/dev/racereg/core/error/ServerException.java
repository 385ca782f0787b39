package dev.racereg.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * 5xx: the platform failed. 502, 503 and 504 are retried for safe operations, after the
 * {@code Retry-After} the platform gave, if any.
 */
public class ServerException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

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
    super(details);
    this.retryAfter = retryAfter;
  }

  /** The wait the platform asked for ({@code Retry-After}), if it gave one. */
  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
