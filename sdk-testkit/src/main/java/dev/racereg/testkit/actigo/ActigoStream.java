package dev.racereg.testkit.actigo;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * Streamed 200 answers of unknown length, framed as HTTP/1.1 chunks, for the large downloads.
 *
 * <p>Why not {@code SimResponses.jsonArrayStream}: MockWebServer 5.4.0 itself writes the
 * trailer section (an empty line) after any body whose {@code Transfer-Encoding} is
 * {@code chunked}, so a body that frames itself must end at the last-chunk line {@code 0\r\n}.
 * The base writes {@code 0\r\n\r\n}, which leaves a stray {@code \r\n} on the connection and makes
 * the next request on that keep-alive connection fail ("Unexpected status line"). It also sends
 * {@code Content-Length: -1} beside {@code Transfer-Encoding: chunked}. This class does both
 * right; it can be folded into the base once the base is fixed.
 */
final class ActigoStream {

  /** Writes a whole body to a stream; the stream must not be closed by the writer's caller. */
  @FunctionalInterface
  interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  private ActigoStream() {}

  /** A JSON array written item by item with the testkit's mapper. */
  static MockResponse jsonArray(Supplier<? extends Iterator<?>> items) {
    return chunked("application/json; charset=utf-8", out -> {
      try (JsonGenerator gen = SimResponses.JSON.getFactory().createGenerator(out)) {
        gen.writeStartArray();
        for (Iterator<?> it = items.get(); it.hasNext(); ) {
          SimResponses.JSON.writeValue(gen, it.next());
        }
        gen.writeEndArray();
      }
    });
  }

  /** A 200 with the given content type whose body {@code writer} produces, chunked. */
  static MockResponse chunked(String contentType, BodyWriter writer) {
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
        .body(body)
        .removeHeader("Content-Length")
        .setHeader("Content-Type", contentType)
        .setHeader("Transfer-Encoding", "chunked")
        .build();
  }

  /**
   * Chunk framing over the raw socket sink. {@link #close()} does nothing (generators close their
   * target); {@link #finish()} writes the last chunk, and MockWebServer adds the empty trailer.
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

    @Override
    public void close() {
      // the exchange ends with finish(), not when a generator closes its target
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

    void finish() throws IOException {
      flushChunk();
      sink.writeUtf8("0\r\n");
      sink.flush();
    }
  }
}
