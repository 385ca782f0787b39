package dev.racereg.testkit.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain OkHttp calls against a simulator, the way any client would make them. */
final class ActigoHttp {

  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType JSON_TYPE = MediaType.get("application/json");
  static final MediaType CSV_TYPE = MediaType.get("text/csv");
  static final OkHttpClient CLIENT = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  /** A response read in full. */
  record Reply(int code, String contentType, String body, Response raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return raw.header(name);
    }
  }

  private final ActigoSimulator sim;
  private String authorization;

  ActigoHttp(ActigoSimulator sim) {
    this.sim = sim;
    this.authorization = sim.credentials().authorizationHeader();
  }

  ActigoHttp as(String authorizationHeader) {
    ActigoHttp other = new ActigoHttp(sim);
    other.authorization = authorizationHeader;
    return other;
  }

  static String registrationsPath(String activityId, String ext) {
    return "/events/activities/" + activityId + "/registrations." + ext;
  }

  Reply get(String path) {
    return call(new Request.Builder().url(sim.baseUrl() + path).get());
  }

  Reply put(String path, String body, MediaType type) {
    return call(new Request.Builder().url(sim.baseUrl() + path).put(RequestBody.create(body, type)));
  }

  Reply method(String method, String path) {
    RequestBody body = method.equals("GET") || method.equals("HEAD") ? null
        : RequestBody.create("", JSON_TYPE);
    return call(new Request.Builder().url(sim.baseUrl() + path).method(method, body));
  }

  Reply getJson(String activityId) {
    return get(registrationsPath(activityId, "json"));
  }

  Reply getCsv(String activityId) {
    return get(registrationsPath(activityId, "csv"));
  }

  Reply putJson(String activityId, String body) {
    return put(registrationsPath(activityId, "json"), body, JSON_TYPE);
  }

  Reply putCsv(String activityId, String body) {
    return put(registrationsPath(activityId, "csv"), body, CSV_TYPE);
  }

  Reply putResults(String activityId, String body) {
    return put("/events/activities/" + activityId + "/results.json", body, JSON_TYPE);
  }

  private Reply call(Request.Builder builder) {
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    try (Response response = CLIENT.newCall(builder.build()).execute()) {
      return new Reply(response.code(), response.header("Content-Type"), response.body().string(),
          response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
