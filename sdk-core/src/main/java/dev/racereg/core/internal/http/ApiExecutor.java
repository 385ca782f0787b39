package dev.racereg.core.internal.http;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import java.io.InputStream;
import java.util.Objects;
import java.util.stream.Stream;
import okhttp3.ResponseBody;

/**
 * Runs {@link ApiRequest}s for one provider client. Thread-safe; one instance serves a client for
 * its lifetime. It only wires the pipeline's parts, each of which has one job:
 *
 * <ol>
 *   <li>{@link AttemptLoop}: authenticates each attempt, renews rejected credentials once, retries
 *       by the request's {@link Idempotency} and the {@link RetryPolicy};
 *   <li>{@link Exchange}: one attempt on the wire, logged by {@link HttpLog} with the
 *       {@link Redactors}' redactor, sent by {@link Transport}, error statuses mapped by the
 *       provider's {@link ErrorMapper};
 *   <li>{@link Decoding}: the body read and decoded, failures turned into redacted SDK exceptions.
 * </ol>
 */
public final class ApiExecutor {

  private final ClientOptions options;
  private final Transport transport;
  private final Redactors redactors;
  private final HttpLog log;
  private final AttemptLoop attempts;
  private final Exchange exchange;

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
    this.transport = new Transport(options, defaultBaseUrl);
    this.redactors = new Redactors(Objects.requireNonNull(auth, "auth"),
        Objects.requireNonNull(providerRedaction, "providerRedaction"));
    this.log = new HttpLog(options.logLevel(), options.logSink());
    this.attempts = new AttemptLoop(auth, options.retryPolicy(), options.sleeper(), log);
    this.exchange = new Exchange(transport, log, redactors,
        Objects.requireNonNull(errorMapper, "errorMapper"), options.clock(), attempts.maxAttempts());
  }

  /** Like the full constructor, with nothing extra to redact. */
  public ApiExecutor(ClientOptions options, String defaultBaseUrl, AuthStrategy auth,
      ErrorMapper errorMapper) {
    this(options, defaultBaseUrl, auth, errorMapper, Redaction.none());
  }

  /** The redactors of this client, for tests that count what a call builds. */
  Redactors redactors() {
    return redactors;
  }

  /** The options this executor runs with. */
  public ClientOptions options() {
    return options;
  }

  /** The base URL requests are resolved against. */
  public String baseUrl() {
    return transport.baseUrl().toString();
  }

  /** The redactor for this client's secrets (for providers that build their own messages). */
  public Redactor redactor() {
    return redactors.forClient();
  }

  /**
   * The redactor for one request: this client's secrets plus what the request itself carries
   * (its {@link ApiRequest#redaction()}, and values it holds under secret names). For providers
   * that build their own messages about that request.
   */
  public Redactor redactor(ApiRequest request) {
    return redactors.forRequest(Objects.requireNonNull(request, "request"));
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
    return attempts.run(request, (authed, number) -> exchange.send(authed, number,
        (response, view) -> {
          try (ResponseBody body = response.body()) {
            byte[] bytes = Decoding.readBody(body, request, view);
            ResponseContent content = new ResponseContent(response.code(), response.headers(), bytes);
            if (log.enabled(LogLevel.BODY)) {
              log.responseBody(content.text(), view.redactor());
            }
            exchange.checkSuccessBody(response, bytes, authed, view);
            return Decoding.decode(decoder, content, view, request);
          }
        }));
  }

  /**
   * Sends the request and decodes the body as a lazy stream while it arrives. Retries cover
   * everything up to the first item: a body cut before it is retried like any failed attempt. A
   * failure while reading later items surfaces from the stream (a {@link TransportException} or
   * {@link DecodingException} whose {@code rowsDelivered()} says how many items the caller had
   * received) and is not retried, since items were already handed out. Close the stream
   * (try-with-resources) if you stop early.
   *
   * @throws ApiException as for {@link #execute}
   * @throws TransportException as for {@link #execute}
   */
  public <T> Stream<T> stream(ApiRequest request, BodyStreamer<T> streamer) {
    Objects.requireNonNull(streamer, "streamer");
    return attempts.run(request, (authed, number) -> exchange.send(authed, number,
        (response, view) -> {
          InputStream in = response.body().byteStream();
          try {
            return FirstRowFirst.open(Decoding.redactingFailures(streamer.open(in, response, view::redactor), view,
                request.operation()));
          } catch (DecodingException e) {
            response.close();
            throw e.redacted(view::text);
          } catch (TransportException e) {
            response.close();
            throw e.redacted(view::text);
          } catch (RuntimeException e) {
            response.close();
            throw e;
          }
        }));
  }
}
