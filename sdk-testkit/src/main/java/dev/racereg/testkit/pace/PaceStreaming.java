package dev.racereg.testkit.pace;

import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Sink;
import okio.Timeout;

/**
 * {@link SimResponses#jsonArrayStream(Supplier)} with its HTTP/1.1 framing corrected so the
 * connection stays usable for the next request.
 *
 * <p>Why: with {@code Transfer-Encoding: chunked}, MockWebServer itself writes the (empty)
 * trailer section and its closing CRLF after the body. The base body already ends with
 * {@code 0\r\n\r\n}, so two stray bytes follow every streamed response and a client that reuses
 * the kept-alive connection (OkHttp does) reads them as a broken status line. The base also gets
 * a bogus {@code Content-Length: -1} header next to {@code Transfer-Encoding}. This shim withholds
 * the body's last bytes and, only if they are the doubled terminator, writes {@code 0\r\n}
 * instead; should the base be fixed, the tail passes through untouched.
 */
final class PaceStreaming {

  private static final byte[] DOUBLED_END = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LAST_CHUNK = "0\r\n".getBytes(StandardCharsets.US_ASCII);

  private PaceStreaming() {}

  /** A streamed 200 JSON array of {@code items}, safe for keep-alive connections. */
  static MockResponse jsonArray(Supplier<? extends Iterator<?>> items) {
    MockResponse streamed = SimResponses.jsonArrayStream(items);
    MockResponseBody inner = streamed.getBody();
    if (inner == null) {
      return streamed;
    }
    MockResponseBody fixed = new MockResponseBody() {
      @Override
      public long getContentLength() {
        return -1L;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        TailFixingSink tail = new TailFixingSink(sink);
        BufferedSink buffered = Okio.buffer(tail);
        inner.writeTo(buffered);
        buffered.emit();
        tail.finish();
      }
    };
    return new MockResponse.Builder(streamed)
        .body(fixed)
        .removeHeader("Content-Length")
        .setHeader("Transfer-Encoding", "chunked")
        .build();
  }

  /** Forwards everything but the last {@code DOUBLED_END.length} bytes until {@link #finish()}. */
  private static final class TailFixingSink implements Sink {
    private final BufferedSink downstream;
    private final Buffer held = new Buffer();

    TailFixingSink(BufferedSink downstream) {
      this.downstream = downstream;
    }

    @Override
    public void write(Buffer source, long byteCount) throws IOException {
      held.write(source, byteCount);
      long excess = held.size() - DOUBLED_END.length;
      if (excess > 0) {
        downstream.write(held, excess);
      }
    }

    @Override
    public void flush() throws IOException {
      downstream.flush();
    }

    @Override
    public Timeout timeout() {
      return downstream.timeout();
    }

    @Override
    public void close() {
      // the connection belongs to MockWebServer
    }

    void finish() throws IOException {
      byte[] tail = held.readByteArray();
      downstream.write(Arrays.equals(tail, DOUBLED_END) ? LAST_CHUNK : tail);
      downstream.flush();
    }
  }
}
