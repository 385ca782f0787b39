package dev.racereg.testkit.fftri;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

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
    return new MockResponse.Builder(failure(METHOD_NOT_ALLOWED, "No route found for \"" + method
        + " " + path + "\": Method Not Allowed (Allow: " + allowed + ")"))
        .setHeader("Allow", allowed)
        .build();
  }

  /** The positive answer of {@code test-licence}, word for word from the doc. */
  static MockResponse licenceOk() {
    return json(200, Map.of("message", "OK - licence found and available for season"));
  }

  static MockResponse licenceKo(int status, String message) {
    return json(status, Map.of("message", "KO - " + message));
  }

  /** Writes a body of unknown length piece by piece. */
  @FunctionalInterface
  interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
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

  /**
   * A 200 body of the given type streamed while the client reads it. The base's
   * {@code SimResponses.jsonArrayStream} only streams JSON arrays, and FFTri's lists are objects
   * keyed by id (and CSV text), so the chunked framing is repeated here.
   */
  static MockResponse streamed(String contentType, BodyWriter writer) {
    MockResponseBody body = new MockResponseBody() {
      @Override
      public long getContentLength() {
        return -1L;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        ChunkedOutputStream out = new ChunkedOutputStream(sink);
        writer.writeTo(out);
        out.finish();
      }
    };
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", contentType)
        .body(body)
        // MockWebServer declares the body's length (-1 here): a chunked body has none
        .removeHeader("Content-Length")
        .setHeader("Transfer-Encoding", "chunked")
        .build();
  }

  /** HTTP/1.1 chunked framing: MockWebServer writes a custom body to the socket as it is. */
  private static final class ChunkedOutputStream extends OutputStream {
    private static final int CHUNK = 16 * 1024;
    private final BufferedSink sink;
    private final byte[] buffer = new byte[CHUNK];
    private int used;

    ChunkedOutputStream(BufferedSink sink) {
      this.sink = sink;
    }

    @Override
    public void write(int b) throws IOException {
      if (used == CHUNK) {
        flushChunk();
      }
      buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (used == CHUNK) {
          flushChunk();
        }
        int n = Math.min(len, CHUNK - used);
        System.arraycopy(b, off, buffer, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    private void flushChunk() throws IOException {
      if (used > 0) {
        sink.writeUtf8(Integer.toHexString(used)).writeUtf8("\r\n");
        sink.write(buffer, 0, used);
        sink.writeUtf8("\r\n");
        sink.flush();
        used = 0;
      }
    }

    /**
     * Writes the last chunk. MockWebServer itself writes the trailer section (an empty line)
     * after a body sent with {@code Transfer-Encoding: chunked}, so a second CRLF here would
     * leave a stray line on a kept-alive connection and break the next response.
     */
    void finish() throws IOException {
      flushChunk();
      sink.writeUtf8("0\r\n");
      sink.flush();
    }
  }
}
