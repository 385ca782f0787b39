package dev.racereg.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * Builders for the responses simulators send. JSON is written with the testkit's own mapper,
 * never a client's.
 */
public final class SimResponses {

  /** The testkit's JSON mapper: ISO-8601 dates, no timestamps. Shared, thread-safe. */
  public static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private SimResponses() {}

  /** A JSON response of {@code value} serialised with {@link #JSON}. */
  public static MockResponse json(int status, Object value) {
    try {
      return text(status, "application/json; charset=utf-8", JSON.writeValueAsString(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response with the given content type and text body. */
  public static MockResponse text(int status, String contentType, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", contentType)
        .body(body)
        .build();
  }

  /**
   * A platform's 405 answer with the {@code Allow} header that must go with it: {@code refusal}
   * (in the platform's own error format) unchanged but for that header.
   *
   * @param refusal the platform's 405 response
   * @param allow the methods the path accepts, for example {@code "GET, POST"}
   * @return the response with {@code Allow} set
   */
  public static MockResponse withAllow(MockResponse refusal, String allow) {
    return new MockResponse.Builder(refusal).setHeader("Allow", allow).build();
  }

  /** An empty response with the given status. */
  public static MockResponse empty(int status) {
    return new MockResponse.Builder().code(status).build();
  }

  /**
   * A 200 JSON array written item by item as the client reads it, so a simulator can serve
   * hundreds of thousands of rows without building the body in memory. The items come from a
   * fresh iterator per response.
   */
  public static MockResponse jsonArrayStream(Supplier<? extends Iterator<?>> items) {
    Objects.requireNonNull(items, "items");
    return chunked("application/json; charset=utf-8", out -> {
      try (JsonGenerator gen = JSON.getFactory().createGenerator(out)) {
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.writeStartArray();
        for (Iterator<?> it = items.get(); it.hasNext(); ) {
          JSON.writeValue(gen, it.next());
        }
        gen.writeEndArray();
      }
    });
  }

  /** Writes a whole response body; called once per response, on the server's thread. */
  @FunctionalInterface
  public interface BodyWriter {
    /** Writes the body to {@code out}; need not close it. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A 200 with the given content type whose body {@code writer} produces while the client reads
   * it, sent with chunked transfer encoding (no declared length). For any large streamed body:
   * JSON, CSV, XML.
   */
  public static MockResponse chunked(String contentType, BodyWriter writer) {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(writer, "writer");
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
        .setHeader("Transfer-Encoding", "chunked")
        .body(body)
        .removeHeader("Content-Length")
        .build();
  }

  /**
   * HTTP/1.1 chunked framing over the raw socket sink: MockWebServer writes a custom body
   * verbatim, so a body of unknown length must frame itself.
   */
  private static final class ChunkedOutputStream extends OutputStream {
    private static final int CHUNK = 16 * 1024;
    private final BufferedSink sink;
    private final byte[] buffer = new byte[CHUNK];
    private int used;

    ChunkedOutputStream(BufferedSink sink) {
      this.sink = sink;
    }

    @Override
    public void close() {
      // the writer's generator may close its target; the response is finished by finish()
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

    /** Writes the last chunk; MockWebServer itself writes the empty trailer and final CRLF. */
    void finish() throws IOException {
      flushChunk();
      sink.writeUtf8("0\r\n");
      sink.flush();
    }
  }
}
