package dev.racereg.core.internal.http;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * One attempt on the wire: redacts, logs the request, sends it, logs the response, and turns an
 * error status into the provider's exception; a successful response goes to the caller's
 * {@link Handler} with its body still open. Thread-safe.
 */
final class Exchange {

  /**
   * Reads a successful response; the exchange closes it unless this returns normally. The view
   * shows the attempt (redactor, URL) to whatever the handler logs or throws.
   */
  @FunctionalInterface
  interface Handler<T> {
    T handle(Response response, AttemptView view);
  }

  private final Transport transport;
  private final HttpLog log;
  private final Redactors redactors;
  private final ErrorMapper errorMapper;
  private final Clock clock;
  private final int maxAttempts;
  /** Whether the mapper looks into 2xx bodies at all; most platforms never report errors there. */
  private final boolean inspectsSuccessBodies;

  Exchange(Transport transport, HttpLog log, Redactors redactors, ErrorMapper errorMapper, Clock clock,
      int maxAttempts) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.log = Objects.requireNonNull(log, "log");
    this.redactors = Objects.requireNonNull(redactors, "redactors");
    this.errorMapper = Objects.requireNonNull(errorMapper, "errorMapper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxAttempts = maxAttempts;
    this.inspectsSuccessBodies = inspectsSuccessBodies(errorMapper);
  }

  /**
   * Whether the mapper overrides {@link ErrorMapper#fromSuccessBody}: the interface's default
   * finds nothing, so a mapper that keeps it is not handed a view of every successful body. Read
   * from the class rather than declared, so a mapper cannot override it and forget to say so.
   */
  static boolean inspectsSuccessBodies(ErrorMapper mapper) {
    try {
      return mapper.getClass().getMethod("fromSuccessBody", ErrorResponse.class).getDeclaringClass()
          != ErrorMapper.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("ErrorMapper declares fromSuccessBody", e);
    }
  }

  /**
   * Sends one authenticated attempt.
   *
   * @throws ApiException the provider's exception for an error status
   * @throws dev.racereg.core.error.TransportException when the exchange fails below HTTP
   */
  <T> T send(ApiRequest authed, int attempt, Handler<T> handler) {
    HttpUrl url = transport.url(authed);
    // built only when a log line or an exception shows the attempt
    AttemptView view = new AttemptView(redactors, authed, url);
    log.request(authed, attempt, maxAttempts, view);
    long started = System.nanoTime();
    Response response = transport.send(authed, url, view);
    boolean handedOff = false;
    try {
      log.response(response.code(), response.headers(), authed.method(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), view);
      if (!response.isSuccessful()) {
        throw errorStatus(response, authed, view);
      }
      T result = handler.handle(response, view);
      handedOff = true;
      return result;
    } finally {
      if (!handedOff) {
        response.close();
      }
    }
  }

  private ApiException errorStatus(Response response, ApiRequest authed, AttemptView view) {
    byte[] bytes = Decoding.readErrorBody(response);
    if (log.enabled(LogLevel.BODY)) {
      log.responseBody(new String(bytes, StandardCharsets.UTF_8), view.redactor());
    }
    ErrorResponse answer = new ErrorResponse(response.code(), Decoding.headers(response.headers()), bytes,
        authed.method(), view.url(), clock.instant(), view.redactor());
    if (mayHaveBeenApplied(authed, response.code())) {
      answer = answer.withOutcomeUnknown(authed.outcomeCheckHint().orElse(null));
    }
    return errorMapper.fromErrorStatus(answer);
  }

  /**
   * Whether an unsafe request answered with this status may still have been applied: a timeout
   * (408) or a server failure (5xx) can come after the platform acted, or from a proxy in front
   * of it while the platform goes on. Other statuses say the request was refused.
   */
  static boolean mayHaveBeenApplied(ApiRequest request, int status) {
    return request.idempotency() == Idempotency.UNSAFE && (status == 408 || (status >= 500 && status <= 599));
  }

  /**
   * For a 2xx response read in full: throws the error the provider reports inside it, if any.
   *
   * @throws ApiException the reported error
   */
  void checkSuccessBody(Response response, byte[] bytes, ApiRequest authed, AttemptView view) {
    if (!inspectsSuccessBodies) {
      return;
    }
    ErrorResponse seen = new ErrorResponse(response.code(), Decoding.headers(response.headers()),
        Decoding.capped(bytes), authed.method(), view.url(), clock.instant(), view.redactor());
    errorMapper.fromSuccessBody(seen).ifPresent(e -> {
      throw e;
    });
  }
}
