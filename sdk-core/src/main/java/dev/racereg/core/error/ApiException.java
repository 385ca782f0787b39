package dev.racereg.core.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform answered with an error. Subclasses name the family ({@link NotFoundException} for
 * 404 and so on); {@link #of(ErrorDetails)} picks the right one from the status. The message names
 * the request (method and redacted URL), the status, and the platform's own code and message.
 */
public class ApiException extends RaceRegException {

  private static final long serialVersionUID = 1L;

  private final ErrorDetails details;

  /** Creates an exception for the given error response. */
  public ApiException(ErrorDetails details) {
    super(describe(Objects.requireNonNull(details, "details")));
    this.details = details;
  }

  /**
   * The exception class that fits the status: 400 {@link BadRequestException}, 401
   * {@link AuthenticationException}, 403 {@link PermissionDeniedException}, 404
   * {@link NotFoundException}, 409 {@link ConflictException}, 422
   * {@link UnprocessableEntityException}, 429 {@link RateLimitException} (without a
   * {@code Retry-After}), 5xx {@link ServerException}, any other status a plain
   * {@code ApiException}.
   */
  public static ApiException of(ErrorDetails details) {
    switch (details.status()) {
      case 400: return new BadRequestException(details);
      case 401: return new AuthenticationException(details);
      case 403: return new PermissionDeniedException(details);
      case 404: return new NotFoundException(details);
      case 409: return new ConflictException(details);
      case 422: return new UnprocessableEntityException(details);
      case 429: return new RateLimitException(details, null);
      default:
        return details.status() >= 500 && details.status() <= 599
            ? new ServerException(details) : new ApiException(details);
    }
  }

  /** The full redacted details of the error response. */
  public ErrorDetails details() {
    return details;
  }

  /** The HTTP status. Errors that a platform reports inside a 200 keep status 200. */
  public int statusCode() {
    return details.status();
  }

  /** The platform's own error code, if it sent one. */
  public Optional<String> providerCode() {
    return details.providerCode();
  }

  /** The platform's own error message, if it sent one. */
  public Optional<String> providerMessage() {
    return details.providerMessage();
  }

  /** The platform's request id, if it sent one (quote it to their support). */
  public Optional<String> requestId() {
    return details.requestId();
  }

  /** The start of the response body, with secrets replaced by {@code ****}. */
  public String bodyExcerpt() {
    return details.bodyExcerpt();
  }

  /**
   * Whether the same request may succeed if sent again later: 408, 429, 500, 502, 503, 504, and
   * any {@link RateLimitException} (providers also report throttling with their own codes). The
   * {@link dev.racereg.core.http.RetryPolicy} decides what is actually retried.
   */
  public boolean isRetryable() {
    int s = details.status();
    return s == 408 || s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
  }

  /** True when an unsafe operation was answered 408 or 5xx: see {@link ErrorDetails#outcomeUnknown()}. */
  @Override
  public boolean outcomeUnknown() {
    return details.outcomeUnknown();
  }

  @Override
  public Optional<String> outcomeCheckHint() {
    return details.outcomeCheckHint();
  }

  /** How long the platform asked callers to wait before retrying, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }

  private static String describe(ErrorDetails d) {
    StringBuilder sb = new StringBuilder();
    sb.append("HTTP ").append(d.status()).append(" from ").append(d.method()).append(' ').append(d.url());
    d.providerCode().ifPresent(code -> sb.append(": code ").append(code));
    if (d.providerMessage().isPresent()) {
      sb.append(d.providerCode().isPresent() ? ", " : ": ").append(d.providerMessage().get());
    } else if (!d.bodyExcerpt().isEmpty()) {
      sb.append(": ").append(d.bodyExcerpt());
    }
    d.requestId().ifPresent(id -> sb.append(" [request id ").append(id).append(']'));
    if (d.outcomeUnknown()) {
      sb.append("; outcome unknown: the platform may have applied it. It is not retried automatically");
      d.outcomeCheckHint().ifPresent(h -> sb.append("; to find out: ").append(h));
    }
    return sb.toString();
  }
}
