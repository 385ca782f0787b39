package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.codec.JsonArrayStream;
import dev.racereg.core.testing.TestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

/**
 * A streamed export whose connection breaks: before its first row, and after some rows, with a
 * declared length and with chunked framing (what servers send for big exports). A body that arrived
 * whole but is not a valid array is the server's answer, not a cut, and is not retried.
 */
class StreamCutTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  /** One row of the export. */
  public record Row(int id) {}

  private ApiExecutor executor() {
    return TestExecutors.on(t.builder(server.url("/").toString())
        .retryPolicy(RetryPolicy.builder().random(() -> 0).build()).build(), AuthStrategy.none());
  }

  private static BodyStreamer<Row> rows() {
    return (in, response, redactor) -> JsonArrayStream.<Row>open(in, Codecs.json().readerFor(Row.class), response).stream();
  }

  /**
   * A 200 announcing more bytes than it sends, after which the server drops the connection: the
   * client sees the body end early.
   */
  private static MockResponse cutAfter(String sent) {
    byte[] bytes = sent.getBytes(StandardCharsets.UTF_8);
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(new MockResponseBody() {
          @Override
          public long getContentLength() {
            return bytes.length + 10_000;
          }

          @Override
          public void writeTo(BufferedSink sink) throws java.io.IOException {
            sink.write(bytes);
            sink.flush();
          }
        })
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  /**
   * A 200 with a chunked body (no Content-Length, as servers send big exports) that sends the
   * given chunks and then drops the connection without the terminating zero-length chunk.
   */
  private static MockResponse chunkedCutAfter(String... chunks) {
    StringBuilder wire = new StringBuilder();
    for (String chunk : chunks) {
      int length = chunk.getBytes(StandardCharsets.UTF_8).length;
      wire.append(Integer.toHexString(length)).append("\r\n").append(chunk).append("\r\n");
    }
    byte[] bytes = wire.toString().getBytes(StandardCharsets.UTF_8);
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(new MockResponseBody() {
          @Override
          public long getContentLength() {
            return -1;
          }

          @Override
          public void writeTo(BufferedSink sink) throws java.io.IOException {
            sink.write(bytes);
            sink.flush();
          }
        })
        .setHeader("Transfer-Encoding", "chunked")
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  private List<Row> export() {
    try (Stream<Row> rows = executor().stream(TestExecutors.get("/export", Idempotency.SAFE), rows())) {
      return rows.toList();
    }
  }

  @Test
  void cutBeforeTheFirstRowIsRetriedLikeAnySafeCall() {
    server.enqueue(cutAfter("[{\"id\":"));
    server.enqueue(TestExecutors.ok("[{\"id\":1},{\"id\":2}]"));

    assertThat(export()).containsExactly(new Row(1), new Row(2));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void cutBeforeTheFirstRowEveryTimeEndsInATransportExceptionWithNoRowsDelivered() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(cutAfter("["));
    }

    assertThatThrownBy(this::export).isInstanceOfSatisfying(TransportException.class,
        e -> assertThat(e.rowsDelivered()).isEmpty());
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void cutAfterSomeRowsSaysHowManyWereDeliveredAndIsNotRetried() {
    server.enqueue(cutAfter("[{\"id\":1},{\"id\":2},{\"id\":3},{\"id\""));
    server.enqueue(TestExecutors.ok("[]"));
    List<Row> received = new ArrayList<>();

    try (Stream<Row> rows = executor().stream(TestExecutors.get("/export", Idempotency.SAFE), rows())) {
      assertThatThrownBy(() -> rows.forEach(received::add))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.rowsDelivered()).hasValue(3);
            assertThat(e.getMessage()).contains("after 3 rows were delivered");
          });
    }
    assertThat(received).hasSize(3);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void malformedAfterSomeRowsSaysHowManyWereDelivered() {
    server.enqueue(TestExecutors.ok("[{\"id\":1},{\"id\":oops}]"));

    try (Stream<Row> rows = executor().stream(TestExecutors.get("/export", Idempotency.SAFE), rows())) {
      assertThatThrownBy(rows::toList).isInstanceOfSatisfying(DecodingException.class,
          e -> assertThat(e.rowsDelivered()).hasValue(1));
    }
  }

  @Test
  void chunkedBodyCutBeforeTheFirstRowIsRetriedLikeAnySafeCall() {
    server.enqueue(chunkedCutAfter("[{\"id\":"));
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody("[{\"id\":1},{\"id\":2}]", 5).build());

    assertThat(export()).containsExactly(new Row(1), new Row(2));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void chunkedBodyCutBeforeItsFirstChunkIsRetriedLikeAnySafeCall() {
    server.enqueue(chunkedCutAfter());
    server.enqueue(TestExecutors.ok("[{\"id\":1}]"));

    assertThat(export()).containsExactly(new Row(1));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void chunkedBodyCutInsideAChunkBeforeTheFirstRowIsRetried() {
    // the chunk announces 16 bytes and only 7 arrive before the connection drops
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Transfer-Encoding", "chunked")
        .body(new MockResponseBody() {
          @Override
          public long getContentLength() {
            return -1;
          }

          @Override
          public void writeTo(BufferedSink sink) throws java.io.IOException {
            sink.writeUtf8("10\r\n[{\"id\":");
            sink.flush();
          }
        })
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(TestExecutors.ok("[{\"id\":1}]"));

    assertThat(export()).containsExactly(new Row(1));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void chunkedBodyCutBeforeTheFirstRowEveryTimeEndsInATransportException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(chunkedCutAfter("[{\"id\""));
    }

    // OkHttp reports a chunked body that ends without its last chunk as an I/O failure (a
    // ProtocolException), never as a clean end of body: that is what tells a cut from a short document
    assertThatThrownBy(this::export).isInstanceOfSatisfying(TransportException.class, e -> {
      assertThat(e.rowsDelivered()).isEmpty();
      assertThat(e.getMessage()).contains("cut off");
    });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void chunkedBodyCutAfterSomeRowsSaysHowManyWereDeliveredAndIsNotRetried() {
    server.enqueue(chunkedCutAfter("[{\"id\":1},", "{\"id\":2},{\"id\""));
    server.enqueue(TestExecutors.ok("[]"));
    List<Row> received = new ArrayList<>();

    try (Stream<Row> rows = executor().stream(TestExecutors.get("/export", Idempotency.SAFE), rows())) {
      assertThatThrownBy(() -> rows.forEach(received::add))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.rowsDelivered()).hasValue(2));
    }
    assertThat(received).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void completeButMalformedChunkedBodyIsNotRetried() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody("[{\"id\":oops}]", 4).build());
    server.enqueue(TestExecutors.ok("[{\"id\":1}]"));

    assertThatThrownBy(this::export).isInstanceOf(DecodingException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void completeChunkedBodyEndingBeforeItsClosingBracketIsNotRetried() {
    // the server finished its answer (terminating chunk sent): the document itself is short
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody("[{\"id\":", 4).build());
    server.enqueue(TestExecutors.ok("[{\"id\":1}]"));

    assertThatThrownBy(this::export).isInstanceOf(DecodingException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anEmptyExportIsAnEmptyStream() {
    server.enqueue(TestExecutors.ok("[]"));

    assertThat(export()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
