package dev.racereg.testkit.fftri;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * How the simulator writes to the wire: its JSON mapper, and every error status and error body.
 *
 * <p>The doc shows no error status at all and only one error shape (the pass compétition
 * operations' {@code success} / {@code error}). Every status and message below is therefore
 * <b>inferred</b>, and kept in this one class so it is cheap to correct:
 * <ul>
 *   <li>401 missing or wrong {@code X-USER} / {@code Authorization};</li>
 *   <li>403 missing or wrong {@code X-Auth-Token}, or unknown organiser login/key ("l'accès sera
 *   refusé");</li>
 *   <li>400 invalid or missing parameters and refused state changes;</li>
 *   <li>404 unknown season, club, licence, trial, pass or federation, and unknown paths;</li>
 *   <li>405 a known path with another method, with an {@code Allow} header.</li>
 * </ul>
 * Error bodies are {@code {"success":"false","error":"..."}}: {@code success} is a string, like
 * the {@code "true"} of the doc's success examples. {@code test-licence} answers only with
 * {@code {"message": ...}}, so its negative answers are {@code "KO - ..."} messages (never
 * containing {@code OK}, which callers in the wild look for).
 */
final class FftriWire {

  private FftriWire() {}

  /**
   * The simulator's JSON mapper. It escapes every non-ASCII character as a JSON unicode escape with
   * lower-case hex digits, as PHP's {@code json_encode} does and as the doc's licence example
   * shows for the nationality.
   */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .build();

  static final String JSON_TYPE = "application/json; charset=utf-8";
  static final String CSV_TYPE = "text/csv; charset=utf-8";

  static final int BAD_REQUEST = 400;
  static final int UNAUTHENTICATED = 401;
  static final int REFUSED = 403;
  static final int NOT_FOUND = 404;
  static final int METHOD_NOT_ALLOWED = 405;

  static MockResponse json(int status, Object value) {
    try {
      return new MockResponse.Builder()
          .code(status)
          .setHeader("Content-Type", JSON_TYPE)
          .body(MAPPER.writeValueAsString(value))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse failure(int status, String error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", "false");
    body.put("error", error);
    return json(status, body);
  }

  static MockResponse missingCredentials() {
    return failure(UNAUTHENTICATED, "Missing X-USER or Authorization header");
  }

  static MockResponse wrongCredentials() {
    return failure(UNAUTHENTICATED, "Invalid credentials");
  }

  static MockResponse refusedToken() {
    return failure(REFUSED, "Access denied: invalid X-Auth-Token");
  }

  static MockResponse refusedOrganiser() {
    return failure(REFUSED, "Access denied: unknown organiser login or key");
  }

  static MockResponse badRequest(String error) {
    return failure(BAD_REQUEST, error);
  }

  static MockResponse notFound(String error) {
    return failure(NOT_FOUND, error);
  }

  static MockResponse noRoute(String method, String path) {
    return failure(NOT_FOUND, "No route found for \"" + method + " " + path + "\"");
  }

  static MockResponse methodNotAllowed(String method, String path, String allowed) {
    return SimResponses.withAllow(failure(METHOD_NOT_ALLOWED, "No route found for \"" + method
        + " " + path + "\": Method Not Allowed (Allow: " + allowed + ")"), allowed);
  }

  /** The positive answer of {@code test-licence}, word for word from the doc. */
  static MockResponse licenceOk() {
    return json(200, Map.of("message", "OK - licence found and available for season"));
  }

  static MockResponse licenceKo(int status, String message) {
    return json(status, Map.of("message", "KO - " + message));
  }

  /** Writes a whole JSON document through a generator of {@link #MAPPER}. */
  @FunctionalInterface
  interface JsonWriter {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  /** A 200 JSON body streamed while the client reads it (chunked, never held in memory). */
  static MockResponse streamedJson(JsonWriter writer) {
    return streamed(JSON_TYPE, out -> {
      try (JsonGenerator generator = MAPPER.createGenerator(out)) {
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        writer.writeTo(generator);
      }
    });
  }

  /** A 200 body of the given type streamed while the client reads it (chunked). */
  static MockResponse streamed(String contentType, SimResponses.BodyWriter writer) {
    return SimResponses.chunked(contentType, writer);
  }
}
