package dev.racereg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorFaultTest {

  private final EchoSimulator sim = new EchoSimulator().start();
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void answersNormallyWithoutFaultsAndRecordsTheRequest() throws IOException {
    try (Response r = get("/api/things?x=a%20b")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().string()).isEqualTo("{\"path\":\"/api/things\"}");
    }
    assertThat(sim.requestCount()).isEqualTo(1);
    assertThat(sim.requests().get(0).query("x")).contains("a b");
    assertThat(sim.baseUrl()).endsWith("/api");
  }

  @Test
  void servesQueuedStatusFaultsThenRecovers() throws IOException {
    sim.faults().next(Fault.rateLimited(7), 2);
    for (int i = 0; i < 2; i++) {
      try (Response r = get("/api/x")) {
        assertThat(r.code()).isEqualTo(429);
        assertThat(r.header("Retry-After")).isEqualTo("7");
      }
    }
    try (Response r = get("/api/x")) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(sim.faults().pending()).isZero();
  }

  @Test
  void pathFilteredFaultLeavesOtherPathsAlone() throws IOException {
    sim.faults().onPath("/slow", Fault.htmlPage(502), 1);
    try (Response r = get("/api/fast")) {
      assertThat(r.code()).isEqualTo(200);
    }
    try (Response r = get("/api/slow")) {
      assertThat(r.code()).isEqualTo(502);
      assertThat(r.body().string()).startsWith("<!DOCTYPE html>");
    }
  }

  @Test
  void disconnectFailsTheCallWithAnIoError() {
    sim.faults().next(Fault.disconnect());
    assertThatThrownBy(() -> get("/api/x").close()).isInstanceOf(IOException.class);
  }

  @Test
  void truncatedBodyFailsWhileReading() throws IOException {
    sim.faults().next(Fault.truncatedBody("[{\"a\":1},"));
    try (Response r = get("/api/x")) {
      assertThat(r.code()).isEqualTo(200);
      assertThatThrownBy(() -> r.body().string()).isInstanceOf(IOException.class);
    }
  }

  @Test
  void streamsLargeArrays() throws IOException {
    sim.streamRows = 10_000;
    try (Response r = get("/api/stream")) {
      String body = r.body().string();
      assertThat(body).startsWith("[{\"n\":0}").endsWith("{\"n\":9999}]");
    }
  }

  @Test
  void streamedResponsesLeaveTheKeptAliveConnectionUsable() throws IOException {
    sim.streamRows = 3;
    for (int i = 0; i < 3; i++) {
      try (Response r = get("/api/stream")) {
        assertThat(r.header("Content-Length")).isNull();
        assertThat(r.body().string()).isEqualTo("[{\"n\":0},{\"n\":1},{\"n\":2}]");
      }
    }
    try (Response r = get("/api/after")) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(http.connectionPool().connectionCount()).isEqualTo(1);
  }

  private Response get(String pathAndQuery) throws IOException {
    String base = sim.baseUrl();
    String root = base.substring(0, base.length() - "/api".length());
    return http.newCall(new Request.Builder().url(root + pathAndQuery).build()).execute();
  }

  static final class EchoSimulator extends Simulator<EchoSimulator> {
    volatile int streamRows;

    @Override
    protected MockResponse handle(SimRequest request) {
      if (request.path().endsWith("/stream")) {
        List<Map<String, Integer>> rows = IntStream.range(0, streamRows).mapToObj(n -> Map.of("n", n)).toList();
        return SimResponses.jsonArrayStream(rows::iterator);
      }
      return SimResponses.json(200, Map.of("path", request.path()));
    }

    @Override
    protected String basePath() {
      return "/api";
    }
  }
}
