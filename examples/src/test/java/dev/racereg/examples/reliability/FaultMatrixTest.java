package dev.racereg.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.testkit.NoDelaySockets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R1, the fault matrix: a safe read of every provider client, under every fault of {@link Fault},
 * with the default {@link RetryPolicy}. Each cell ends, in bounded time, either in the documented
 * answer after the retries the fault deserves or in the typed {@link RaceRegException} it
 * deserves, and the number of requests that reached the server is what the policy promises
 * (3 attempts at most; a {@code Retry-After} waited for exactly; one above the cap not at all).
 */
class FaultMatrixTest {

  /** A read timeout short enough for the slow-body cells, long enough for a loaded machine. */
  private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(400);
  private static final long SLOW_BODY_MILLIS = 1_500;

  private final MockWebServer server = new MockWebServer();
  private final TestOptions test = new TestOptions();

  /** What a cell must end in. */
  record Expect(Class<? extends RaceRegException> failure, int requests, List<Duration> sleeps) {

    static Expect success(int requests) {
      return new Expect(null, requests, null);
    }

    static Expect success(int requests, Duration sleep) {
      return new Expect(null, requests, List.of(sleep));
    }

    static Expect failure(Class<? extends RaceRegException> type, int requests) {
      return new Expect(type, requests, null);
    }

    static Expect failureAtOnce(Class<? extends RaceRegException> type) {
      return new Expect(type, 1, List.of());
    }
  }

  /** A fault: what the server answers, and what the client must make of it. */
  enum Fault {
    HTTP_500_ONCE(Expect.success(2)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(500));
        s.enqueue(p.ok());
      }
    },
    HTTP_500_ALWAYS(Expect.failure(ServerException.class, 3)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        repeat(s, 3, Faults.status(500));
      }
    },
    HTTP_502_RETRY_AFTER_SECONDS(Expect.success(2, Duration.ofSeconds(5))) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(502, "5"));
        s.enqueue(p.ok());
      }
    },
    HTTP_502_RETRY_AFTER_DATE(Expect.success(2, Duration.ofSeconds(5))) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(502, Faults.RFC_1123));
        s.enqueue(p.ok());
      }
    },
    HTTP_503_RETRY_AFTER_SECONDS(Expect.success(2, Duration.ofSeconds(5))) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(503, "5"));
        s.enqueue(p.ok());
      }
    },
    HTTP_503_RETRY_AFTER_RFC_1123(Expect.success(2, Duration.ofSeconds(5))) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(503, Faults.RFC_1123));
        s.enqueue(p.ok());
      }
    },
    HTTP_503_RETRY_AFTER_RFC_850(Expect.success(2, Duration.ofSeconds(5))) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(503, Faults.RFC_850));
        s.enqueue(p.ok());
      }
    },
    HTTP_503_RETRY_AFTER_ASCTIME(Expect.success(2, Duration.ofSeconds(5))) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(503, Faults.ASCTIME));
        s.enqueue(p.ok());
      }
    },
    HTTP_429_ONCE(Expect.success(2)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(429));
        s.enqueue(p.ok());
      }
    },
    HTTP_429_ALWAYS(Expect.failure(RateLimitException.class, 3)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        repeat(s, 3, Faults.status(429, "1"));
      }
    },
    HTTP_429_RETRY_AFTER_ABOVE_CAP(Expect.failureAtOnce(RateLimitException.class)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(429, "3600"));
        s.enqueue(p.ok());
      }
    },
    HTTP_503_RETRY_AFTER_ABOVE_CAP(Expect.failureAtOnce(ServerException.class)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.status(503, "3600"));
        s.enqueue(p.ok());
      }
    },
    RUNSIGNUP_CODE_14_IN_200(Expect.success(2)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.runSignupThrottle());
        s.enqueue(p.ok());
      }

      @Override
      boolean appliesTo(SafeCalls p) {
        return p == SafeCalls.RUNSIGNUP;
      }
    },
    RESET_BEFORE_RESPONSE_ONCE(Expect.success(2)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.resetBeforeResponse());
        s.enqueue(p.ok());
      }
    },
    RESET_BEFORE_RESPONSE_ALWAYS(Expect.failure(TransportException.class, 3)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        repeat(s, 3, Faults.resetBeforeResponse());
      }
    },
    RESET_MID_BODY_ONCE(Expect.success(2)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        // a streamed export is cut before its first row (retried like any read); see the next row
        String body = p.body();
        s.enqueue(Faults.cutAfter(body, p.streamed() ? body.substring(0, 3) : body.substring(0, body.length() / 2)));
        s.enqueue(p.ok());
      }
    },
    RESET_AFTER_FIRST_ROW(Expect.failureAtOnce(TransportException.class)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        // rows already handed over cannot be taken back: no retry, and the count is told
        s.enqueue(Faults.cutAfter(p.body(), p.throughFirstRow()));
        s.enqueue(p.ok());
      }

      @Override
      boolean appliesTo(SafeCalls p) {
        return p.streamed();
      }
    },
    TRUNCATED_JSON(Expect.failureAtOnce(DecodingException.class)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.truncated(p.body()));
        s.enqueue(p.ok());
      }
    },
    HTML_WITH_200(Expect.failureAtOnce(DecodingException.class)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.html());
        s.enqueue(p.ok());
      }
    },
    EMPTY_BODY(Expect.failureAtOnce(DecodingException.class)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.empty());
        s.enqueue(p.ok());
      }
    },
    BODY_SLOWER_THAN_READ_TIMEOUT(Expect.success(2)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        s.enqueue(Faults.slowBody(p.body(), SLOW_BODY_MILLIS));
        s.enqueue(p.ok());
      }
    },
    KEEP_ALIVE_CLOSED_BETWEEN_CALLS(Expect.success(2)) {
      @Override
      void enqueue(MockWebServer s, SafeCalls p) {
        // the first call's answer, after which the server closes the connection without a word
        s.enqueue(p.okBuilder().onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());
        s.enqueue(p.ok());
      }
    };

    final Expect expect;

    Fault(Expect expect) {
      this.expect = expect;
    }

    abstract void enqueue(MockWebServer server, SafeCalls provider);

    boolean appliesTo(SafeCalls provider) {
      return true;
    }

    private static void repeat(MockWebServer s, int times, MockResponse response) {
      for (int i = 0; i < times; i++) {
        s.enqueue(response);
      }
    }
  }

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (SafeCalls provider : SafeCalls.values()) {
      for (Fault fault : Fault.values()) {
        if (fault.appliesTo(provider)) {
          cells.add(Arguments.of(provider, fault));
        }
      }
    }
    return cells.stream();
  }

  @BeforeEach
  void start() throws Exception {
    server.setServerSocketFactory(NoDelaySockets.serverSocketFactory());
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("cells")
  @Timeout(20)
  void everyCellEndsInTheAnswerOrATypedExceptionAfterTheRequestsThePolicyAllows(SafeCalls provider, Fault fault) {
    Duration readTimeout = fault == Fault.BODY_SLOWER_THAN_READ_TIMEOUT ? SHORT_READ_TIMEOUT : Duration.ofSeconds(5);
    IntSupplier call = provider.client(test.builder(server.url(provider.basePath).toString())
        .retryPolicy(RetryPolicy.defaults()).readTimeout(readTimeout).build());
    fault.enqueue(server, provider);

    if (fault == Fault.KEEP_ALIVE_CLOSED_BETWEEN_CALLS) {
      assertThat(call.getAsInt()).as("first call").isEqualTo(provider.expectedItems);
    }
    Throwable thrown = catchThrowable(() -> assertThat(call.getAsInt()).isEqualTo(provider.expectedItems));

    Expect expect = fault.expect;
    if (expect.failure() == null) {
      assertThat(thrown).as("the call succeeds").isNull();
    } else {
      assertThat(thrown).isInstanceOf(expect.failure());
    }
    if (fault == Fault.RESET_AFTER_FIRST_ROW) {
      assertThat(thrown).hasMessageContaining("after 1 row was delivered");
    }
    assertThat(server.getRequestCount()).as("requests the server saw").isEqualTo(expect.requests());
    if (expect.sleeps() != null) {
      assertThat(test.sleeper.sleeps()).as("waits").isEqualTo(expect.sleeps());
    }
    if (fault == Fault.KEEP_ALIVE_CLOSED_BETWEEN_CALLS) {
      assertThat(test.sleeper.sleeps()).as("a dead pooled connection is no failed attempt").isEmpty();
    }
  }
}
