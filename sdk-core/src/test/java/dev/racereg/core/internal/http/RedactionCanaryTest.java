package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.internal.auth.BasicAuth;
import dev.racereg.core.internal.auth.BearerTokenAuth;
import dev.racereg.core.internal.auth.HeaderKeyPairAuth;
import dev.racereg.core.internal.auth.JwtBearerAuth;
import dev.racereg.core.internal.auth.QueryKeyPairAuth;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.testing.TestOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Secrets sent every way the SDK knows, against a platform that echoes everything it receives
 * (URL, headers, body) in its responses. The canary must not surface in any log line, exception
 * message or {@code toString()}, raw or percent-encoded.
 */
class RedactionCanaryTest {

  static final String CANARY = dev.racereg.core.testing.Canaries.CORE;

  /** Secrets with characters that percent-encoding changes, each containing the canary. */
  static final String BEARER = CANARY + "-bearer.tok_en~";
  static final String PASSWORD = CANARY + " pässwörd:!";
  static final String QUERY_SECRET = CANARY + " q&s=1+2/é";
  static final String HEADER_SECRET = CANARY + "-hdr";
  static final String BODY_SECRET = CANARY + " body s\u00e9cret&x";
  static final String PATH_SECRET = CANARY + " p/ä!@+~*'(),;=:$&";
  static final String JWT = CanaryJwt.token(CANARY + "-sig");

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  /** Answers with the queued statuses, each echoing the request it got. */
  private final ConcurrentLinkedQueue<Function<RecordedRequest, MockResponse>> answers = new ConcurrentLinkedQueue<>();

  private static String echo(RecordedRequest r) {
    StringBuilder sb = new StringBuilder("{\"error\":{\"code\":\"rejected\",\"message\":\"you sent ");
    sb.append(r.getMethod()).append(' ').append(r.getTarget()).append(" | ").append(r.getUrl()).append(" | ");
    for (int i = 0; i < r.getHeaders().size(); i++) {
      sb.append(r.getHeaders().name(i)).append('=').append(r.getHeaders().value(i)).append(' ');
    }
    sb.append(" | ").append(r.getBody() == null ? "" : r.getBody().utf8().replace("\"", "'"));
    return sb.append("\"}}").toString();
  }

  private static Function<RecordedRequest, MockResponse> echoing(int status) {
    return r -> new MockResponse.Builder().code(status).setHeader("X-Echo", r.getTarget())
        .setHeader("Content-Type", "application/json").body(echo(r)).build();
  }

  static Stream<Arguments> strategies() {
    return Stream.of(
        Arguments.of("bearer", new BearerTokenAuth(Secret.of(BEARER)), List.of()),
        Arguments.of("basic", new BasicAuth("timer", Secret.of(PASSWORD)), List.of(Base64.getEncoder()
            .encodeToString(("timer:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))),
        Arguments.of("query", new QueryKeyPairAuth("api_key", "key-1", "api_secret", Secret.of(QUERY_SECRET)),
            List.of()),
        Arguments.of("header", new HeaderKeyPairAuth("X-Api-Key", "key-1", "X-Api-Secret",
            Secret.of(HEADER_SECRET)), List.of()),
        Arguments.of("jwt", new JwtBearerAuth(Secret.of(JWT), new dev.racereg.core.testing.MutableClock(
            TestOptions.NOW)), List.of(JWT)));
  }

  private ApiRequest request() {
    ObjectNode body = Codecs.json().createObjectNode().put("name", "Ada");
    body.putObject("account").put("password", BODY_SECRET);
    return ApiRequest.builder("canary.create", "POST", "/keys/{key}/registrations", Idempotency.UNSAFE)
        .pathParam("key", PATH_SECRET)
        .query("page[size]", "10")
        .body(RequestBody.json(body))
        .outcomeCheckHint("list the registrations")
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  void canaryNeverSurfaces(String name, AuthStrategy auth, List<String> alsoSecret) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        Function<RecordedRequest, MockResponse> next = answers.poll();
        return next == null ? new MockResponse.Builder().code(500).build() : next.apply(request);
      }
    });
    Redaction provider = Redaction.bodyFields("password").and(Redaction.secretValues(PATH_SECRET));
    ClientOptions options = t.builder(server.url("/api").toString())
        .retryPolicy(RetryPolicy.builder().random(() -> 0).build()).build();
    ApiExecutor executor = new ApiExecutor(options, TestExecutors.UNUSED_DEFAULT, auth, new DefaultErrorMapper(),
        provider);
    ApiRequest create = request();
    ApiRequest safeRead = ApiRequest.builder("canary.read", "GET", "/keys/{key}", Idempotency.SAFE)
        .pathParam("key", PATH_SECRET).build();
    List<Throwable> failures = new ArrayList<>();

    // 1. a success whose body echoes everything, logged at BODY level
    answers.add(echoing(200));
    executor.execute(request(), TestExecutors.text());
    // 2. an error echoing everything
    answers.add(echoing(400));
    failures.add(catchThrowable(() -> executor.execute(request(), TestExecutors.text())));
    // 3. a retried 503 (its message is logged) then a final error
    answers.add(echoing(503));
    answers.add(echoing(422));
    failures.add(catchThrowable(() -> executor.execute(safeRead, TestExecutors.text())));
    // 4. a 200 that does not decode: message and excerpt
    answers.add(r -> new MockResponse.Builder().code(200).body("[" + echo(r)).build());
    failures.add(catchThrowable(() -> executor.execute(safeRead, c -> Codecs.json().readTree(c.bytes()))));
    // 5. a connection dropped under an unsafe request: outcome unknown
    answers.add(r -> new MockResponse.Builder().code(200)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    failures.add(catchThrowable(() -> executor.execute(create, TestExecutors.text())));

    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(failures).doesNotContainNull().hasSize(4);
    assertThat(failures.get(0)).isInstanceOf(ApiException.class);

    List<String> shown = new ArrayList<>(t.log.lines());
    for (Throwable f : failures) {
      for (Throwable c = f; c != null; c = c.getCause()) {
        shown.add(c.getClass().getName() + ": " + c.getMessage());
        shown.add(c.toString());
      }
      if (f instanceof ApiException) {
        shown.add(((ApiException) f).details().toString());
      }
    }
    shown.add(request().toString());
    shown.add(auth.authenticate(request()).toString());
    shown.add(auth.toString());
    shown.add(Secret.of(BEARER).toString());
    shown.add(options.toString());
    shown.add(executor.options().toString());

    List<String> forbidden = new ArrayList<>(alsoSecret);
    forbidden.add(CANARY);
    assertThat(t.log.all()).as("the log must show the exchanges").contains("--> POST", "<-- 200", "<-- 400",
        "retrying canary.read", "you sent", Redactor.MASK);
    List<String> leaks = new ArrayList<>();
    for (String line : shown) {
      for (String secret : forbidden) {
        if (line.contains(secret) || line.contains(URLEncoder.encode(secret, StandardCharsets.UTF_8))) {
          leaks.add(line);
        }
      }
    }
    assertThat(leaks).as("lines showing a secret").isEmpty();
  }

  /** Builds a JWT whose signature part carries the canary (as base64url allows). */
  static final class CanaryJwt {
    static String token(String signature) {
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      return b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
          + b64.encodeToString(("{\"sub\":\"org-1\",\"exp\":" + TestOptions.NOW.plusSeconds(3600).getEpochSecond()
          + "}").getBytes(StandardCharsets.UTF_8)) + "." + signature;
    }
  }
}
