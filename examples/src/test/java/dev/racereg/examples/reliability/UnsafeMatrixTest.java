package dev.racereg.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.testkit.NoDelaySockets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R2: every unsafe operation under every fault. The request body reaches the server at most once
 * whatever happens, with the default {@link RetryPolicy}; the failure says the outcome is unknown
 * (with the operation's own hint) whenever the platform may have applied the request, and does
 * not say so when it provably did not: nothing sent (connection refused, invalid parameters) or
 * an explicit refusal (429, 400, RunSignup's throttle).
 */
class UnsafeMatrixTest {

  private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(400);

  private final MockWebServer server = new MockWebServer();
  private final TestOptions test = new TestOptions();

  /** How a cell ends. */
  enum End {
    /** The call returns; the server saw the write once. */
    SUCCESS,
    /** A typed exception saying the write may have been applied. */
    OUTCOME_UNKNOWN,
    /** A typed exception saying nothing of an unknown outcome: the platform refused it. */
    REFUSED,
    /** A typed exception before anything was sent. */
    NOT_SENT
  }

  enum Fault {
    HTTP_408(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.status(408));
      }
    },
    HTTP_500(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.status(500));
      }
    },
    HTTP_502_RETRY_AFTER_SECONDS(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.status(502, "5"));
      }
    },
    HTTP_503_RETRY_AFTER_DATE(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.status(503, Faults.RFC_1123));
      }
    },
    HTTP_504(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.status(504));
      }
    },
    HTTP_429(End.REFUSED) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.status(429, "1"));
      }
    },
    HTTP_429_RETRY_AFTER_ABOVE_CAP(End.REFUSED) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.status(429, "3600"));
      }
    },
    HTTP_400(End.REFUSED) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.status(400));
      }
    },
    RUNSIGNUP_CODE_14_IN_200(End.REFUSED) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.runSignupThrottle());
      }

      @Override
      boolean appliesTo(UnsafeCalls op) {
        return op.runSignup();
      }
    },
    RESET_BEFORE_RESPONSE(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.resetBeforeResponse());
      }
    },
    RESET_MID_BODY(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.cutAfter(op.body(), op.body().substring(0, op.body().length() / 2)));
      }
    },
    TRUNCATED_JSON(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.truncated(op.body()));
      }
    },
    HTML_WITH_200(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.html());
      }
    },
    EMPTY_BODY(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(Faults.empty());
      }

      @Override
      End end(UnsafeCalls op) {
        // a claim link for a reserved entry group is documented to come back empty
        return op == UnsafeCalls.LETSDOTHIS_CREATE_CLAIM_LINK ? End.SUCCESS : End.OUTCOME_UNKNOWN;
      }
    },
    BODY_SLOWER_THAN_READ_TIMEOUT(End.OUTCOME_UNKNOWN) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(op.okBuilder().bodyDelay(1_500, java.util.concurrent.TimeUnit.MILLISECONDS).build());
      }
    },
    KEEP_ALIVE_CLOSED_BEFORE_THE_WRITE(End.SUCCESS) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(op.safeOk().newBuilder().onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());
        s.enqueue(op.ok());
      }

      @Override
      boolean appliesTo(UnsafeCalls op) {
        return op != UnsafeCalls.RUNSIGNUP_REDEEM_AUTHORIZATION_CODE; // that client has no read
      }
    },
    CONNECTION_REFUSED(End.NOT_SENT) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {}
    },
    INVALID_PARAMETERS(End.NOT_SENT) {
      @Override
      void enqueue(MockWebServer s, UnsafeCalls op) {
        s.enqueue(op.ok());
      }
    };

    private final End end;

    Fault(End end) {
      this.end = end;
    }

    abstract void enqueue(MockWebServer server, UnsafeCalls op);

    boolean appliesTo(UnsafeCalls op) {
      return true;
    }

    End end(UnsafeCalls op) {
      return end;
    }
  }

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (UnsafeCalls op : UnsafeCalls.values()) {
      for (Fault fault : Fault.values()) {
        if (fault.appliesTo(op)) {
          cells.add(Arguments.of(op, fault));
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
  void theWriteIsSentAtMostOnceAndAnUnknownOutcomeIsToldExactlyWhenItMayHaveBeenApplied(UnsafeCalls op,
      Fault fault) {
    Duration readTimeout = fault == Fault.BODY_SLOWER_THAN_READ_TIMEOUT ? SHORT_READ_TIMEOUT : Duration.ofSeconds(5);
    String baseUrl = server.url(op.basePath).toString();
    UnsafeCalls.Calls calls = op.calls(test.builder(baseUrl).retryPolicy(RetryPolicy.defaults())
        .readTimeout(readTimeout).build());
    fault.enqueue(server, op);
    int before = 0;
    if (fault == Fault.KEEP_ALIVE_CLOSED_BEFORE_THE_WRITE) {
      calls.safe().run();
      before = 1;
    }
    if (fault == Fault.CONNECTION_REFUSED) {
      server.close();
    }

    Throwable thrown = catchThrowable(() -> (fault == Fault.INVALID_PARAMETERS ? calls.invalid() : calls.unsafe()).run());

    int writes = fault == Fault.CONNECTION_REFUSED ? 0 : server.getRequestCount() - before;
    End end = fault.end(op);
    switch (end) {
      case SUCCESS -> {
        assertThat(thrown).as("the call succeeds").isNull();
        assertThat(writes).as("writes the server saw").isEqualTo(1);
      }
      case OUTCOME_UNKNOWN -> {
        assertThat(thrown).isInstanceOf(RaceRegException.class);
        RaceRegException e = (RaceRegException) thrown;
        assertThat(e.outcomeUnknown()).as("outcome unknown: " + e.getMessage()).isTrue();
        assertThat(e.outcomeCheckHint()).as("the operation's hint").isPresent();
        assertThat(writes).as("writes the server saw").isEqualTo(1);
      }
      case REFUSED -> {
        assertThat(thrown).isInstanceOf(ApiException.class);
        if (fault != Fault.HTTP_400) {
          assertThat(thrown).isInstanceOf(RateLimitException.class);
        }
        assertThat(((RaceRegException) thrown).outcomeUnknown()).as("outcome known: " + thrown.getMessage()).isFalse();
        assertThat(writes).as("writes the server saw").isEqualTo(1);
      }
      case NOT_SENT -> {
        assertThat(thrown).isInstanceOf(fault == Fault.INVALID_PARAMETERS
            ? ValidationException.class : TransportException.class);
        assertThat(((RaceRegException) thrown).outcomeUnknown()).as("outcome known: " + thrown.getMessage()).isFalse();
        assertThat(writes).as("writes the server saw").isZero();
      }
      default -> throw new AssertionError(end);
    }
    if (end != End.NOT_SENT) { // a connection never made may be tried again: nothing was sent
      assertThat(test.sleeper.sleeps()).as("an unsafe write is never retried, so never waited for").isEmpty();
    }
  }
}
