package dev.racereg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** A baseline replays the client's exchange: the same target, answered from the cache. */
class ReplayServerTest {

  @Test
  void lastGetRepeatsTheTargetTheClientSentAndIsAnsweredWithoutTheUpstream() throws Exception {
    try (MockWebServer upstream = new MockWebServer()) {
      upstream.enqueue(new MockResponse.Builder().code(200).body("[1,2,3]").build());
      upstream.start();
      String base = upstream.url("/").toString().replaceAll("/$", "");
      try (ReplayServer replay = new ReplayServer(base)) {
        OkHttpClient http = new OkHttpClient();
        Request first = new Request.Builder().url(replay.url("/api/list?page=1&key=k"))
            .header("Authorization", "Bearer t").build();
        try (Response r = http.newCall(first).execute()) {
          assertThat(r.body().string()).isEqualTo("[1,2,3]");
        }
        Request again = replay.lastGet("/api/list");
        assertThat(again.url().encodedPath()).isEqualTo("/api/list");
        assertThat(again.url().encodedQuery()).isEqualTo("page=1&key=k");
        assertThat(again.header("Authorization")).isNull();
        try (Response r = http.newCall(again).execute()) {
          assertThat(r.body().string()).isEqualTo("[1,2,3]");
        }
        assertThat(upstream.getRequestCount()).isEqualTo(1);
        assertThatThrownBy(() -> replay.lastGet("/other")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("/other");
      }
    }
  }
}
