package dev.racereg.core.internal.http;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.testing.TestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shortcuts for the executor tests: an executor on a MockWebServer, canned responses, decoders. */
public final class TestExecutors {

  /** A base URL the production default is never used for in tests. */
  public static final String UNUSED_DEFAULT = "https://production.invalid/";

  private TestExecutors() {}

  /** An executor on the server's root with the test options, the default error mapper and no auth. */
  public static ApiExecutor on(MockWebServer server, TestOptions t) {
    return on(server, t, AuthStrategy.none());
  }

  /** An executor on the server's root with the test options and the given auth. */
  public static ApiExecutor on(MockWebServer server, TestOptions t, AuthStrategy auth) {
    return new ApiExecutor(t.options(server.url("/").toString()), UNUSED_DEFAULT, auth,
        new DefaultErrorMapper());
  }

  /** An executor with the given options. */
  public static ApiExecutor on(ClientOptions options, AuthStrategy auth) {
    return new ApiExecutor(options, UNUSED_DEFAULT, auth, new DefaultErrorMapper());
  }

  /** A GET of {@code path}. */
  public static ApiRequest get(String path, Idempotency idempotency) {
    return ApiRequest.builder("test.get", "GET", path, idempotency).build();
  }

  /** A POST of a small JSON body to {@code path}. */
  public static ApiRequest post(String path, Idempotency idempotency) {
    return ApiRequest.builder("test.post", "POST", path, idempotency)
        .body(RequestBody.json(Codecs.json().createObjectNode().put("n", 1)))
        .build();
  }

  /** A response with a status and a body. */
  public static MockResponse status(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  /** A 200 with a JSON body. */
  public static MockResponse ok(String json) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(json).build();
  }

  /** Decodes the body as text. */
  public static ResponseDecoder<String> text() {
    return ResponseContent::text;
  }

  /** Takes the next recorded request, failing instead of hanging if none arrives. */
  public static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request reached the server");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A local port nothing listens on (bound, then released). */
  public static int closedPort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
