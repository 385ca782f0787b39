package dev.racereg.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;

/**
 * Base of every platform simulator: an in-process HTTP server on the loopback interface that
 * answers like the platform, serves queued {@link Fault}s first, and records what it received.
 *
 * <p>Use it in a try-with-resources block, so its port and threads are released when the test
 * ends: {@code try (PaceSimulator sim = PaceSimulator.builder().build().start()) { ... }}. Its
 * server threads are daemon threads, so a simulator left unclosed does not keep a finished JVM
 * alive; close it anyway, since only {@link #close()} frees the port at once. A simulator is
 * thread-safe; subclasses guard their own state.
 *
 * @param <S> the concrete simulator, which {@link #start()} returns, so assigning one platform's
 *     simulator to another's type is a compile error rather than a {@code ClassCastException}
 */
public abstract class Simulator<S extends Simulator<S>> implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();
  private final FaultInjector faults = new FaultInjector();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final List<SimRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean recording = true;
  private volatile boolean started;
  private volatile Duration latency = Duration.ZERO;
  private volatile ExchangeListener listener;

  protected Simulator() {
    ServerThreads.makeDaemon(server, getClass().getSimpleName());
    server.setServerSocketFactory(NoDelaySockets.serverSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest recorded) {
        return respond(SimRequest.of(recorded));
      }
    });
  }

  /**
   * Answers one request as the platform would. Runs on the server's threads, possibly
   * concurrently.
   */
  protected abstract MockResponse handle(SimRequest request);

  /** The path prefix of the platform's API, for example {@code "/api"}; {@code ""} for none. */
  protected abstract String basePath();

  /**
   * Starts listening on a free loopback port. Idempotent.
   *
   * @return this simulator
   * @throws UncheckedIOException if the port cannot be bound
   */
  public S start() {
    return start(0);
  }

  /**
   * Starts listening on the given loopback port, or a free one for 0 (for a server other
   * programs reach at a known address). Idempotent: a started simulator keeps its port.
   *
   * @param port 0 to 65535
   * @return this simulator
   * @throws IllegalArgumentException if the port is out of range
   * @throws UncheckedIOException if the port cannot be bound (for example, it is in use)
   */
  @SuppressWarnings("unchecked")
  public synchronized S start(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (!started) {
      try {
        server.start(InetAddress.getLoopbackAddress(), port);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start simulator", e);
      }
      started = true;
    }
    return (S) this;
  }

  /**
   * The base URL a client should use, without a trailing slash, for example
   * {@code http://127.0.0.1:41234/api}.
   *
   * @throws IllegalStateException before {@link #start()}
   */
  public String baseUrl() {
    if (!started) {
      throw new IllegalStateException("simulator not started");
    }
    String url = server.url(basePath().isEmpty() ? "/" : basePath()).toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The fault queue; faults are served before normal answers. */
  public FaultInjector faults() {
    return faults;
  }

  /** How many requests have arrived, including those answered with a fault. */
  public int requestCount() {
    return requestCount.get();
  }

  /** A copy of every request received so far, in arrival order (while recording is on). */
  public List<SimRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Turns request recording on or off (off for benchmarks and very large runs). Default on. */
  public void recordRequests(boolean on) {
    this.recording = on;
  }

  /**
   * Delays every answer by this much before its headers, on top of any queued fault (a slow
   * network for the whole run, where {@link Fault#delay(Duration)} slows single answers).
   * Default zero.
   *
   * @throws IllegalArgumentException if negative
   */
  public void latency(Duration latency) {
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, was " + latency);
    }
    this.latency = latency;
  }

  /**
   * Tells the listener of every answered request, or of none for {@code null}. It runs on the
   * server's threads, so it must be quick and thread-safe.
   */
  public void onExchange(ExchangeListener listener) {
    this.listener = listener;
  }

  /** Told of every request a simulator answers, for a request log. */
  @FunctionalInterface
  public interface ExchangeListener {
    /**
     * One answered request.
     *
     * @param request what arrived; its path and query may carry credentials
     * @param status the status answered, or 0 when the connection was dropped without one
     * @param elapsed how long the simulator took to produce the answer (without the latency)
     */
    void exchanged(SimRequest request, int status, Duration elapsed);
  }

  /** Stops the server and frees its port; in-flight connections are closed. Idempotent. */
  @Override
  public synchronized void close() {
    server.close();
  }

  private MockResponse respond(SimRequest request) {
    long began = System.nanoTime();
    MockResponse response = answer(request);
    ExchangeListener l = listener;
    if (l != null) {
      l.exchanged(request, response.getOnResponseStart() != null ? 0 : response.getCode(),
          Duration.ofNanos(System.nanoTime() - began));
    }
    Duration extra = latency;
    return extra.isZero() ? response
        : new MockResponse.Builder(response).headersDelay(extra.toNanos(), TimeUnit.NANOSECONDS).build();
  }

  private MockResponse answer(SimRequest request) {
    requestCount.incrementAndGet();
    if (recording) {
      requests.add(request);
    }
    Optional<Fault> fault = faults.take(request);
    if (fault.isPresent()) {
      MockResponse faulty = faulty(fault.get(), request);
      if (faulty != null) {
        return faulty;
      }
    }
    try {
      return handle(request);
    } catch (RuntimeException e) {
      // a simulator bug must look like a server error to the client, not hang the connection
      return SimResponses.json(500, java.util.Map.of("error", "simulator failure: " + e));
    }
  }

  private MockResponse faulty(Fault fault, SimRequest request) {
    switch (fault.kind()) {
      case STATUS:
      case MALFORMED_BODY: {
        MockResponse.Builder builder = new MockResponse.Builder().code(fault.status()).body(fault.body());
        fault.headers().forEach(builder::setHeader);
        return builder.build();
      }
      case DELAY:
        return new MockResponse.Builder(handle(request))
            .headersDelay(fault.delay().toNanos(), TimeUnit.NANOSECONDS)
            .build();
      case DISCONNECT:
        return new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build();
      case TRUNCATED_BODY: {
        byte[] partial = fault.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MockResponseBody body = new MockResponseBody() {
          @Override
          public long getContentLength() {
            return partial.length + 4096L;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            sink.write(partial);
            sink.flush();
          }
        };
        return new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build();
      }
      default:
        return null;
    }
  }
}
