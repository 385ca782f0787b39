package dev.racereg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.HttpLogSink;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.http.Sleeper;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.TestExecutors;
import dev.racereg.core.testing.MutableClock;
import dev.racereg.core.testing.RecordingLogSink;
import dev.racereg.core.testing.RecordingSleeper;
import dev.racereg.core.testing.TestOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void defaultsAreDocumented() {
    ClientOptions o = ClientOptions.defaults();

    assertThat(o.baseUrl()).isEmpty();
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.callTimeout()).isEqualTo(Duration.ZERO);
    assertThat(o.retryPolicy().toString()).isEqualTo(RetryPolicy.defaults().toString());
    assertThat(o.userAgent()).isEqualTo("racereg-java/" + ClientOptions.VERSION);
    assertThat(o.logLevel()).isEqualTo(LogLevel.NONE);
    assertThat(o.clock().getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(o.sleeper()).isSameAs(Sleeper.SYSTEM);
    assertThat(o.httpClient()).isEmpty();
  }

  @Test
  void baseUrlMustBeAnAbsoluteHttpUrlAndLosesTrailingSlashes() {
    assertThat(ClientOptions.builder().baseUrl("https://sim.local:8443/api///").build().baseUrl())
        .contains("https://sim.local:8443/api");
    assertThat(ClientOptions.builder().baseUrl("https://x").baseUrl(null).build().baseUrl()).isEmpty();
    for (String bad : new String[] {"not a url", "ftp://files.example", "/relative/path", ""}) {
      assertThatThrownBy(() -> ClientOptions.builder().baseUrl(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    }
  }

  @Test
  void negativeTimeoutsAreRefusedByName() {
    Duration negative = Duration.ofMillis(-1);

    assertThatThrownBy(() -> ClientOptions.builder().connectTimeout(negative)).hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> ClientOptions.builder().readTimeout(negative)).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> ClientOptions.builder().writeTimeout(negative)).hasMessageContaining("writeTimeout");
    assertThatThrownBy(() -> ClientOptions.builder().callTimeout(negative)).hasMessageContaining("callTimeout")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientOptions.builder().readTimeout(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ClientOptions.builder().retryPolicy(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ClientOptions.builder().clock(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ClientOptions.builder().sleeper(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ClientOptions.builder().logSink(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ClientOptions.builder().userAgent(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toBuilderKeepsEverything() {
    OkHttpClient client = new OkHttpClient();
    HttpLogSink sink = new RecordingLogSink();
    Clock clock = new MutableClock(TestOptions.NOW);
    Sleeper sleeper = new RecordingSleeper();
    RetryPolicy policy = RetryPolicy.none();
    ClientOptions o = ClientOptions.builder().baseUrl("http://h/api").connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(2)).writeTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(4))
        .retryPolicy(policy).userAgent("ua/1").httpClient(client).logLevel(LogLevel.HEADERS).logSink(sink)
        .clock(clock).sleeper(sleeper).build();

    ClientOptions copy = o.toBuilder().build();

    assertThat(copy.baseUrl()).contains("http://h/api");
    assertThat(copy.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(copy.readTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(copy.writeTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(copy.callTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(copy.retryPolicy()).isSameAs(policy);
    assertThat(copy.userAgent()).isEqualTo("ua/1");
    assertThat(copy.httpClient()).containsSame(client);
    assertThat(copy.logLevel()).isEqualTo(LogLevel.HEADERS);
    assertThat(copy.logSink()).isSameAs(sink);
    assertThat(copy.clock()).isSameAs(clock);
    assertThat(copy.sleeper()).isSameAs(sleeper);
    assertThat(o.toBuilder().userAgent("other").build().userAgent()).isEqualTo("other");
    assertThat(o.userAgent()).isEqualTo("ua/1");
  }

  @Test
  void optionsOverrideTheProductionUrl() throws Exception {
    ApiExecutor executor = new ApiExecutor(ClientOptions.builder().baseUrl(server.url("/sim").toString()).build(),
        "https://production.invalid/api", AuthStrategy.none(), new dev.racereg.core.internal.http.DefaultErrorMapper());
    server.enqueue(TestExecutors.ok("{}"));

    executor.execute(TestExecutors.get("/events", Idempotency.SAFE), TestExecutors.text());

    assertThat(executor.baseUrl()).isEqualTo(server.url("/sim").toString());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/sim/events");
    assertThat(new ApiExecutor(ClientOptions.defaults(), "https://production.invalid/api", AuthStrategy.none(),
        new dev.racereg.core.internal.http.DefaultErrorMapper()).baseUrl()).isEqualTo("https://production.invalid/api");
  }

  @Test
  void readTimeoutIsApplied() {
    TestOptions t = new TestOptions();
    ApiExecutor executor = TestExecutors.on(t.builder(server.url("/").toString())
        .readTimeout(Duration.ofMillis(100)).retryPolicy(RetryPolicy.none()).build(), AuthStrategy.none());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(1, TimeUnit.SECONDS).build());

    assertThatThrownBy(() -> executor.execute(TestExecutors.get("/slow", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.getMessage()).contains("timed out");
          assertThat(e.requestMayHaveBeenSent()).isTrue();
        });
  }

  @Test
  void callersClientIsDerivedWithSilentRetriesOff() {
    TestOptions t = new TestOptions();
    OkHttpClient callers = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    ApiExecutor executor = TestExecutors.on(t.builder(server.url("/").toString()).httpClient(callers).build(),
        AuthStrategy.none());
    server.enqueue(new MockResponse.Builder().code(200).onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build());
    server.enqueue(TestExecutors.ok("{}"));

    assertThatThrownBy(() -> executor.execute(TestExecutors.post("/passes", Idempotency.UNSAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    assertThat(server.getRequestCount()).as("OkHttp must not resend an unsafe request on its own").isEqualTo(1);
    assertThat(callers.retryOnConnectionFailure()).as("the caller's client is left as it was").isTrue();
  }

  @Test
  void toStringShowsSettings() {
    String s = ClientOptions.builder().baseUrl("https://sim.local").logLevel(LogLevel.BASIC).build().toString();

    assertThat(s).contains("baseUrl=https://sim.local", "connectTimeout=PT10S", "logLevel=BASIC",
        "userAgent=racereg-java/");
  }
}
