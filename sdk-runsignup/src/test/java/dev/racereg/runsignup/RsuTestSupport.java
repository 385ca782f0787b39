package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.testing.TestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;

/** Shared set-up for tests against MockWebServer: a server, test options, helpers. */
abstract class RsuTestSupport {

  static final long RACE = 12345L;
  static final String KEY = "key-abc";
  static final String SECRET = "sekret-api-value-0001";

  @StartStop
  final MockWebServer server = new MockWebServer();

  final TestOptions test = new TestOptions();

  /** Options at the mock server, with fast deterministic retries. */
  ClientOptions options() {
    return test.builder(baseUrl())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).random(() -> 0.0).build())
        .build();
  }

  String baseUrl() {
    return server.url("/Rest").toString();
  }

  RunSignupClient client() {
    return client(RunSignupCredentials.apiKey(KEY, SECRET));
  }

  RunSignupClient client(RunSignupCredentials credentials) {
    return RunSignupClient.builder().credentials(credentials).options(options()).build();
  }

  void enqueueJson(String body) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body).build());
  }

  void enqueueXml(String body) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/xml")
        .body(body).build());
  }

  void enqueue(int code, String contentType, String body) {
    server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", contentType).body(body).build());
  }

  RecordedRequest take() {
    try {
      return server.takeRequest();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }

  /** A form-encoded body as name to value, in order. */
  static Map<String, String> form(RecordedRequest r) {
    Map<String, String> out = new LinkedHashMap<>();
    String text = body(r);
    if (text.isEmpty()) {
      return out;
    }
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  static String resource(String name) {
    return dev.racereg.core.testing.TestFixtures.doc("runsignup", name);
  }

  static JsonNode json(String text) {
    try {
      return Codecs.json().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode xml(String text) {
    try {
      return RsuXml.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** XML with the white space between elements removed, for comparing documents. */
  static String compactXml(String text) {
    return text.replaceAll(">\\s+<", "><").trim();
  }
}
