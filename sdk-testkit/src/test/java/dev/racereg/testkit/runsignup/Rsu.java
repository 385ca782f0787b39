package dev.racereg.testkit.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Plain-HTTP helpers for the RunSignup simulator tests. */
final class Rsu {

  static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  static final ObjectMapper JSON = new ObjectMapper();
  static final XmlMapper XML = new XmlMapper();

  private Rsu() {}

  /** A response read in full. */
  record Reply(int code, String body, String contentType, Headers headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    /** The XML body as a tree (root element dropped, as Jackson reads XML). */
    JsonNode xml() {
      try {
        return XML.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not XML: " + body, e);
      }
    }

    int errorCode() {
      JsonNode error = json().path("error");
      return error.isMissingNode() ? 0 : error.path("error_code").asInt();
    }
  }

  static Reply get(RunSignupSimulator sim, String pathAndQuery) {
    return get(sim, pathAndQuery, Headers.of());
  }

  static Reply get(RunSignupSimulator sim, String pathAndQuery, Headers headers) {
    return call(new Request.Builder().url(sim.baseUrl() + pathAndQuery).headers(headers).build());
  }

  static Reply post(RunSignupSimulator sim, String pathAndQuery, Map<String, String> form) {
    return post(sim, pathAndQuery, form, Headers.of());
  }

  static Reply post(RunSignupSimulator sim, String pathAndQuery, Map<String, String> form, Headers headers) {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    return call(new Request.Builder().url(sim.baseUrl() + pathAndQuery).headers(headers).post(body.build()).build());
  }

  static Reply call(Request request) {
    try (Response r = HTTP.newCall(request).execute()) {
      return new Reply(r.code(), r.body().string(), r.header("Content-Type"), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code api_key=..&api_secret=..} for the simulator's main key pair. */
  static String keys(RunSignupSimulator sim) {
    return "api_key=" + sim.credentials().apiKey() + "&api_secret=" + sim.credentials().apiSecret();
  }

  /** {@code /race/{id}/participants?format=json&<keys>} plus extra query text. */
  static String participants(RunSignupSimulator sim, String extra) {
    return "/race/" + sim.raceId() + "/participants?format=json&" + keys(sim) + (extra.isEmpty() ? "" : "&" + extra);
  }
}
