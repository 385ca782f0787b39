package dev.racereg.core.internal.http;

import dev.racereg.core.http.HttpLogSink;
import dev.racereg.core.http.LogLevel;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;

/**
 * The redacting HTTP log of one client: which lines reach the {@link HttpLogSink} at each
 * {@link LogLevel}, every one of them passed through the attempt's {@link Redactor}. Stateless
 * apart from its settings, so it is thread-safe.
 */
final class HttpLog {

  /** Bodies are cut after this many characters: a log line is for reading, not archiving. */
  static final int LOGGED_BODY_CHARS = 4096;

  private final LogLevel level;
  private final HttpLogSink sink;

  HttpLog(LogLevel level, HttpLogSink sink) {
    this.level = Objects.requireNonNull(level, "level");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** Whether lines of {@code wanted} are written. */
  boolean enabled(LogLevel wanted) {
    return level.compareTo(wanted) >= 0;
  }

  /**
   * As {@link #request(ApiRequest, String, int, int, Redactor)}, asking the view for the URL and
   * redactor only when a line is written: with logging off nothing is redacted or rebuilt.
   */
  void request(ApiRequest request, int attempt, int maxAttempts, AttemptView view) {
    if (enabled(LogLevel.BASIC)) {
      request(request, view.url(), attempt, maxAttempts, view.redactor());
    }
  }

  /** As {@link #response(int, Headers, String, String, long, Redactor)}, built only if written. */
  void response(int status, Headers headers, String method, long millis, AttemptView view) {
    if (enabled(LogLevel.BASIC)) {
      response(status, headers, method, view.url(), millis, view.redactor());
    }
  }

  /** The request line, then its headers and body as the level allows. */
  void request(ApiRequest request, String shownUrl, int attempt, int maxAttempts, Redactor redactor) {
    if (!enabled(LogLevel.BASIC)) {
      return;
    }
    sink.log("--> " + request.method() + " " + shownUrl + " (" + request.operation()
        + ", attempt " + attempt + "/" + maxAttempts + ")");
    if (enabled(LogLevel.HEADERS)) {
      for (ApiRequest.Param h : request.headers()) {
        sink.log(h.name() + ": " + redactor.header(h.name(), h.value()));
      }
    }
    if (enabled(LogLevel.BODY)) {
      request.body().ifPresent(b -> sink.log(truncate(redactor.body(b))));
    }
  }

  /** The status line of a response, then its headers as the level allows. */
  void response(int status, Headers headers, String method, String shownUrl, long millis,
      Redactor redactor) {
    if (!enabled(LogLevel.BASIC)) {
      return;
    }
    sink.log("<-- " + status + " " + method + " " + shownUrl + " (" + millis + " ms)");
    if (enabled(LogLevel.HEADERS)) {
      for (int i = 0; i < headers.size(); i++) {
        sink.log(headers.name(i) + ": " + redactor.header(headers.name(i), headers.value(i)));
      }
    }
  }

  /** A response body (success or error), redacted before it is cut. */
  void responseBody(String text, Redactor redactor) {
    if (enabled(LogLevel.BODY)) {
      sink.log(truncate(redactor.text(text)));
    }
  }

  /**
   * The decision to retry. The failure's message is already redacted: every SDK exception is
   * built from redacted parts.
   */
  void retrying(String operation, Duration delay, String failureMessage) {
    if (enabled(LogLevel.BASIC)) {
      sink.log("<-- retrying " + operation + " in " + delay.toMillis() + " ms after: " + failureMessage);
    }
  }

  static String truncate(String text) {
    return text.length() > LOGGED_BODY_CHARS ? text.substring(0, LOGGED_BODY_CHARS) + "... ("
        + text.length() + " chars)" : text;
  }
}
