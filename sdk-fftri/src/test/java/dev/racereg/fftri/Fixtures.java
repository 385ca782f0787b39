package dev.racereg.fftri;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.TestOptions;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Doc fixtures and client factories shared by the tests. */
final class Fixtures {

  static final String USER = "username";
  static final String API_KEY = "d41d8cd98f00b204e9800998ecf8427e";
  static final String PASSPHRASE = "passphrase";
  /** SHA-256 of the doc's sample string, lower-case hex. */
  static final String TOKEN = "211b948cf887369081a0660ffbab0f1dd145643173953cf4bfe6a3bc20c35a3c";

  private Fixtures() {}

  /** A fixture under {@code fixtures/docs/fftri/ (core test-jar)}. */
  static String read(String name) {
    return dev.racereg.core.testing.TestFixtures.doc("fftri", name);
  }

  /**
   * A MockWebServer whose accepted sockets set {@code TCP_NODELAY}. MockWebServer leaves Nagle's
   * algorithm on, so the body segment of each response waits for the client's delayed ACK
   * (~40 ms on Linux): 500 calls took 24 s instead of 0.3 s.
   */
  static MockWebServer fastServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(dev.racereg.testkit.NoDelaySockets.serverSocketFactory());
    return server;
  }

  static FftriCredentials credentials() {
    return FftriCredentials.builder().username(USER).apiKey(API_KEY).passphrase(PASSPHRASE).build();
  }

  /** A client on the server with the doc's credentials, fast retries recorded by {@code t}. */
  static FftriClient client(MockWebServer server, TestOptions t) {
    return client(server, t, credentials());
  }

  static FftriClient client(MockWebServer server, TestOptions t, FftriCredentials auth) {
    return FftriClient.builder().credentials(auth).options(options(server, t).build()).build();
  }

  static ClientOptions.Builder options(MockWebServer server, TestOptions t) {
    String base = server.url("/api").toString();
    return t.builder(base).retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10)).build());
  }

  static MockResponse json(String body) {
    return json(200, body);
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
  }
}
