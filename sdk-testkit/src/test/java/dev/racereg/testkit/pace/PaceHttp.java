package dev.racereg.testkit.pace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain OkHttp + Jackson calls to a {@link PaceSimulator}, as any client would make them. */
final class PaceHttp {

  static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private PaceHttp() {}

  /** The four required fields for the simulator's first event. */
  static Map<String, Object> credentials(PaceSimulator sim) {
    return credentials(sim, sim.eventSlug());
  }

  /** The four required fields for one event, in a mutable map. */
  static Map<String, Object> credentials(PaceSimulator sim, String slug) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("apiId", sim.credentials().apiId());
    body.put("apiSecret", sim.credentials().apiSecret());
    body.put("accessCode", sim.credentials().accessCode(slug));
    body.put("eventSlug", slug);
    return body;
  }

  static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return copy;
  }

  static String url(PaceSimulator sim) {
    return sim.baseUrl() + "/events/getParticipants";
  }

  /** POSTs {@code body} as JSON to the endpoint. The caller closes the response. */
  static Response post(PaceSimulator sim, Object body) throws IOException {
    return postRaw(sim, JSON.writeValueAsString(body), JSON_TYPE);
  }

  static Response postRaw(PaceSimulator sim, String body, MediaType type) throws IOException {
    Request request = new Request.Builder().url(url(sim)).post(RequestBody.create(body, type)).build();
    return HTTP.newCall(request).execute();
  }

  /** POSTs and expects 200 with a JSON array. */
  static JsonNode fetch(PaceSimulator sim, Map<String, Object> body) {
    try (Response r = post(sim, body)) {
      String text = r.body().string();
      if (r.code() != 200) {
        throw new AssertionError("expected 200, got " + r.code() + ": " + text);
      }
      JsonNode array = JSON.readTree(text);
      if (!array.isArray()) {
        throw new AssertionError("expected an array: " + text);
      }
      return array;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
