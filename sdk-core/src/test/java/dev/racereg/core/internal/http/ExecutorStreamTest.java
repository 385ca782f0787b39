package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.codec.GeneratedArray;
import dev.racereg.core.internal.codec.JsonArrayStream;
import dev.racereg.core.testing.TestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okio.BufferedSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

class ExecutorStreamTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  /** Counts calls that ended (response released) and failed. */
  private final CountDownLatch callEnded = new CountDownLatch(1);
  private final AtomicInteger callsEnded = new AtomicInteger();

  private ApiExecutor executor() {
    OkHttpClient client = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void callEnd(Call call) {
        callsEnded.incrementAndGet();
        callEnded.countDown();
      }

      @Override
      public void callFailed(Call call, IOException ioe) {
        callsEnded.incrementAndGet();
        callEnded.countDown();
      }
    }).build();
    return TestExecutors.on(t.builder(server.url("/").toString()).httpClient(client)
        .logLevel(LogLevel.BASIC).retryPolicy(RetryPolicy.builder().random(() -> 0).build()).build(),
        AuthStrategy.none());
  }

  /** A 200 whose body is generated while it is written. */
  private static MockResponse generated(int count) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(new MockResponseBody() {
          @Override
          public long getContentLength() {
            return GeneratedArray.length(count);
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            try (InputStream in = new GeneratedArray(count)) {
              sink.writeAll(Okio.source(in));
            }
            sink.flush();
          }
        }).build();
  }

  private static BodyStreamer<Item> items() {
    return (in, response, redactor) -> JsonArrayStream.<Item>open(in, Codecs.json().readerFor(Item.class), response).stream();
  }

  /** One generated item. */
  public record Item(int id, String bib) {}

  @Test
  void streamsAGeneratedListAndReleasesTheConnection() throws Exception {
    server.enqueue(generated(30_000));
    server.enqueue(TestExecutors.ok("[]"));
    ApiExecutor executor = executor();

    long count;
    int last;
    try (Stream<Item> items = executor.stream(TestExecutors.get("/registrations", Idempotency.SAFE), items())) {
      int[] seen = {-1};
      count = items.peek(i -> {
        if (i.id() != seen[0] + 1) {
          throw new AssertionError("out of order at " + i);
        }
        seen[0] = i.id();
      }).count();
      last = seen[0];
    }

    assertThat(count).isEqualTo(30_000);
    assertThat(last).isEqualTo(29_999);
    assertThat(callEnded.await(5, TimeUnit.SECONDS)).isTrue();
    // the fully read response went back to the pool: the next call reuses its connection
    executor.execute(TestExecutors.get("/next", Idempotency.SAFE), TestExecutors.text());
    TestExecutors.take(server);
    assertThat(TestExecutors.take(server).getExchangeIndex()).isEqualTo(1);
  }

  @Test
  void closingTheStreamEarlyReleasesTheResponse() throws Exception {
    server.enqueue(generated(100_000));

    List<Item> firstFive;
    try (Stream<Item> items = executor().stream(TestExecutors.get("/registrations", Idempotency.SAFE), items())) {
      firstFive = items.limit(5).toList();
      assertThat(callsEnded).hasValue(0);
    }

    assertThat(firstFive).extracting(Item::bib).containsExactly("00000", "00001", "00002", "00003", "00004");
    assertThat(callEnded.await(5, TimeUnit.SECONDS)).as("the call ended when the stream was closed").isTrue();
  }

  @Test
  void errorStatusIsThrownBeforeAnyItemAndRetriedWhenSafe() {
    server.enqueue(TestExecutors.status(503, ""));
    server.enqueue(TestExecutors.status(404, "{\"error\":\"no such event\"}"));

    assertThatThrownBy(() -> executor().stream(TestExecutors.get("/events/1/registrations", Idempotency.SAFE), items()))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.providerMessage()).contains("no such event"));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(t.sleeper.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void connectionLostWhileReadingItemsSurfacesFromTheStreamAndIsNotRetried() {
    server.enqueue(new MockResponse.Builder().code(200).body("[" + "{\"id\":1,\"bib\":\"1\"},".repeat(5000)
        + "{\"id\":1,\"bib\":\"1\"}]").onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(TestExecutors.ok("[]"));

    Iterator<Item> items = executor().stream(TestExecutors.get("/registrations", Idempotency.SAFE), items())
        .iterator();
    assertThat(items.next().id()).isEqualTo(1);

    assertThatThrownBy(() -> items.forEachRemaining(i -> { }))
        .isInstanceOf(TransportException.class).hasMessageContaining("cut off");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void malformedStreamedBodySurfacesAsADecodingException() {
    server.enqueue(TestExecutors.ok("[{\"id\":1,\"bib\":\"a\"},{\"id\":oops}]"));

    try (Stream<Item> items = executor().stream(TestExecutors.get("/r", Idempotency.SAFE), items())) {
      assertThatThrownBy(items::toList).isInstanceOf(DecodingException.class).hasMessageContaining("line 1");
    }
  }

  @Test
  void streamerFailingToOpenReleasesTheResponse() throws Exception {
    server.enqueue(TestExecutors.ok("[]"));
    BodyStreamer<Item> broken = (in, response, redactor) -> {
      throw new DecodingException("cannot open", null, "");
    };

    assertThatThrownBy(() -> executor().stream(TestExecutors.get("/r", Idempotency.SAFE), broken))
        .isInstanceOf(DecodingException.class).hasMessage("cannot open");
    assertThat(callEnded.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
