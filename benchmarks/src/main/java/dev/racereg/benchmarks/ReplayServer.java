package dev.racereg.benchmarks;

import dev.racereg.testkit.NoDelaySockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * A loopback server that answers each request once from an upstream simulator and then replays
 * the same bytes for the same method, target (path and query) and body; headers are not part of
 * the key. An optional latency is spent on the server thread before answering, and the most
 * requests in flight at once are counted, so a concurrency limit can be checked at the server.
 * Decoding benchmarks run against it so that the simulator's row generation, which would be
 * charged to both sides alike and dilute the ratio, is paid once, before timing.
 */
final class ReplayServer implements AutoCloseable {

  private record Answer(int code, String contentType, byte[] body) {}

  /** A request as received, so a baseline can send the very same exchange. */
  record Seen(String method, String target, String contentType, byte[] body) {}

  private final MockWebServer server = new MockWebServer();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final OkHttpClient upstream = new OkHttpClient();
  private final String upstreamBase;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final java.util.Queue<Seen> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private volatile long latencyMillis;

  /** Replays what {@code upstreamBase} (a scheme-host-port URL, no path) answers. */
  ReplayServer(String upstreamBase) {
    this.upstreamBase = upstreamBase.replaceAll("/+$", "");
    server.setServerSocketFactory(NoDelaySockets.serverSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.incrementAndGet();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
          String body = request.getBody() == null ? "" : request.getBody().utf8();
          Answer answer = answers.computeIfAbsent(request.getMethod() + " " + request.getTarget() + " " + body,
              key -> {
                seen.add(new Seen(request.getMethod(), request.getTarget(), request.getHeaders().get("Content-Type"),
                    request.getBody() == null ? new byte[0] : request.getBody().toByteArray()));
                return fetch(request);
              });
          if (latencyMillis > 0) {
            pause(latencyMillis);
          }
          return answer(answer);
        } finally {
          inFlight.decrementAndGet();
        }
      }
    });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockResponse answer(Answer answer) {
    return new MockResponse.Builder().code(answer.code())
        .setHeader("Content-Type", answer.contentType())
        .body(new Buffer().write(answer.body()))
        .build();
  }

  /** A simulated network latency: the server waits this long before each answer. */
  void latency(long millis) {
    this.latencyMillis = millis;
  }

  /** The most requests in flight at once since the last {@link #resetMaxInFlight()}. */
  int maxInFlight() {
    return maxInFlight.get();
  }

  /** Forgets the counts: most in flight and requests served. */
  void resetCounts() {
    maxInFlight.set(0);
    requests.set(0);
  }

  /** Every distinct request answered so far, in the order first seen. */
  java.util.List<Seen> seen() {
    return java.util.List.copyOf(seen);
  }

  /**
   * A GET of the same target as the last distinct GET seen whose target contains {@code part}, so
   * a baseline replays the client's very exchange (headers are not part of the key, so none are
   * needed).
   *
   * @throws IllegalStateException if no such GET was seen
   */
  Request lastGet(String part) {
    Seen match = null;
    for (Seen s : seen) {
      if (s.method().equals("GET") && s.target().contains(part)) {
        match = s;
      }
    }
    if (match == null) {
      throw new IllegalStateException("no GET containing " + part + " was replayed");
    }
    return new Request.Builder().url(url("/").replaceAll("/$", "") + match.target()).build();
  }

  /** Requests served since the last {@link #resetCounts()}. */
  int requests() {
    return requests.get();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The URL of {@code path} on this server, e.g. {@code url("/api")}. */
  String url(String path) {
    String url = server.url(path).toString();
    return url.endsWith("/") && !path.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private Answer fetch(RecordedRequest request) {
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    String type = request.getHeaders().get("Content-Type");
    Request.Builder out = new Request.Builder().url(upstreamBase + request.getTarget());
    request.getHeaders().names().stream()
        .filter(n -> !n.equalsIgnoreCase("Host") && !n.equalsIgnoreCase("Content-Length")
            && !n.equalsIgnoreCase("Accept-Encoding") && !n.equalsIgnoreCase("Connection"))
        .forEach(n -> out.header(n, request.getHeaders().get(n)));
    boolean hasBody = !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD");
    out.method(request.getMethod(),
        hasBody ? RequestBody.create(body, type == null ? null : MediaType.parse(type)) : null);
    try (Response response = upstream.newCall(out.build()).execute()) {
      String contentType = response.header("Content-Type", "application/json");
      return new Answer(response.code(), contentType, response.body().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
