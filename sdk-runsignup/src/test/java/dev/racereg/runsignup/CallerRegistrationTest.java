package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.runsignup.RunSignupFaults;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 2027 rules: caller registration on every request, two calls at a time, CDN 522. */
class CallerRegistrationTest {

  private final TestOptions test = new TestOptions();
  private RunSignupSimulator sim;

  @BeforeEach
  void start() {
    sim = RunSignupSimulator.builder().participants(120).anchor(TestOptions.NOW.minus(Duration.ofDays(2)))
        .clock(test.clock).requireCallerRegistration(true).build().start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private ClientOptions options() {
    return test.builder(sim.baseUrl()).retryPolicy(RetryPolicy.builder().random(() -> 0.0).build()).build();
  }

  private RunSignupClient client(RunSignupCredentials credentials, String token, String secret) {
    return RunSignupClient.builder().credentials(credentials.withCallerRegistration(token, secret)).options(options())
        .build();
  }

  private RunSignupClient registered(RunSignupCredentials credentials) {
    return client(credentials, sim.credentials().callerRegistrationToken(), sim.credentials().callerRegistrationSecret());
  }

  private void assertEveryRequestRegistered() {
    assertThat(sim.requests()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.query("rsu_api_reg")).as(r.path()).contains(sim.credentials().callerRegistrationToken());
      assertThat(r.header("X-RSU-API-REG-SECRET")).as(r.path()).contains(sim.credentials().callerRegistrationSecret());
    });
  }

  @Test
  void everyModeSendsTheRegistrationWithItsOwnCredentials() {
    RunSignupClient rsu = registered(RunSignupCredentials.rsuApiKey(sim.credentials().rsuApiKey(), sim.credentials().rsuApiSecret()));
    long event = sim.eventIds().get(0);
    assertThat(rsu.getParticipants(ParticipantsParams.builder().raceId(sim.raceId()).eventId(event).build())
        .autoPagingStream().count()).isPositive();
    SimRequest first = sim.requests().get(0);
    assertThat(first.query("rsu_api_key")).contains(sim.credentials().rsuApiKey());
    assertThat(first.header("X-RSU-API-SECRET")).contains(sim.credentials().rsuApiSecret());
    registered(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret())).getRace(GetRaceParams.of(sim.raceId()));
    assertEveryRequestRegistered();
  }

  @Test
  @SuppressWarnings("deprecation")
  void loginAndLogoutCarryTheRegistration() {
    RunSignupClient client = registered(RunSignupCredentials.login(sim.credentials().userEmail(), sim.credentials().userPassword()));
    client.getResultSets(ResultSetsParams.of(sim.raceId(), sim.eventIds().get(0)));
    assertThat(client.logout()).isTrue();
    assertThat(sim.requests()).extracting(SimRequest::path)
        .anyMatch(p -> p.endsWith("/Login")).anyMatch(p -> p.endsWith("/Logout"));
    assertEveryRequestRegistered();
  }

  @Test
  void theOAuthTokenCallCarriesTheRegistration() {
    RunSignupOAuth.create(options(), RunSignupCredentials.callerOnly(sim.credentials().callerRegistrationToken(),
            sim.credentials().callerRegistrationSecret()))
        .redeemAuthorizationCode(AuthorizationCodeParams.builder().clientId(sim.credentials().oauthClientId())
            .clientSecret(sim.credentials().oauthClientSecret()).code(sim.credentials().oauthAuthorizationCode())
            .redirectUri(sim.credentials().oauthRedirectUri()).codeVerifier(sim.credentials().oauthCodeVerifier()).build());
    assertEveryRequestRegistered();
  }

  @Test
  void aPublicEndpointGetsTheRegistrationAlone() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(200).body("{\"race\":{\"race_id\":5,\"name\":\"R\"}}").build());
      server.start();
      RunSignupClient client = RunSignupClient.builder()
          .credentials(RunSignupCredentials.callerOnly("42.tok3n-value", "reg-s3cret-value"))
          .options(test.builder(server.url("/Rest").toString()).build()).build();
      try {
        client.getRace(GetRaceParams.of(5));
      } catch (RuntimeException ignored) {
        // only the wire format matters here
      }
      RecordedRequest r = server.takeRequest();
      assertThat(r.getTarget()).isEqualTo("/Rest/race/5?format=json&rsu_api_reg=42.tok3n-value");
      assertThat(r.getHeaders().names()).doesNotContain("X-RSU-API-SECRET", "Authorization");
      assertThat(r.getHeaders().get("X-RSU-API-REG-SECRET")).isEqualTo("reg-s3cret-value");
    }
  }

  @Test
  void aWrongRegistrationIsAnAuthenticationFailureNamingTheRegistrationAndIsNotRetried() {
    RunSignupClient client = client(RunSignupCredentials.rsuApiKey(sim.credentials().rsuApiKey(), sim.credentials().rsuApiSecret()),
        sim.credentials().callerRegistrationToken(), "not-the-registration-secret");
    assertThatThrownBy(() -> client.getRace(GetRaceParams.of(sim.raceId())))
        .isInstanceOf(CallerRegistrationRejectedException.class).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("API caller registration").hasMessageContaining("code 17")
        .hasMessageNotContaining("not-the-registration-secret");
    assertThat(sim.requestCount()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("deprecation")
  void code17InA200IsNotAnsweredByLoggingInAgain() {
    sim.faults().next(RunSignupFaults.error(17, "Invalid API caller credentials.", false));
    RunSignupClient client = registered(RunSignupCredentials.login(sim.credentials().userEmail(), sim.credentials().userPassword()));
    assertThatThrownBy(() -> client.getResultSets(ResultSetsParams.of(sim.raceId(), sim.eventIds().get(0))))
        .isInstanceOf(CallerRegistrationRejectedException.class);
    assertThat(sim.requests()).extracting(SimRequest::path).filteredOn(p -> p.endsWith("/Login")).hasSize(1);
  }

  @Test
  void aMissingRegistrationIsRefusedBySimulatorRequiringIt() {
    RunSignupClient client = RunSignupClient.builder()
        .credentials(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret())).options(options()).build();
    assertThatThrownBy(() -> client.getRace(GetRaceParams.of(sim.raceId())))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void halfARegistrationIsRefusedBeforeSending() {
    RunSignupCredentials key = RunSignupCredentials.rsuApiKey(sim.credentials().rsuApiKey(), sim.credentials().rsuApiSecret());
    assertThatThrownBy(() -> key.withCallerRegistration("1.abc", null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("callerRegistration.secret");
    assertThatThrownBy(() -> key.withCallerRegistration(" ", "secret"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("callerRegistration.token");
    assertThatThrownBy(() -> RunSignupCredentials.oauthAccessToken("t").withCallerRegistration(null, "secret"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("callerRegistration.token");
    assertThatThrownBy(() -> RunSignupCredentials.callerOnly(null, null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("callerRegistration.token");
    assertThat(key.withCallerRegistration(null, " ").callerRegistration()).isEmpty();
    assertThatThrownBy(() -> RunSignupCallerRegistration.of("no-dot-token", "secret"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("<id>.<token>");
    assertThat(sim.requestCount()).isZero();
  }

  @Test
  void theRegistrationNeverShowsInLogsOrToString() {
    RunSignupClient client = registered(RunSignupCredentials.rsuApiKey(sim.credentials().rsuApiKey(), sim.credentials().rsuApiSecret()));
    client.getRace(GetRaceParams.of(sim.raceId()));
    assertThat(test.log.all()).contains("rsu_api_reg").doesNotContain(sim.credentials().callerRegistrationToken())
        .doesNotContain(sim.credentials().callerRegistrationSecret());
    assertThat(client.toString() + client.callerRegistration().orElseThrow())
        .doesNotContain(sim.credentials().callerRegistrationToken()).doesNotContain(sim.credentials().callerRegistrationSecret());
  }

  @Test
  void aCdn522IsRetriedForASafeCall() {
    sim.faults().next(RunSignupFaults.cdnTimeout());
    RunSignupClient client = registered(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret()));
    assertThat(client.getRace(GetRaceParams.of(sim.raceId())).raceId()).isEqualTo(sim.raceId());
    assertThat(sim.requestCount()).isEqualTo(2);
  }

  @Test
  void thirtyTwoThreadsStayWithinTwoCallsAtTheSimulator() throws Exception {
    RunSignupClient client = registered(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret()));
    ExecutorService pool = Executors.newFixedThreadPool(32);
    ExecutorService prefetch = Executors.newCachedThreadPool();
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        calls.add(pool.submit(() -> client.getParticipants(ParticipantsParams.builder().raceId(sim.raceId())
            .eventId(sim.eventIds().get(0)).resultsPerPage(10).build()).autoPagingStream(prefetch).count()));
      }
      for (Future<?> f : calls) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      prefetch.shutdownNow();
    }
    assertThat(sim.maxConcurrentCallsSeen()).isBetween(1, 2);
    assertThat(sim.callsThrottledForConcurrency()).isZero();
  }

  @Test
  void thirtyTwoThreadsNeverHaveMoreThanTwoRequestsAtTheServer() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    CountDownLatch twoArrived = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
          max.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          twoArrived.countDown();
          release.await(30, TimeUnit.SECONDS); // hold the first calls until every thread is queued
          inFlight.decrementAndGet();
          return new MockResponse.Builder().code(200).body("{\"race\":{\"race_id\":5,\"name\":\"R\"}}").build();
        }
      });
      server.start();
      RunSignupClient client = RunSignupClient.builder()
          .credentials(RunSignupCredentials.apiKey("k", "s3cret-api"))
          .options(test.builder(server.url("/Rest").toString()).readTimeout(Duration.ofSeconds(40)).build())
          .build();
      ConcurrencyProbe probe = new ConcurrencyProbe(client);
      ExecutorService pool = Executors.newFixedThreadPool(32);
      try {
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
          calls.add(pool.submit(() -> client.getRace(GetRaceParams.of(5))));
        }
        assertThat(twoArrived.await(30, TimeUnit.SECONDS)).isTrue();
        probe.awaitWaiting(30); // the other 30 wait for a slot while two are held at the server
        assertThat(inFlight.get()).isEqualTo(2);
        release.countDown();
        for (Future<?> f : calls) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        release.countDown();
        pool.shutdownNow();
      }
      assertThat(max.get()).isEqualTo(2);
      assertThat(server.getRequestCount()).isEqualTo(32);
    }
  }

  @Test
  void theConsentUrlUsesTheWebHostPkceS256StateAndScopes() {
    String verifier = RunSignupOAuth.newCodeVerifier();
    URI uri = RunSignupConsentUrl.builder().clientId("app-1").redirectUri("https://timer.example/cb")
        .state("st4te").codeVerifier(verifier).scope(RunSignupConsentUrl.SCOPE_READ)
        .scope(RunSignupConsentUrl.SCOPE_WRITE).build();
    okhttp3.HttpUrl url = okhttp3.HttpUrl.get(uri);
    assertThat(url.scheme() + "://" + url.host() + url.encodedPath())
        .isEqualTo("https://runsignup.com/Profile/OAuth2/RequestGrant");
    assertThat(url.queryParameter("code_challenge_method")).isEqualTo("S256");
    assertThat(url.queryParameter("code_challenge")).isEqualTo(RunSignupOAuth.codeChallenge(verifier));
    assertThat(url.queryParameter("state")).isEqualTo("st4te");
    assertThat(url.queryParameter("scope")).isEqualTo("rsu_api_read rsu_api_write");
    assertThat(url.queryParameter("client_id")).isEqualTo("app-1");
    assertThat(url.queryParameter("response_type")).isEqualTo("code");
    assertThat(url.queryParameter("redirect_uri")).isEqualTo("https://timer.example/cb");
    assertThat(uri.toString()).doesNotContain(verifier);
    assertThatThrownBy(() -> RunSignupConsentUrl.builder().clientId("a").redirectUri("https://x.example/")
        .state("s").codeVerifier(verifier).build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("scope");
  }

  @Test
  void tokenEndpointErrorsCarryTheOAuthCode() {
    assertThatThrownBy(() -> RunSignupOAuth.create(options()).redeemAuthorizationCode(
            AuthorizationCodeParams.builder().clientId(sim.credentials().oauthClientId()).clientSecret("wrong-client-secret")
                .code(sim.credentials().oauthAuthorizationCode()).redirectUri(sim.credentials().oauthRedirectUri())
                .codeVerifier(sim.credentials().oauthCodeVerifier()).build()))
        .isInstanceOf(AuthenticationException.class)
        .satisfies(e -> assertThat(((AuthenticationException) e).providerCode()).isPresent());
  }
}
