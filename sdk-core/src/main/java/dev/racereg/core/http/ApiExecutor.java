package dev.racereg.core.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.auth.AuthStrategy;
import dev.racereg.core.codec.Codecs;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Runs {@link ApiRequest}s for one provider client: authenticates each attempt, logs with
 * redaction, sends through OkHttp, maps errors with the provider's {@link ErrorMapper}, retries
 * by the request's {@link Idempotency} and the {@link RetryPolicy}, then decodes. Thread-safe;
 * one instance serves a client for its lifetime.
 *
 * <p>OkHttp's own silent retry is turned off so that every resend is a decision of the retry
 * policy, which knows whether the operation is safe to repeat.
 */
public final class ApiExecutor {

  private static final Redaction ALWAYS = Redaction.headers(
      "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie");
  private static final int LOGGED_BODY_CHARS = 4096;
  private static final byte[] EMPTY = new byte[0];

  private final ClientOptions options;
  private final HttpUrl baseUrl;
  private final AuthStrategy auth;
  private final ErrorMapper errorMapper;
  private final Redaction providerRedaction;
  private final OkHttpClient http;

  /**
   * @param options the client options
   * @param defaultBaseUrl the platform's production base URL, used unless the options override it
   * @param auth authenticates every attempt
   * @param errorMapper the provider's error mapper
   * @param providerRedaction what else the provider knows to be secret (e.g. a key in a path)
   */
  public ApiExecutor(ClientOptions options, String defaultBaseUrl, AuthStrategy auth,
      ErrorMapper errorMapper, Redaction providerRedaction) {
    this.options = Objects.requireNonNull(options, "options");
    String url = options.baseUrl().orElse(Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl"));
    this.baseUrl = Objects.requireNonNull(HttpUrl.parse(url), "base URL is not a valid URL");
    this.auth = Objects.requireNonNull(auth, "auth");
    this.errorMapper = Objects.requireNonNull(errorMapper, "errorMapper");
    this.providerRedaction = Objects.requireNonNull(providerRedaction, "providerRedaction");
    OkHttpClient.Builder builder = options.httpClient().map(OkHttpClient::newBuilder)
        .orElseGet(OkHttpClient.Builder::new);
    this.http = builder
        .retryOnConnectionFailure(false)
        .connectTimeout(millis(options.connectTimeout()), TimeUnit.MILLISECONDS)
        .readTimeout(millis(options.readTimeout()), TimeUnit.MILLISECONDS)
        .writeTimeout(millis(options.writeTimeout()), TimeUnit.MILLISECONDS)
        .callTimeout(millis(options.callTimeout()), TimeUnit.MILLISECONDS)
        .build();
  }

  /** Whole milliseconds, at least 1 for a non-zero timeout: OkHttp reads 0 as "no timeout". */
  private static long millis(Duration timeout) {
    return timeout.isZero() ? 0 : Math.max(1, timeout.toMillis());
  }

  /** Like the full constructor, with nothing extra to redact. */
  public ApiExecutor(ClientOptions options, String defaultBaseUrl, AuthStrategy auth,
      ErrorMapper errorMapper) {
    this(options, defaultBaseUrl, auth, errorMapper, Redaction.none());
  }

  /** The options this executor runs with. */
  public ClientOptions options() {
    return options;
  }

  /** The base URL requests are resolved against. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** The redactor for this client's secrets (for providers that build their own messages). */
  public Redactor redactor() {
    return new Redactor(ALWAYS.and(auth.redaction()).and(providerRedaction));
  }

  /**
   * The redactor for one request: this client's secrets plus what the request itself carries
   * (its {@link ApiRequest#redaction()}, and values it holds under secret names). For providers
   * that build their own messages about that request.
   */
  public Redactor redactor(ApiRequest request) {
    return redactorFor(Objects.requireNonNull(request, "request"));
  }

  /**
   * Sends the request and decodes the whole body.
   *
   * @throws ApiException (a subclass by status) when the platform answers with an error
   * @throws TransportException when the exchange fails below HTTP after the allowed retries
   * @throws DecodingException when the body cannot be decoded
   * @throws dev.racereg.core.error.CredentialsExpiredException when the auth strategy refuses
   */
  public <T> T execute(ApiRequest request, ResponseDecoder<T> decoder) {
    Objects.requireNonNull(decoder, "decoder");
    return run(request, (response, redactor, url) -> {
      try (ResponseBody body = response.body()) {
        byte[] bytes = readBody(body, request, redactor);
        ResponseContent content = new ResponseContent(response.code(), headers(response), bytes);
        logResponseBody(content, redactor);
        Optional<ApiException> reported = errorMapper.fromSuccessBody(new ErrorResponse(response.code(),
            headers(response), capped(bytes), request.method(), url, options.clock().instant(), redactor));
        if (reported.isPresent()) {
          throw reported.get();
        }
        return decode(decoder, content, redactor, request.operation());
      }
    });
  }

  /**
   * Sends the request and decodes the body as a lazy stream while it arrives. Retries cover
   * everything up to the response headers; a failure while reading items surfaces from the
   * stream (a {@link TransportException} or {@link DecodingException}) and is not retried, since
   * items were already handed out. Close the stream (try-with-resources) if you stop early.
   *
   * @throws ApiException as for {@link #execute}
   * @throws TransportException as for {@link #execute}
   */
  public <T> Stream<T> stream(ApiRequest request, BodyStreamer<T> streamer) {
    Objects.requireNonNull(streamer, "streamer");
    return run(request, (response, redactor, url) -> {
      ResponseBody body = response.body();
      InputStream in = body.byteStream();
      try {
        return redactingFailures(streamer.open(in, response), redactor);
      } catch (DecodingException e) {
        response.close();
        throw e.redacted(redactor::text);
      } catch (TransportException e) {
        response.close();
        throw e.redacted(redactor::text);
      } catch (RuntimeException e) {
        response.close();
        throw e;
      }
    });
  }

  /**
   * The items, with any decoding or transport failure raised while reading them redacted (a
   * parser's message can quote the body, and the body can echo a secret).
   */
  private static <T> Stream<T> redactingFailures(Stream<T> items, Redactor redactor) {
    Spliterator<T> source = items.spliterator();
    Spliterator<T> guarded = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
        source.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED)) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        try {
          return source.tryAdvance(action);
        } catch (DecodingException e) {
          throw e.redacted(redactor::text);
        } catch (TransportException e) {
          throw e.redacted(redactor::text);
        }
      }
    };
    return StreamSupport.stream(guarded, false).onClose(items::close);
  }

  private interface Handler<T> {
    T handle(Response response, Redactor redactor, String redactedUrl);
  }

  private <T> T run(ApiRequest request, Handler<T> handler) {
    Objects.requireNonNull(request, "request");
    RetryPolicy policy = options.retryPolicy();
    boolean refreshedCredentials = false;
    for (int attempt = 1; ; attempt++) {
      Response response = null;
      boolean handedOff = false;
      boolean authenticated = false;
      try {
        // inside the retry: a strategy that logs in or refreshes a token can itself be throttled
        ApiRequest authed = auth.authenticate(request);
        authenticated = true;
        Redactor redactor = redactorFor(authed);
        HttpUrl url = url(authed);
        String shownUrl = redactor.url(url);
        logRequest(authed, shownUrl, attempt, policy.maxAttempts(), redactor);
        long started = System.nanoTime();
        Call call = http.newCall(toOkHttp(authed, url));
        try {
          response = call.execute();
        } catch (IOException e) {
          throw transportFailure(request, shownUrl, e, redactor);
        }
        logResponse(response, authed, shownUrl, started, redactor);
        if (!response.isSuccessful()) {
          byte[] bytes = readErrorBody(response);
          if (enabled(LogLevel.BODY)) {
            log(LogLevel.BODY, truncate(redactor.text(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))));
          }
          throw errorMapper.fromErrorStatus(new ErrorResponse(response.code(), headers(response), bytes,
              authed.method(), shownUrl, options.clock().instant(), redactor));
        }
        T result = handler.handle(response, redactor, shownUrl);
        handedOff = true;
        return result;
      } catch (RaceRegException failure) {
        // renewal answers the platform rejecting a sent request, not the strategy's own failure
        if (authenticated && failure instanceof AuthenticationException && !refreshedCredentials
            && auth.refreshAfterRejection((ApiException) failure)) {
          refreshedCredentials = true;
          attempt--; // a renewed credential is a fresh start, not a retry
          continue;
        }
        Optional<Duration> delay = policy.nextDelay(request.idempotency(), failure, attempt);
        if (delay.isEmpty()) {
          throw failure;
        }
        log(LogLevel.BASIC, "<-- retrying " + request.operation() + " in " + delay.get().toMillis()
            + " ms after: " + failure.getMessage());
        options.sleeper().sleep(delay.get());
      } finally {
        if (response != null && !handedOff) {
          response.close();
        }
      }
    }
  }

  /**
   * The redactor for one attempt: the declared rules, plus the values this request carries under
   * secret names (a password field, a session header). A platform that echoes them back in an
   * error body or header would otherwise have them shown, since only their names were declared.
   */
  private Redactor redactorFor(ApiRequest request) {
    Redaction rules = ALWAYS.and(auth.redaction()).and(providerRedaction).and(request.redaction());
    List<String> values = new ArrayList<>();
    for (ApiRequest.Param h : request.headers()) {
      if (rules.isSecretHeader(h.name())) {
        values.add(h.value());
        int space = h.value().indexOf(' ');
        if (space > 0) {
          values.add(h.value().substring(space + 1).trim()); // the credential after "Bearer", "Basic"...
        }
      }
    }
    for (ApiRequest.Param q : request.query()) {
      if (rules.isSecretQueryParam(q.name())) {
        values.add(q.value());
      }
    }
    request.body().ifPresent(body -> {
      if (body instanceof RequestBody.Json) {
        collectSecretFields(((RequestBody.Json) body).document(), rules, values);
      } else if (body instanceof RequestBody.Form) {
        for (RequestBody.Field f : ((RequestBody.Form) body).fields()) {
          if (rules.isSecretBodyField(f.name())) {
            values.add(f.value());
          }
        }
      }
    });
    return new Redactor(values.isEmpty() ? rules : rules.and(Redaction.secretValues(values)));
  }

  private static void collectSecretFields(JsonNode node, Redaction rules, List<String> values) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (rules.isSecretBodyField(e.getKey())) {
          collectValues(e.getValue(), values);
        } else {
          collectSecretFields(e.getValue(), rules, values);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectSecretFields(child, rules, values));
    }
  }

  private static void collectValues(JsonNode node, List<String> values) {
    if (node.isValueNode() && !node.isNull()) {
      values.add(node.asText());
    } else {
      node.forEach(child -> collectValues(child, values));
    }
  }

  private TransportException transportFailure(ApiRequest request, String shownUrl, IOException e,
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
    return new TransportException(message, e, sent, unknown);
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

  private HttpUrl url(ApiRequest request) {
    String basePath = baseUrl.encodedPath();
    String joined = (basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath)
        + request.path();
    HttpUrl.Builder b = baseUrl.newBuilder().encodedPath(joined).query(null);
    for (ApiRequest.Param p : request.query()) {
      b.addQueryParameter(p.name(), p.value());
    }
    return b.build();
  }

  private Request toOkHttp(ApiRequest request, HttpUrl url) {
    Request.Builder b = new Request.Builder().url(url).header("User-Agent", options.userAgent());
    for (ApiRequest.Param h : request.headers()) {
      b.header(h.name(), h.value());
    }
    okhttp3.RequestBody body = request.body().map(this::toOkHttpBody).orElse(null);
    if (body == null && requiresBody(request.method())) {
      body = okhttp3.RequestBody.create(EMPTY, null);
    }
    return b.method(request.method(), body).build();
  }

  private okhttp3.RequestBody toOkHttpBody(RequestBody body) {
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
        bytes = Codecs.json().writeValueAsBytes(((RequestBody.Json) body).document());
      } catch (IOException e) {
        throw new IllegalStateException("a JSON tree always serialises", e);
      }
    } else {
      bytes = ((RequestBody.Raw) body).bytes();
    }
    return okhttp3.RequestBody.create(bytes, MediaType.get(body.contentType()));
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  private byte[] readBody(ResponseBody body, ApiRequest request, Redactor redactor) {
    try {
      return body.bytes();
    } catch (IOException e) {
      throw new TransportException("the response to " + request.operation()
          + " was cut off while reading (" + redactor.text(String.valueOf(e.getMessage())) + ")", e, true,
          false);
    }
  }

  private static byte[] readErrorBody(Response response) {
    try (ResponseBody body = response.body()) {
      InputStream in = body.byteStream();
      return in.readNBytes(ErrorResponse.MAX_BODY_BYTES);
    } catch (IOException e) {
      return EMPTY; // an unreadable error body still leaves the status to report
    }
  }

  private static byte[] capped(byte[] bytes) {
    return bytes.length <= ErrorResponse.MAX_BODY_BYTES ? bytes
        : java.util.Arrays.copyOf(bytes, ErrorResponse.MAX_BODY_BYTES);
  }

  private <T> T decode(ResponseDecoder<T> decoder, ResponseContent content, Redactor redactor,
      String operation) {
    try {
      return decoder.decode(content);
    } catch (DecodingException e) {
      throw e.redacted(redactor::text);
    } catch (TransportException e) {
      throw e.redacted(redactor::text);
    } catch (RaceRegException e) {
      throw e;
    } catch (JacksonException e) {
      throw new DecodingException("could not decode the response to " + operation + ": " + e.getOriginalMessage(), e,
          excerpt(content, redactor)).redacted(redactor::text);
    } catch (IOException | RuntimeException e) {
      throw new DecodingException("could not decode the response to " + operation + ": " + e.getMessage(), e,
          excerpt(content, redactor)).redacted(redactor::text);
    }
  }

  private static String excerpt(ResponseContent content, Redactor redactor) {
    // redact before cutting: a secret straddling the cut would otherwise show its first half
    String folded = redactor.text(content.text().replaceAll("\\s+", " ").trim());
    return folded.length() > 200 ? folded.substring(0, 200) + "..." : folded;
  }

  private static Map<String, List<String>> headers(Response response) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    Headers h = response.headers();
    for (String name : h.names()) {
      map.put(name.toLowerCase(Locale.ROOT), h.values(name));
    }
    return map;
  }

  private void logRequest(ApiRequest request, String shownUrl, int attempt, int maxAttempts,
      Redactor redactor) {
    if (!enabled(LogLevel.BASIC)) {
      return;
    }
    log(LogLevel.BASIC, "--> " + request.method() + " " + shownUrl + " (" + request.operation()
        + ", attempt " + attempt + "/" + maxAttempts + ")");
    if (enabled(LogLevel.HEADERS)) {
      for (ApiRequest.Param h : request.headers()) {
        log(LogLevel.HEADERS, h.name() + ": " + redactor.header(h.name(), h.value()));
      }
    }
    if (enabled(LogLevel.BODY)) {
      request.body().ifPresent(b -> log(LogLevel.BODY, truncate(redactor.body(b))));
    }
  }

  private void logResponse(Response response, ApiRequest request, String shownUrl, long startedNanos,
      Redactor redactor) {
    if (!enabled(LogLevel.BASIC)) {
      return;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    log(LogLevel.BASIC, "<-- " + response.code() + " " + request.method() + " " + shownUrl + " (" + ms + " ms)");
    if (enabled(LogLevel.HEADERS)) {
      Headers h = response.headers();
      for (int i = 0; i < h.size(); i++) {
        log(LogLevel.HEADERS, h.name(i) + ": " + redactor.header(h.name(i), h.value(i)));
      }
    }
  }

  private void logResponseBody(ResponseContent content, Redactor redactor) {
    if (enabled(LogLevel.BODY)) {
      log(LogLevel.BODY, truncate(redactor.text(content.text())));
    }
  }

  private static String truncate(String text) {
    return text.length() > LOGGED_BODY_CHARS ? text.substring(0, LOGGED_BODY_CHARS) + "... ("
        + text.length() + " chars)" : text;
  }

  private boolean enabled(LogLevel level) {
    return options.logLevel().compareTo(level) >= 0;
  }

  private void log(LogLevel level, String line) {
    if (enabled(level)) {
      options.logSink().log(line);
    }
  }
}
