package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.CredentialsExpiredException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.TestOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Each credential type selects its own wire format, renewal and refusal handling. */
class AuthModesTest extends RsuTestSupport {

  private static final String RACE_JSON = "{\"race\":{\"race_id\":12345,\"name\":\"Scioto Mile\",\"events\":[]}}";
  private static final String KEY_FAILED = "{\"error\":{\"error_code\":6,\"error_msg\":\"Key authentication failed\"}}";

  @Test
  void apiKeyAndSecretTravelInTheQuery() {
    enqueueJson(RACE_JSON);
    client(RunSignupCredentials.apiKey("K1", "S1-secret")).getRace(GetRaceParams.of(RACE));
    RecordedRequest r = take();
    assertThat(r.getTarget()).isEqualTo("/Rest/race/12345?format=json&api_key=K1&api_secret=S1-secret");
    assertThat(r.getHeaders().get("X-RSU-API-SECRET")).isNull();
    assertThat(r.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void apiV2KeyInTheQueryWithItsSecretInTheHeader() {
    enqueueJson(RACE_JSON);
    client(RunSignupCredentials.rsuApiKey("RSU-K", "RSU-secret-1")).getRace(GetRaceParams.of(RACE));
    RecordedRequest r = take();
    assertThat(r.getTarget()).isEqualTo("/Rest/race/12345?format=json&rsu_api_key=RSU-K");
    assertThat(r.getHeaders().get("X-RSU-API-SECRET")).isEqualTo("RSU-secret-1");
  }

  @Test
  void superPartnerKeyInTheQueryWithItsSecretInTheHeader() {
    enqueueJson(RACE_JSON);
    client(RunSignupCredentials.superPartnerKey("SP-K", "SP-secret-1")).getRace(GetRaceParams.of(RACE));
    RecordedRequest r = take();
    assertThat(r.getTarget()).isEqualTo("/Rest/race/12345?format=json&sp_api_key=SP-K");
    assertThat(r.getHeaders().get("X-RSU-API-SECRET")).isEqualTo("SP-secret-1");
  }

  @Test
  void oauthTokenIsABearerHeaderOnly() {
    enqueueJson(RACE_JSON);
    client(RunSignupCredentials.oauthAccessToken("access-token-1")).getRace(GetRaceParams.of(RACE));
    RecordedRequest r = take();
    assertThat(r.getTarget()).isEqualTo("/Rest/race/12345?format=json");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer access-token-1");
  }

  @Test
  void loginModeLogsInOnceAndSendsTheTemporaryKeys() {
    enqueueJson("{\"tmp_key\":\"TK-1\",\"tmp_secret\":\"TS-1-secret\"}");
    enqueueJson(RACE_JSON);
    enqueueJson(RACE_JSON);
    RunSignupClient client = client(RunSignupCredentials.login("timer@example.com", "pa ss&word"));
    client.getRace(GetRaceParams.of(RACE));
    client.getRace(GetRaceParams.of(RACE));

    RecordedRequest login = take();
    assertThat(login.getMethod()).isEqualTo("POST");
    assertThat(login.getTarget()).isEqualTo("/Rest/Login?format=json");
    assertThat(form(login)).isEqualTo(Map.of("email", "timer@example.com", "password", "pa ss&word"));
    assertThat(take().getTarget()).isEqualTo("/Rest/race/12345?format=json&tmp_key=TK-1&tmp_secret=TS-1-secret");
    assertThat(take().getTarget()).endsWith("tmp_key=TK-1&tmp_secret=TS-1-secret");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void loginModeLogsInAgainAfterNearlyAnHourIdleByTheClientsClock() {
    enqueueJson("{\"tmp_key\":\"TK-1\",\"tmp_secret\":\"TS-1-secret\"}");
    enqueueJson(RACE_JSON);
    enqueueJson(RACE_JSON);
    enqueueJson("{\"tmp_key\":\"TK-2\",\"tmp_secret\":\"TS-2-secret\"}");
    enqueueJson(RACE_JSON);
    RunSignupClient client = client(RunSignupCredentials.login("timer@example.com", "password1"));
    client.getRace(GetRaceParams.of(RACE));
    test.clock.advance(Duration.ofMinutes(54));
    client.getRace(GetRaceParams.of(RACE)); // still fresh: use renews the hour
    test.clock.advance(Duration.ofMinutes(55));
    client.getRace(GetRaceParams.of(RACE));

    assertThat(take().getUrl().encodedPath()).isEqualTo("/Rest/Login");
    take();
    assertThat(take().getUrl().queryParameter("tmp_key")).isEqualTo("TK-1");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/Rest/Login");
    assertThat(take().getUrl().queryParameter("tmp_key")).isEqualTo("TK-2");
  }

  @Test
  void loginModeLogsInAgainOnceWhenTheKeyIsRejected() {
    enqueueJson("{\"tmp_key\":\"TK-1\",\"tmp_secret\":\"TS-1-secret\"}");
    enqueueJson(KEY_FAILED);
    enqueueJson("{\"tmp_key\":\"TK-2\",\"tmp_secret\":\"TS-2-secret\"}");
    enqueueJson(RACE_JSON);
    RunSignupRace race = client(RunSignupCredentials.login("timer@example.com", "password1"))
        .getRace(GetRaceParams.of(RACE));

    assertThat(race.name()).contains("Scioto Mile");
    take();
    assertThat(take().getUrl().queryParameter("tmp_key")).isEqualTo("TK-1");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/Rest/Login");
    assertThat(take().getUrl().queryParameter("tmp_key")).isEqualTo("TK-2");
    assertThat(test.sleeper.sleeps()).isEmpty(); // a renewal is not a retry
  }

  @Test
  void aWrongPasswordIsAnAuthenticationErrorWithRunSignupsCode() {
    enqueueJson("{\"error\":{\"error_code\":102,\"error_msg\":\"E-mail or password invalid\"}}");
    assertThatThrownBy(() -> client(RunSignupCredentials.login("timer@example.com", "wrong-password"))
        .getRace(GetRaceParams.of(RACE)))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(RunSignupErrorCode.of(e)).contains(RunSignupErrorCode.LOGIN_INVALID));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void explicitLoginAndLogout() {
    enqueueJson("{\"tmp_key\":\"TK-9\",\"tmp_secret\":\"TS-9-secret\"}");
    enqueueJson("{\"success\":true}");
    RunSignupClient client = client();
    TemporaryKeys keys = client.login(LoginParams.of("timer@example.com", "password1"));
    assertThat(keys.tmpKey()).isEqualTo("TK-9");
    assertThat(keys.tmpSecret().reveal()).isEqualTo("TS-9-secret");
    assertThat(keys.toString()).doesNotContain("TS-9-secret");
    client.logout(keys);

    RecordedRequest login = take();
    assertThat(login.getTarget()).isEqualTo("/Rest/Login?format=json"); // never the client's own key
    RecordedRequest logout = take();
    assertThat(logout.getMethod()).isEqualTo("POST");
    assertThat(logout.getTarget()).isEqualTo("/Rest/Logout?format=json&tmp_key=TK-9&tmp_secret=TS-9-secret");
  }

  @Test
  void loginModeLogoutEndsItsSessionAndTheNextCallLogsInAgain() {
    enqueueJson("{\"tmp_key\":\"TK-1\",\"tmp_secret\":\"TS-1-secret\"}");
    enqueueJson(RACE_JSON);
    enqueueJson("{\"success\":true}");
    enqueueJson("{\"tmp_key\":\"TK-2\",\"tmp_secret\":\"TS-2-secret\"}");
    enqueueJson(RACE_JSON);
    RunSignupClient client = client(RunSignupCredentials.login("timer@example.com", "password1"));
    assertThat(client.logout()).isFalse(); // not logged in yet
    client.getRace(GetRaceParams.of(RACE));
    assertThat(client.logout()).isTrue();
    client.getRace(GetRaceParams.of(RACE));

    take();
    take();
    assertThat(take().getTarget()).isEqualTo("/Rest/Logout?format=json&tmp_key=TK-1&tmp_secret=TS-1-secret");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/Rest/Login");
    assertThat(take().getUrl().queryParameter("tmp_key")).isEqualTo("TK-2");
    assertThat(client(RunSignupCredentials.apiKey("k", "secret-1")).logout()).isFalse();
  }

  private RunSignupCredentials.OAuth oauth(Instant expiresAt, String refresh) {
    return RunSignupCredentials.oauth(new RunSignupTokens(Secret.of("access-1"), expiresAt,
        refresh == null ? null : Secret.of(refresh), "Bearer"), "client-7", "client-secret-7");
  }

  private static String tokens(String access, long expiresIn, String refresh) {
    return "{\"access_token\":\"" + access + "\",\"expires_in\":" + expiresIn + ",\"refresh_token\":\"" + refresh
        + "\",\"token_type\":\"Bearer\"}";
  }

  @Test
  void oauthRefreshesShortlyBeforeExpiryByTheClientsClockAndReportsRotatedTokens() {
    List<RunSignupTokens> refreshed = new ArrayList<>();
    RunSignupClient client = RunSignupClient.builder()
        .credentials(oauth(TestOptions.NOW.plusSeconds(3600), "refresh-1"))
        .options(options()).onTokensRefreshed(refreshed::add).build();
    enqueueJson(RACE_JSON);
    enqueueJson(tokens("access-2", 3600, "refresh-2"));
    enqueueJson(RACE_JSON);
    enqueueJson(tokens("access-3", 3600, "refresh-3"));
    enqueueJson(RACE_JSON);

    client.getRace(GetRaceParams.of(RACE));
    test.clock.advance(Duration.ofSeconds(3600 - 59)); // inside the refresh margin
    client.getRace(GetRaceParams.of(RACE));
    test.clock.advance(Duration.ofSeconds(3600));
    client.getRace(GetRaceParams.of(RACE));

    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer access-1");
    RecordedRequest refresh = take();
    assertThat(refresh.getMethod()).isEqualTo("POST");
    assertThat(refresh.getTarget()).isEqualTo("/Rest/v2/auth/refresh-token.json");
    assertThat(refresh.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(refresh.getHeaders().get("Authorization")).isNull();
    assertThat(form(refresh)).isEqualTo((Map.of(
        "grant_type", "refresh_token", "refresh_token", "refresh-1", "client_id", "client-7",
        "client_secret", "client-secret-7")));
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer access-2");
    assertThat(form(take())).containsEntry("refresh_token", "refresh-2"); // the rotated one
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer access-3");

    assertThat(refreshed).hasSize(2);
    assertThat(refreshed.get(0).accessToken().reveal()).isEqualTo("access-2");
    assertThat(refreshed.get(0).refreshToken().orElseThrow().reveal()).isEqualTo("refresh-2");
    assertThat(refreshed.get(0).expiresAt()).contains(TestOptions.NOW.plusSeconds(3600 - 59 + 3600));
  }

  @Test
  void oauthRefreshesOnceWhenTheTokenIsRejected() {
    enqueueJson(KEY_FAILED);
    enqueueJson(tokens("access-2", 3600, "refresh-2"));
    enqueueJson(RACE_JSON);
    client(oauth(null, "refresh-1")).getRace(GetRaceParams.of(RACE));
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer access-1");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/Rest/v2/auth/refresh-token.json");
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer access-2");
  }

  @Test
  void anExpiredTokenWithoutRefreshTokenIsRefusedBeforeSending() {
    RunSignupCredentials.OAuth expired = RunSignupCredentials.oauth(new RunSignupTokens(Secret.of("access-1"),
        TestOptions.NOW.minusSeconds(1), null, null), null, null);
    assertThatThrownBy(() -> client(expired).getRace(GetRaceParams.of(RACE)))
        .isInstanceOfSatisfying(CredentialsExpiredException.class,
            e -> assertThat(e.expiredAt()).isEqualTo(TestOptions.NOW.minusSeconds(1)));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRefusedRefreshIsAnAuthenticationError() {
    enqueue(400, "application/json", "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token is invalid\"}");
    assertThatThrownBy(() -> client(oauth(TestOptions.NOW, "refresh-1")).getRace(GetRaceParams.of(RACE)))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.providerCode()).contains("invalid_grant");
          assertThat(e.providerMessage()).contains("refresh token is invalid");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAuthorizationCodeIsRedeemedForTokens() {
    enqueueJson(tokens("access-new", 7200, "refresh-new"));
    String verifier = RunSignupOAuth.newCodeVerifier();
    RunSignupTokens t = RunSignupOAuth.create(options()).redeemAuthorizationCode(AuthorizationCodeParams.builder()
        .clientId("client-7").code("code-123").redirectUri("https://timer.example.com/callback")
        .codeVerifier(verifier).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/Rest/v2/auth/auth-code-redemption.json");
    assertThat(form(r)).isEqualTo((Map.of(
        "grant_type", "authorization_code", "code", "code-123",
        "redirect_uri", "https://timer.example.com/callback", "code_verifier", verifier, "client_id", "client-7")));
    assertThat(t.accessToken().reveal()).isEqualTo("access-new");
    assertThat(t.expiresAt()).contains(TestOptions.NOW.plusSeconds(7200));
    assertThat(t.tokenType()).isEqualTo("Bearer");
    assertThat(t.toString()).doesNotContain("access-new").doesNotContain("refresh-new");
  }

  @Test
  void pkceVerifiersAndChallengesFollowRfc7636() {
    String verifier = RunSignupOAuth.newCodeVerifier();
    assertThat(verifier).matches("[A-Za-z0-9_-]{64}");
    assertThat(RunSignupOAuth.newCodeVerifier()).isNotEqualTo(verifier);
    byte[] sha256OfAbc = HexFormat.of().parseHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(RunSignupOAuth.codeChallenge("abc"))
        .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256OfAbc));
    assertThatThrownBy(() -> AuthorizationCodeParams.builder().clientId("c").code("x").redirectUri("https://a")
        .codeVerifier("short").build()).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("codeVerifier"));
  }

  @Test
  void permissionDeniedIsNotARenewal() {
    enqueueJson("{\"tmp_key\":\"TK-1\",\"tmp_secret\":\"TS-1-secret\"}");
    enqueueJson("{\"error\":{\"error_code\":7,\"error_msg\":\"Permission denied\"}}");
    assertThatThrownBy(() -> client(RunSignupCredentials.login("timer@example.com", "password1"))
        .getRace(GetRaceParams.of(RACE))).isInstanceOf(PermissionDeniedException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void concurrentCallsShareOneLogin() throws Exception {
    java.util.concurrent.atomic.AtomicInteger logins = new java.util.concurrent.atomic.AtomicInteger();
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public mockwebserver3.MockResponse dispatch(RecordedRequest r) {
        String body = r.getUrl().encodedPath().endsWith("/Login")
            ? "{\"tmp_key\":\"TK-" + logins.incrementAndGet() + "\",\"tmp_secret\":\"TS-secret\"}" : RACE_JSON;
        return new mockwebserver3.MockResponse.Builder().code(200).body(body).build();
      }
    });
    RunSignupClient client = client(RunSignupCredentials.login("timer@example.com", "password1"));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<RunSignupRace>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        calls.add(pool.submit(() -> client.getRace(GetRaceParams.of(RACE))));
      }
      for (java.util.concurrent.Future<RunSignupRace> call : calls) {
        assertThat(call.get().raceId()).isEqualTo(RACE);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(logins.get()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(41);
  }

  @Test
  void credentialsAreValidated() {
    assertThatThrownBy(() -> RunSignupCredentials.apiKey(" ", "s3cret")).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.field()).isEqualTo("apiKey"));
    assertThatThrownBy(() -> RunSignupCredentials.rsuApiKey("k", "")).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.field()).isEqualTo("apiSecret"));
    assertThatThrownBy(() -> RunSignupCredentials.oauth(new RunSignupTokens(Secret.of("a"), null, Secret.of("r"), null),
        null, null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("clientId"));
  }
}
