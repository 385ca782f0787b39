package dev.racereg.core.internal.http;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.codec.Codecs;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The wire below one client: the OkHttp client built from the options, the URL and OkHttp request
 * of an {@link ApiRequest}, and an I/O failure turned into a {@link TransportException} that says
 * whether the request may have left.
 *
 * <p>OkHttp's own silent retry is turned off so that every resend is a decision of the retry
 * policy, which knows whether the operation is safe to repeat (OkHttp would resend a POST whose
 * connection broke, and the platform may already have applied it).
 *
 * <p>Servers close keep-alive connections that sit idle (Apache after 5 s) without the client
 * noticing until it writes on one. A request sent on such a connection never reaches the server,
 * but the failure looks like any connection lost after sending. So:
 * <ul>
 *   <li>an operation that is not safe to repeat always goes out on a connection of its own, opened
 *       for it and closed after it: it cannot meet a dead pooled connection, and a failure is
 *       reported truthfully (outcome unknown only when the request really may have arrived). It
 *       costs one connection set-up per write; writes are few;
 *   <li>a safe operation whose pooled connection fails before any answer arrives is sent once more
 *       at once on a fresh connection, which does not count as one of its attempts: the dead
 *       connection says nothing about the platform. A timeout is not such a failure.
 * </ul>
 */
final class Transport {

  private static final byte[] EMPTY = new byte[0];
  /** The type of every JSON body, parsed once rather than on every attempt. */
  private static final MediaType JSON = MediaType.get(RequestBody.Json.CONTENT_TYPE);

  private final HttpUrl baseUrl;
  private final String userAgent;
  private final OkHttpClient http;
  /** Shares everything with {@link #http} but its pool, which keeps no connection. */
  private final OkHttpClient freshConnections;
  /** Connections that carried an exchange already: seeing one again means it came from the pool. */
  private final Set<Connection> usedConnections =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  Transport(ClientOptions options, String defaultBaseUrl) {
    Objects.requireNonNull(options, "options");
    String url = options.baseUrl().orElse(Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl"));
    this.baseUrl = Objects.requireNonNull(HttpUrl.parse(url), "base URL is not a valid URL");
    this.userAgent = options.userAgent();
    OkHttpClient.Builder builder = options.httpClient().map(OkHttpClient::newBuilder)
        .orElseGet(OkHttpClient.Builder::new);
    this.http = builder
        .retryOnConnectionFailure(false)
        .connectTimeout(millis(options.connectTimeout()), TimeUnit.MILLISECONDS)
        .readTimeout(millis(options.readTimeout()), TimeUnit.MILLISECONDS)
        .writeTimeout(millis(options.writeTimeout()), TimeUnit.MILLISECONDS)
        .callTimeout(millis(options.callTimeout()), TimeUnit.MILLISECONDS)
        .addNetworkInterceptor(chain -> {
          ConnectionUse use = chain.request().tag(ConnectionUse.class);
          Connection connection = chain.connection();
          if (use != null && connection != null) {
            use.pooled = !usedConnections.add(connection);
          }
          return chain.proceed(chain.request());
        })
        .build();
    this.freshConnections = http.newBuilder()
        .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
        .build();
  }

  /** Whether the connection an exchange went out on had carried one before. */
  private static final class ConnectionUse {
    volatile boolean pooled;
  }

  /** Whole milliseconds, at least 1 for a non-zero timeout: OkHttp reads 0 as "no timeout". */
  static long millis(Duration timeout) {
    return timeout.isZero() ? 0 : Math.max(1, timeout.toMillis());
  }

  /** The base URL requests are resolved against. */
  HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The request's path joined to the base URL's path, with the request's query. */
  HttpUrl url(ApiRequest request) {
    String basePath = baseUrl.encodedPath();
    String joined = (basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath)
        + request.path();
    HttpUrl.Builder b = baseUrl.newBuilder().encodedPath(joined).query(null);
    for (ApiRequest.Param p : request.query()) {
      b.addQueryParameter(p.name(), p.value());
    }
    return b.build();
  }

  /**
   * Sends the request and returns the response with its body still open: the caller closes it.
   *
   * @throws TransportException when the exchange fails below HTTP, its message redacted
   */
  Response send(ApiRequest request, HttpUrl url, AttemptView view) {
    try {
      if (request.idempotency() == Idempotency.UNSAFE) {
        return freshConnections.newCall(toOkHttp(request, url, null)).execute();
      }
      ConnectionUse use = new ConnectionUse();
      Request wire = toOkHttp(request, url, use);
      try {
        return http.newCall(wire).execute();
      } catch (IOException e) {
        if (!use.pooled || e instanceof SocketTimeoutException) {
          throw e;
        }
        // the pooled connection was dead before this request: try a live one, once
        return freshConnections.newCall(wire).execute();
      }
    } catch (IOException e) {
      throw failure(request, view.url(), e, view.redactor());
    }
  }

  Request toOkHttp(ApiRequest request, HttpUrl url) {
    return toOkHttp(request, url, null);
  }

  /** The OkHttp request, tagged with {@code use} when the connection it goes out on matters. */
  private Request toOkHttp(ApiRequest request, HttpUrl url, ConnectionUse use) {
    Request.Builder b = new Request.Builder().url(url).header("User-Agent", userAgent);
    if (use != null) {
      b.tag(ConnectionUse.class, use);
    }
    for (ApiRequest.Param h : request.headers()) {
      b.header(h.name(), h.value());
    }
    okhttp3.RequestBody body = request.body().map(Transport::toOkHttpBody).orElse(null);
    if (body == null && requiresBody(request.method())) {
      body = okhttp3.RequestBody.create(EMPTY, null);
    }
    return b.method(request.method(), body).build();
  }

  private static okhttp3.RequestBody toOkHttpBody(RequestBody body) {
    if (body instanceof RequestBody.Form) {
      FormBody.Builder form = new FormBody.Builder();
      for (RequestBody.Field f : ((RequestBody.Form) body).fields()) {
        form.add(f.name(), f.value());
      }
      return form.build();
    }
    byte[] bytes;
    if (body instanceof RequestBody.Json) {
      try {
        bytes = Codecs.json().writeValueAsBytes(((RequestBody.Json) body).tree());
      } catch (IOException e) {
        throw new IllegalStateException("a JSON tree always serialises", e);
      }
    } else {
      bytes = ((RequestBody.Raw) body).bytes();
    }
    MediaType type = body instanceof RequestBody.Json ? JSON : MediaType.get(body.contentType());
    return okhttp3.RequestBody.create(bytes, type);
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  /**
   * The exception for an I/O failure. An unsafe operation that may have left is reported as
   * "outcome unknown", with the request's hint on how to find out.
   */
  static TransportException failure(ApiRequest request, String shownUrl, IOException e,
      Redactor redactor) {
    boolean sent = mayHaveBeenSent(e);
    boolean unknown = sent && request.idempotency() == Idempotency.UNSAFE;
    String what = (e instanceof SocketTimeoutException ? "timed out" : "failed") + " (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + redactor.text(e.getMessage())) + ")";
    String message = request.method() + " " + shownUrl + " " + what;
    if (unknown) {
      message = "outcome unknown: " + request.operation() + " " + message
          + "; the platform may have applied it. It is not retried automatically"
          + request.outcomeCheckHint().map(h -> "; to find out: " + h).orElse("");
    }
    return new TransportException(message, e, sent, unknown, request.outcomeCheckHint().orElse(null));
  }

  /**
   * Whether bytes of the request may have left. With OkHttp's silent retries off, these
   * exceptions are raised only while connecting, before anything was written.
   */
  static boolean mayHaveBeenSent(IOException e) {
    if (e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      return false;
    }
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return !(e instanceof SocketTimeoutException && message.contains("connect"));
  }
}
