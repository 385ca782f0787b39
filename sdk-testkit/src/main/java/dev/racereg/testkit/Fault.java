package dev.racereg.testkit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One misbehaviour a simulator can serve instead of its normal answer. Build faults with the
 * static factories and queue them on {@link FaultInjector}.
 *
 * <p>Faults describe what a client sees on the wire: an error status, a slow answer, a connection
 * that drops before or during the response, a body that is not what the content type promises.
 */
public final class Fault {

  /** What the fault does to the exchange. */
  public enum Kind {
    /** Answer with the given status, headers and body instead of the normal response. */
    STATUS,
    /** Serve the normal response, but only after a delay before the headers. */
    DELAY,
    /** Read the request, then drop the connection without answering. */
    DISCONNECT,
    /** Start a 200 response whose body is cut off part way (declared length not reached). */
    TRUNCATED_BODY,
    /** Answer 200 with a body that is not valid for the endpoint's format. */
    MALFORMED_BODY
  }

  private final Kind kind;
  private final int status;
  private final String body;
  private final Map<String, String> headers;
  private final Duration delay;

  private Fault(Kind kind, int status, String body, Map<String, String> headers, Duration delay) {
    this.kind = kind;
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
    this.delay = delay;
  }

  /**
   * An error status with a body.
   *
   * @param status HTTP status code, 100..599
   * @param body the response body, may be empty
   * @throws IllegalArgumentException if the status is out of range
   */
  public static Fault status(int status, String body) {
    return status(status, body, Map.of());
  }

  /**
   * An error status with a body and extra headers (for example {@code Retry-After}).
   *
   * @throws IllegalArgumentException if the status is out of range
   */
  public static Fault status(int status, String body, Map<String, String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100..599, was " + status);
    }
    return new Fault(Kind.STATUS, status, Objects.requireNonNull(body, "body"), headers, Duration.ZERO);
  }

  /** A 429 with a {@code Retry-After} of the given number of seconds. */
  public static Fault rateLimited(long retryAfterSeconds) {
    return status(429, "{\"error\":\"rate limited\"}",
        Map.of("Retry-After", Long.toString(retryAfterSeconds), "Content-Type", "application/json"));
  }

  /** An HTML error page, as a proxy or load balancer in front of a platform would send. */
  public static Fault htmlPage(int status) {
    return status(status, "<!DOCTYPE html><html><head><title>" + status
        + " Error</title></head><body><h1>Bad Gateway</h1></body></html>",
        Map.of("Content-Type", "text/html; charset=utf-8"));
  }

  /** The normal response, delayed by {@code delay} before its headers are sent. */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + delay);
    }
    return new Fault(Kind.DELAY, 200, "", Map.of(), delay);
  }

  /** The request is read in full, then the connection is closed without any response. */
  public static Fault disconnect() {
    return new Fault(Kind.DISCONNECT, 0, "", Map.of(), Duration.ZERO);
  }

  /** A 200 whose body stops after {@code partialBody}, well short of its declared length. */
  public static Fault truncatedBody(String partialBody) {
    return new Fault(Kind.TRUNCATED_BODY, 200, Objects.requireNonNull(partialBody, "partialBody"),
        Map.of(), Duration.ZERO);
  }

  /** A 200 with the given body and content type, which the client must reject as malformed. */
  public static Fault malformedBody(String body, String contentType) {
    return new Fault(Kind.MALFORMED_BODY, 200, Objects.requireNonNull(body, "body"),
        Map.of("Content-Type", Objects.requireNonNull(contentType, "contentType")), Duration.ZERO);
  }

  /** What this fault does. */
  public Kind kind() {
    return kind;
  }

  /** The status served, for {@link Kind#STATUS}, {@link Kind#TRUNCATED_BODY} and {@link Kind#MALFORMED_BODY}. */
  public int status() {
    return status;
  }

  /** The body served (the partial body for {@link Kind#TRUNCATED_BODY}). */
  public String body() {
    return body;
  }

  /** Extra response headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The delay, for {@link Kind#DELAY}; zero otherwise. */
  public Duration delay() {
    return delay;
  }

  @Override
  public String toString() {
    return "Fault{" + kind + (kind == Kind.STATUS ? " " + status : "")
        + (kind == Kind.DELAY ? " " + delay : "") + "}";
  }
}
