package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.internal.auth.BearerTokenAuth;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.testing.TestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ExecutorConcurrencyTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final ConcurrentHashMap<String, Integer> attempts = new ConcurrentHashMap<>();

  @Test
  void oneExecutorServesManyThreads() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String id = request.getUrl().pathSegments().get(1);
        boolean authed = "Bearer shared-token".equals(request.getHeaders().get("Authorization"));
        // every third first attempt fails, to mix retries into the traffic
        if (Integer.parseInt(id) % 3 == 0 && attempts.merge(id, 1, Integer::sum) == 1) {
          return new MockResponse.Builder().code(503).build();
        }
        return TestExecutors.ok("{\"id\":\"" + id + "\",\"authed\":" + authed + "}");
      }
    });
    TestOptions t = new TestOptions();
    ApiExecutor executor = TestExecutors.on(t.builder(server.url("/").toString())
        .logLevel(LogLevel.NONE).build(), new BearerTokenAuth(Secret.of("shared-token")));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String id = String.valueOf(i);
        answers.add(pool.submit(() -> executor.execute(
            ApiRequest.builder("get", "GET", "/registrations/{id}", Idempotency.SAFE).pathParam("id", id).build(),
            ResponseContent::text)));
      }
      for (int i = 0; i < 200; i++) {
        assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("{\"id\":\"" + i + "\",\"authed\":true}");
      }
      assertThat(server.getRequestCount()).isEqualTo(200 + 67);
      assertThat(t.sleeper.sleeps()).hasSize(67);
    } finally {
      pool.shutdownNow();
    }
  }
}
