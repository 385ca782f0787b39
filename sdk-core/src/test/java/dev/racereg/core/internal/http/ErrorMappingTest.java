package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.internal.auth.BearerTokenAuth;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.ConflictException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.UnprocessableEntityException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.testing.TestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private ApiExecutor executor(ErrorMapper mapper, AuthStrategy auth, RetryPolicy policy) {
    return new ApiExecutor(t.builder(server.url("/").toString()).retryPolicy(policy).build(),
        TestExecutors.UNUSED_DEFAULT, auth, mapper);
  }

  private ApiExecutor noRetries() {
    return executor(new DefaultErrorMapper(), AuthStrategy.none(), RetryPolicy.none());
  }

  /** The exception for one error response, through the whole pipeline. */
  private ApiException failWith(MockResponse response) {
    server.enqueue(response);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> noRetries().execute(TestExecutors.get("/events/9", Idempotency.SAFE), TestExecutors.text()));
    assertThat(thrown).isInstanceOf(ApiException.class);
    return (ApiException) thrown;
  }

  private ApiException failWith(int status, String body) {
    return failWith(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .body(body).build());
  }

  static Stream<Arguments> families() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class), Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class), Arguments.of(404, NotFoundException.class),
        Arguments.of(405, ApiException.class), Arguments.of(408, ApiException.class),
        Arguments.of(409, ConflictException.class), Arguments.of(410, ApiException.class),
        Arguments.of(418, ApiException.class), Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class), Arguments.of(500, ServerException.class),
        Arguments.of(501, ServerException.class), Arguments.of(502, ServerException.class),
        Arguments.of(503, ServerException.class), Arguments.of(504, ServerException.class),
        Arguments.of(599, ServerException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("families")
  void everyStatusFamilyHasItsException(int status, Class<? extends ApiException> type) {
    ApiException e = failWith(status, "{\"error\":{\"code\":\"E" + status + "\",\"message\":\"went wrong\"}}");

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.providerCode()).contains("E" + status);
    assertThat(e.providerMessage()).contains("went wrong");
    assertThat(e.details().method()).isEqualTo("GET");
    assertThat(e.details().url()).isEqualTo(server.url("/events/9").toString());
  }

  @Test
  void messageNamesRequestStatusCodeMessageAndRequestId() {
    ApiException e = failWith(new MockResponse.Builder().code(404).setHeader("X-Request-Id", "req-77")
        .body("{\"error\":{\"code\":\"not_found\",\"message\":\"Event 9 does not exist\"}}").build());

    assertThat(e.getMessage()).isEqualTo("HTTP 404 from GET " + server.url("/events/9")
        + ": code not_found, Event 9 does not exist [request id req-77]");
    assertThat(e.requestId()).contains("req-77");
  }

  @Test
  void otherRequestIdHeadersAreRead() {
    assertThat(failWith(new MockResponse.Builder().code(500).setHeader("Request-Id", "r-1").build())
        .requestId()).contains("r-1");
    assertThat(failWith(new MockResponse.Builder().code(500).setHeader("x-amzn-RequestId", "r-2").build())
        .requestId()).contains("r-2");
    assertThat(failWith(500, "").requestId()).isEmpty();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("{\"error\":\"Event not found\"}", null, "Event not found"),
        Arguments.of("{\"error\":\"Event not found\",\"code\":\"E404\"}", "E404", "Event not found"),
        Arguments.of("{\"error\":{\"code\":\"invalid_bib\",\"message\":\"Bib 12 is taken\"}}", "invalid_bib",
            "Bib 12 is taken"),
        Arguments.of("{\"error\":{\"error_code\":14,\"error_msg\":\"Rate limit exceeded\"}}", "14",
            "Rate limit exceeded"),
        Arguments.of("{\"error\":{\"code\":7}}", "7", null),
        Arguments.of("{\"message\":\"Validation failed\",\"code\":422001}", "422001", "Validation failed"),
        Arguments.of("{\"error_code\":\"X1\",\"error_description\":\"token revoked\"}", "X1", "token revoked"),
        Arguments.of("{\"title\":\"Bad\",\"detail\":\"raceId is required\"}", null, "raceId is required"),
        Arguments.of("{\"errors\":[{\"message\":\"first problem\"},{\"message\":\"second\"}]}", null,
            "first problem"),
        Arguments.of("{\"errors\":[\"plain text problem\"]}", null, "plain text problem"),
        Arguments.of("{\"errors\":[{\"detail\":\"from detail\"}]}", null, "from detail"),
        Arguments.of("{\"errors\":[{\"title\":\"from title\"}],\"code\":\"C\"}", "C", "from title"),
        Arguments.of("{\"errors\":[]}", null, null),
        Arguments.of("{\"code\":null,\"message\":null}", null, null),
        Arguments.of("{\"unrelated\":true}", null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void providerCodeAndMessageAreReadFromTheSupportedShapes(String body, String code, String message) {
    ApiException e = failWith(400, body);

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.providerCode()).isEqualTo(Optional.ofNullable(code));
    assertThat(e.providerMessage()).isEqualTo(Optional.ofNullable(message));
    if (message != null) {
      assertThat(e.getMessage()).contains(message);
    }
  }

  @Test
  void unreadableJsonBodiesStillGiveTheStatusException() {
    for (String body : List.of("{\"error\":", "{\"error\":{\"code\":\"a\",\"mess", "not json", "[1,2]", "\"text\"",
        "42", "null", "{\"error\":}")) {
      ApiException e = failWith(409, body);

      assertThat(e).as(body).isInstanceOf(ConflictException.class);
      assertThat(e.providerCode()).as(body).isEmpty();
      assertThat(e.providerMessage()).as(body).isEmpty();
      assertThat(e.bodyExcerpt()).as(body).isEqualTo(body);
      assertThat(e.getMessage()).as(body).endsWith(": " + body);
    }
  }

  @Test
  void emptyBodyLeavesJustTheStatus() {
    for (String body : List.of("", "   \n ")) {
      ApiException e = failWith(500, body);

      assertThat(e).isInstanceOf(ServerException.class);
      assertThat(e.getMessage()).isEqualTo("HTTP 500 from GET " + server.url("/events/9"));
      assertThat(e.providerMessage()).isEmpty();
    }
  }

  @Test
  void htmlPageIsReportedWithItsTitle() {
    ApiException e = failWith(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html><head><TITLE>\n  502 Bad\n Gateway </TITLE></head><body><h1>nginx</h1></body></html>").build());

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.providerMessage()).contains("an HTML page instead of an API response (title: 502 Bad Gateway)");
    assertThat(e.getMessage()).contains("(title: 502 Bad Gateway)");
  }

  @Test
  void htmlIsRecognisedWithoutAContentType() {
    ApiException e = failWith(new MockResponse.Builder().code(403)
        .body("  <!DOCTYPE html><html><head><title>Access denied | Cloudflare</title></head></html>").build());

    assertThat(e).isInstanceOf(PermissionDeniedException.class);
    assertThat(e.providerMessage()).contains("an HTML page instead of an API response (title: Access denied | Cloudflare)");
  }

  @Test
  void htmlWithoutATitleIsStillNamed() {
    ApiException e = failWith(new MockResponse.Builder().code(503).setHeader("Content-Type", "text/html; charset=utf-8")
        .body("<p>maintenance</p>").build());

    assertThat(e.providerMessage()).contains("an HTML page instead of an API response");
  }

  @Test
  void binaryGarbageIsNotAProblem() {
    Buffer garbage = new Buffer().write(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '{', (byte) 0x80});

    ApiException e = failWith(new MockResponse.Builder().code(500).body(garbage).build());

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.providerCode()).isEmpty();
  }

  @Test
  void hugeErrorBodyIsCutToAnExcerpt() {
    String huge = "{\"message\":\"" + "x".repeat(200_000) + "\"}";

    ApiException e = failWith(500, huge);

    assertThat(e.bodyExcerpt()).hasSize(303).endsWith("...");
    assertThat(e.providerMessage()).isEmpty(); // only the first 64 KiB were read: no longer valid JSON
  }

  @Test
  void errorBodyCutOffMidwayStillGivesTheStatusException() {
    ApiException e = failWith(new MockResponse.Builder().code(400)
        .body("{\"error\":\"" + "y".repeat(10_000) + "\"}")
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.statusCode()).isEqualTo(400);
  }

  @Test
  void mapperNeverThrowsWhateverTheBody() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    DefaultErrorMapper mapper = new DefaultErrorMapper();
    Redactor redactor = new Redactor(Redaction.none());
    String[] pieces = {"{", "}", "[", "]", "\"error\"", "\"errors\"", "\"message\"", "\"code\"", ":", ",", "null",
        "1", "\"x\"", "<html>", "<title>", "</title>", " ", "\u00e9", "\\", "\"", "true"};
    for (int i = 0; i < 2000; i++) {
      StringBuilder body = new StringBuilder();
      int n = random.nextInt(20);
      for (int j = 0; j < n; j++) {
        body.append(pieces[random.nextInt(pieces.length)]);
      }
      int status = 400 + random.nextInt(200);
      String type = random.nextBoolean() ? "application/json" : "text/html";
      ErrorResponse response = new ErrorResponse(status, Map.of("content-type", List.of(type),
          "retry-after", List.of(body.toString())), body.toString().getBytes(StandardCharsets.UTF_8), "GET",
          "http://h/x", Instant.EPOCH, redactor);
      ApiException e;
      try {
        e = mapper.fromErrorStatus(response);
      } catch (RuntimeException thrown) {
        throw new AssertionError("seed " + seed + ": mapper threw on body '" + body + "'", thrown);
      }
      assertThat(e.statusCode()).as("seed %s body %s", seed, body).isEqualTo(status);
    }
  }

  // --- successful statuses

  private static final String SECRET = "tok-9f8e7d6c5b";

  @Test
  void malformedSuccessBodyIsADecodingExceptionWithARedactedExcerpt() {
    server.enqueue(TestExecutors.ok("{\"participants\": [{\"name\": \"Zoë\", \"echo\": \"" + SECRET + "\"}, {\"name\": "));
    ApiExecutor executor = executor(new DefaultErrorMapper(), new BearerTokenAuth(Secret.of(SECRET)),
        RetryPolicy.defaults());

    assertThatThrownBy(() -> executor.execute(TestExecutors.get("/p", Idempotency.SAFE),
        r -> Codecs.json().readValue(r.bytes(), Map.class)))
        .isInstanceOfSatisfying(DecodingException.class, e -> {
          assertThat(e.excerpt()).startsWith("{\"participants\": [{\"name\": \"Zoë\", \"echo\": \"****\"}")
              .doesNotContain(SECRET);
          assertThat(e.getMessage()).startsWith("could not decode the response to test.get: ").doesNotContain(SECRET)
              .contains("(body starts: ");
          // the parser's exception is kept as a redacted stand-in: its class, message and stack
          assertThat(e.getCause().toString()).startsWith("com.fasterxml.jackson.core.io.JsonEOFException: ");
          assertThat(e.getCause().getStackTrace()).isNotEmpty();
        });
    assertThat(server.getRequestCount()).isEqualTo(1); // decoding failures are not retried
  }

  @Test
  void decoderRuntimeFailureBecomesADecodingException() {
    server.enqueue(TestExecutors.ok("{\"bib\":\"abc\"}"));

    assertThatThrownBy(() -> noRetries().execute(TestExecutors.get("/p", Idempotency.SAFE), r -> {
      throw new NumberFormatException("For input string: \"abc\"");
    })).isInstanceOfSatisfying(DecodingException.class, e -> {
      assertThat(e.getMessage()).contains("For input string");
      assertThat(e.excerpt()).isEqualTo("{\"bib\":\"abc\"}");
    });
  }

  @Test
  void sdkExceptionsFromADecoderPassThrough() {
    server.enqueue(TestExecutors.ok("{}"));
    NotFoundException notFound = new NotFoundException(
        dev.racereg.core.error.ErrorDetails.builder(200, "GET", "u").providerCode("1").providerMessage("none").build());

    assertThatThrownBy(() -> noRetries().execute(TestExecutors.get("/p", Idempotency.SAFE), r -> {
      throw notFound;
    })).isSameAs(notFound);
  }

  @Test
  void longBodyExcerptIsShort() {
    server.enqueue(TestExecutors.ok("<html>" + "z".repeat(5000)));

    assertThatThrownBy(() -> noRetries().execute(TestExecutors.get("/p", Idempotency.SAFE),
        r -> Codecs.json().readTree(r.bytes())))
        .isInstanceOfSatisfying(DecodingException.class,
            e -> assertThat(e.excerpt()).hasSize(203).startsWith("<html>zzz").endsWith("..."));
  }

  private static MockResponse truncated200() {
    return new MockResponse.Builder().code(200).body("[" + "{\"n\":1},".repeat(2000) + "{\"n\":1}]")
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  @Test
  void truncatedSuccessBodyIsATransportException() {
    server.enqueue(truncated200());

    assertThatThrownBy(() -> noRetries().execute(TestExecutors.get("/p", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.getMessage()).contains("test.get was cut off while reading");
          assertThat(e.requestMayHaveBeenSent()).isTrue();
        });
  }

  @Test
  void truncatedSuccessBodyOfASafeReadIsRetried() {
    server.enqueue(truncated200());
    server.enqueue(TestExecutors.ok("[]"));

    String body = executor(new DefaultErrorMapper(), AuthStrategy.none(), RetryPolicy.defaults())
        .execute(TestExecutors.get("/p", Idempotency.SAFE), TestExecutors.text());

    assertThat(body).isEqualTo("[]");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  /** A platform that reports errors inside 200 responses, like RunSignup. */
  private static final class ErrorsIn200 extends DefaultErrorMapper {
    final AtomicInteger bodyBytesSeen = new AtomicInteger();

    @Override
    public Optional<ApiException> fromSuccessBody(ErrorResponse response) {
      bodyBytesSeen.set(response.body().length);
      String[] codeAndMessage = providerError(response);
      if (codeAndMessage[0] == null) {
        return Optional.empty();
      }
      var details = response.baseDetails().withProvider(codeAndMessage[0], codeAndMessage[1]);
      return Optional.of("14".equals(codeAndMessage[0]) ? new RateLimitException(details, null)
          : new NotFoundException(details));
    }
  }

  @Test
  void errorsReportedInsideA200AreThrown() {
    server.enqueue(TestExecutors.ok("{\"error\":{\"error_code\":201,\"error_msg\":\"Race not found\"}}"));
    AtomicBoolean decoded = new AtomicBoolean();

    assertThatThrownBy(() -> executor(new ErrorsIn200(), AuthStrategy.none(), RetryPolicy.defaults())
        .execute(TestExecutors.get("/race", Idempotency.SAFE), r -> {
          decoded.set(true);
          return r.text();
        }))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.providerCode()).contains("201");
          assertThat(e.providerMessage()).contains("Race not found");
        });
    assertThat(decoded).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void throttlingReportedInsideA200IsRetried() {
    server.enqueue(TestExecutors.ok("{\"error\":{\"error_code\":14,\"error_msg\":\"Too many requests\"}}"));
    server.enqueue(TestExecutors.ok("{\"race\":1}"));

    String body = executor(new ErrorsIn200(), AuthStrategy.none(), RetryPolicy.builder().random(() -> 0).build())
        .execute(TestExecutors.get("/race", Idempotency.SAFE), TestExecutors.text());

    assertThat(body).isEqualTo("{\"race\":1}");
    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void successHookSeesAtMostTheErrorBodyCap() {
    ErrorsIn200 mapper = new ErrorsIn200();
    String big = "[" + "1,".repeat(100_000) + "1]";
    server.enqueue(TestExecutors.ok(big));

    String body = executor(mapper, AuthStrategy.none(), RetryPolicy.none())
        .execute(TestExecutors.get("/race", Idempotency.SAFE), TestExecutors.text());

    assertThat(body).isEqualTo(big);
    assertThat(mapper.bodyBytesSeen).hasValue(ErrorResponse.MAX_BODY_BYTES);
  }

  @Test
  void sdkExceptionsShareOneRoot() {
    assertThat(RaceRegException.class).isAssignableFrom(ApiException.class);
    assertThat(RuntimeException.class).isAssignableFrom(RaceRegException.class);
  }
}
