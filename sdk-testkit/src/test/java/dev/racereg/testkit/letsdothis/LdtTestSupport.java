package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain OkHttp + Jackson calls against a simulator, as a client would make them. */
final class LdtTestSupport {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private static final MediaType JSON = MediaType.get("application/json");

  private LdtTestSupport() {}

  /** A status, headers and parsed JSON body. */
  record Reply(int code, JsonNode body, String allow, String wwwAuthenticate, String raw) {}
  static HttpUrl url(LetsDoThisSimulator sim, String path, String... query) {
    HttpUrl.Builder b = HttpUrl.get(sim.baseUrl() + path).newBuilder();
    for (int i = 0; i < query.length; i += 2) {
      b.addQueryParameter(query[i], query[i + 1]);
    }
    return b.build();
  }

  static Reply get(LetsDoThisSimulator sim, String token, String path, String... query) {
    return call(sim, token, "GET", path, null, query);
  }

  static Reply call(LetsDoThisSimulator sim, String token, String method, String path,
      String body, String... query) {
    Request.Builder rb = new Request.Builder().url(url(sim, path, query));
    if (token != null) {
      rb.header("Authorization", "Bearer " + token);
    }
    rb.method(method, body == null ? (method.equals("GET") || method.equals("DELETE") ? null
        : RequestBody.create("", JSON)) : RequestBody.create(body, JSON));
    return execute(rb.build());
  }

  static Reply execute(Request request) {
    try (Response r = HTTP.newCall(request).execute()) {
      String raw = r.body().string();
      JsonNode json = raw.isEmpty() ? null : MAPPER.readTree(raw);
      return new Reply(r.code(), json, r.header("Allow"), r.header("WWW-Authenticate"), raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row of a list, following {@code next} cursors. */
  static List<JsonNode> all(LetsDoThisSimulator sim, String token, String path, String... query) {
    List<JsonNode> rows = new ArrayList<>();
    String after = null;
    do {
      List<String> q = new ArrayList<>(List.of(query));
      if (after != null) {
        q.add("page[after]");
        q.add(after);
      }
      Reply reply = get(sim, token, path, q.toArray(new String[0]));
      if (reply.code() != 200) {
        throw new AssertionError("HTTP " + reply.code() + ": " + reply.raw());
      }
      reply.body().get("data").forEach(rows::add);
      JsonNode next = reply.body().get("page").get("next");
      after = next.isNull() ? null : next.asText();
    } while (after != null);
    return rows;
  }

  static String field(JsonNode row, String id) {
    for (JsonNode f : row.get("fields")) {
      if (f.get("id").asText().equals(id)) {
        return f.get("value").isNull() ? null : f.get("value").asText();
      }
    }
    throw new AssertionError("no field " + id + " in " + row);
  }

  static List<String> ids(List<JsonNode> rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.get("id").asText()));
    return ids;
  }
}
