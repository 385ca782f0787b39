package dev.racereg.testkit.fftri;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp caller of the simulator, independent of any racereg client. */
final class FftriHttp {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  /** A response read in full. */
  record Reply(int code, String body, Headers headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  private final FftriSimulator sim;
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  FftriHttp(FftriSimulator sim) {
    this.sim = sim;
  }

  /** The headers of the doc: X-USER, Authorization, X-Auth-Token, Accept, Content-Type. */
  Map<String, String> auth() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-USER", sim.credentials().username());
    headers.put("Authorization", sim.credentials().apiKey());
    headers.put("X-Auth-Token", sim.credentials().authToken());
    headers.put("Accept", "application/json");
    return headers;
  }

  Reply get(String path) {
    return call("GET", path, null, auth());
  }

  Reply post(String path, Object body) {
    return call("POST", path, body, auth());
  }

  Reply call(String method, String path, Object body, Map<String, String> headers) {
    Request.Builder request = new Request.Builder().url(sim.baseUrl() + "/" + path);
    headers.forEach(request::header);
    RequestBody requestBody = null;
    if (body != null) {
      try {
        String text = body instanceof String ? (String) body : JSON.writeValueAsString(body);
        requestBody = RequestBody.create(text, JSON_TYPE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else if (method.equals("POST")) {
      requestBody = RequestBody.create("", JSON_TYPE);
    }
    request.method(method, requestBody);
    try (Response response = http.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.body().string(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  OkHttpClient client() {
    return http;
  }
}
