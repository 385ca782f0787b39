package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The shared call slots: taken per exchange, given back when the body is closed or the exchange fails. */
class ConcurrencyLimitTest {

  @Test
  void aSlotIsHeldUntilTheBodyIsClosedThenGivenBack() throws Exception {
    ConcurrencyLimit limit = new ConcurrencyLimit(2);
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(200).body("one").build());
      server.enqueue(new MockResponse.Builder().code(500).body("two").build());
      server.start();
      OkHttpClient http = limit.installOn(new OkHttpClient());
      Response first = http.newCall(new Request.Builder().url(server.url("/a")).build()).execute();
      Response second = http.newCall(new Request.Builder().url(server.url("/b")).build()).execute();
      assertThat(limit.inFlight()).isEqualTo(2);
      assertThat(first.body().string()).isEqualTo("one"); // read to the end and closed
      assertThat(limit.inFlight()).isEqualTo(1);
      second.close();
      second.close(); // a second close gives nothing back twice
      assertThat(limit.inFlight()).isZero();
    }
  }

  @Test
  void aFailedExchangeGivesItsSlotBack() {
    ConcurrencyLimit limit = new ConcurrencyLimit(1);
    OkHttpClient http = limit.installOn(new OkHttpClient());
    // port 9 on loopback: nothing listens, the connection is refused
    assertThatThrownBy(() -> http.newCall(new Request.Builder().url("http://127.0.0.1:9/").build()).execute())
        .isInstanceOf(IOException.class);
    assertThat(limit.inFlight()).isZero();
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new ConcurrencyLimit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("permits");
  }
}
