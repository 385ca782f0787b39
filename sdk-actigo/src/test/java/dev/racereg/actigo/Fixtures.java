package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.racereg.core.testing.TestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** The doc-derived fixtures under {@code fixtures/docs/actigo/ (core test-jar)} and shared setup. */
final class Fixtures {

  /** The organised activity of the doc's examples. */
  static final String ACTIVITY = "638f01d0c5eaf533c891fac3";
  /** The registration of the doc's examples. */
  static final String REGISTRATION = "638f0763c5eaf533c891fb76";
  /** The person of the doc's examples. */
  static final String PERSON = "6303aec90f8fc8574e68d664";

  static final String KEY_NAME = "timing-company-key";
  static final String KEY_SECRET = "k3y-s3cret-Value-42";
  static final String BASIC = "Basic " + Base64.getEncoder()
      .encodeToString((KEY_NAME + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8));

  static final String REGISTRATIONS_PATH = "/api/events/activities/" + ACTIVITY + "/registrations.json";
  static final String REGISTRATIONS_CSV_PATH = "/api/events/activities/" + ACTIVITY + "/registrations.csv";
  static final String RESULTS_PATH = "/api/events/activities/" + ACTIVITY + "/results.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  static String read(String name) {
    return dev.racereg.core.testing.TestFixtures.doc("actigo", name);
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
  }

  static MockResponse csv(int status, String body) {
    return new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "text/csv; charset=utf-8").body(body).build();
  }

  static MockResponse fixture(String name) {
    return name.endsWith(".csv") ? csv(200, read(name)) : json(200, read(name));
  }

  static ActigoClient client(MockWebServer server, TestOptions test) {
    return ActigoClient.builder()
        .credentials(ActigoCredentials.of(KEY_NAME, KEY_SECRET))
        .options(test.options(server.url("/api").toString()))
        .build();
  }

  /** An answer echoing one registration per id, with the given start numbers and result type. */
  static String answer(String type, String... idAndStartNumber) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < idAndStartNumber.length; i += 2) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"id\":\"").append(idAndStartNumber[i]).append("\",\"state\":\"Confirmed\",")
          .append("\"startNumber\":\"").append(idAndStartNumber[i + 1]).append("\",")
          .append("\"person\":{\"id\":\"").append(PERSON).append("\"},\"syncResultType\":\"")
          .append(type).append("\"}");
    }
    return sb.append(']').toString();
  }

  /** A registration id made of a number, e.g. {@code id(7)} = {@code 000000000000000000000007}. */
  static String id(int n) {
    return String.format("%024x", n);
  }
}
