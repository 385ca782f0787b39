package dev.racereg.testkit.runsignup;

import dev.racereg.testkit.SettableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunSignupAuthTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2025-05-10T14:00:00Z"));
  private final RunSignupSimulator sim = RunSignupSimulator.builder().participants(60).clock(clock).build().start();

  @AfterEach
  void stop() {
    sim.close();
  }

  private String path(String credentials) {
    return "/race/" + sim.raceId() + "/participants?format=json&results_per_page=2&event_id=" + sim.eventIds().get(0)
        + (credentials.isEmpty() ? "" : "&" + credentials);
  }

  private static void assertAccepted(Rsu.Reply reply) {
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.errorCode()).as(reply.body()).isZero();
    assertThat(reply.json().get(0).path("participants")).hasSize(2);
  }

  private static void assertKeyFailed(Rsu.Reply reply) {
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(Rsu.JSON.createObjectNode().set("error",
        Rsu.JSON.createObjectNode().put("error_code", 6).put("error_msg", "Key authentication failed")));
  }

  @Test
  void apiKeyAndSecretInTheQuery() {
    assertAccepted(Rsu.get(sim, path("api_key=" + sim.credentials().apiKey() + "&api_secret=" + sim.credentials().apiSecret())));
    assertKeyFailed(Rsu.get(sim, path("api_key=" + sim.credentials().apiKey() + "&api_secret=wrong")));
    assertKeyFailed(Rsu.get(sim, path("api_key=" + sim.credentials().apiKey())));
    assertKeyFailed(Rsu.get(sim, path("api_key=nobody&api_secret=" + sim.credentials().apiSecret())));
  }

  @Test
  void rsuApiKeyWithTheSecretInTheHeader() {
    Headers secret = Headers.of("X-RSU-API-SECRET", sim.credentials().rsuApiSecret());
    assertAccepted(Rsu.get(sim, path("rsu_api_key=" + sim.credentials().rsuApiKey()), secret));
    assertKeyFailed(Rsu.get(sim, path("rsu_api_key=" + sim.credentials().rsuApiKey())));
    assertKeyFailed(Rsu.get(sim, path("rsu_api_key=" + sim.credentials().rsuApiKey()), Headers.of("X-RSU-API-SECRET", "wrong")));
    // the secret belongs in the header, not the query
    assertKeyFailed(Rsu.get(sim, path("rsu_api_key=" + sim.credentials().rsuApiKey() + "&X-RSU-API-SECRET=" + sim.credentials().rsuApiSecret())));
  }

  @Test
  void superPartnerKeyWithTheSecretInTheHeader() {
    assertAccepted(Rsu.get(sim, path("sp_api_key=" + sim.credentials().spApiKey()), Headers.of("X-RSU-API-SECRET", sim.credentials().spApiSecret())));
    assertKeyFailed(Rsu.get(sim, path("sp_api_key=" + sim.credentials().spApiKey()), Headers.of("X-RSU-API-SECRET", sim.credentials().rsuApiSecret())));
    assertKeyFailed(Rsu.get(sim, path("sp_api_key=" + sim.credentials().spApiKey())));
  }

  private JsonNode login() {
    Rsu.Reply reply = Rsu.post(sim, "/Login?format=json", Map.of("email", sim.credentials().userEmail(), "password", sim.credentials().userPassword()));
    JsonNode body = reply.json();
    assertThat(body.path("tmp_key").asText()).isNotEmpty();
    assertThat(body.path("tmp_secret").asText()).isNotEmpty();
    return body;
  }

  private static String tmp(JsonNode login) {
    return "tmp_key=" + login.path("tmp_key").asText() + "&tmp_secret=" + login.path("tmp_secret").asText();
  }

  @Test
  void tmpKeyFromLoginExpiresAnHourAfterItsLastUse() {
    JsonNode session = login();
    assertAccepted(Rsu.get(sim, path(tmp(session))));
    clock.advance(Duration.ofMinutes(59));
    assertAccepted(Rsu.get(sim, path(tmp(session)))); // use renews it
    clock.advance(Duration.ofMinutes(59));
    assertAccepted(Rsu.get(sim, path(tmp(session))));
    assertKeyFailed(Rsu.get(sim, path("tmp_key=" + session.path("tmp_key").asText() + "&tmp_secret=wrong")));
    clock.advance(Duration.ofHours(1));
    assertKeyFailed(Rsu.get(sim, path(tmp(session))));
    assertThat(sim.activeSessions()).isZero();
  }

  @Test
  void logoutEndsTheSession() {
    JsonNode session = login();
    assertThat(sim.activeSessions()).isEqualTo(1);
    Rsu.Reply out = Rsu.post(sim, "/Logout?format=json&" + tmp(session), Map.of());
    assertThat(out.json().path("success").asBoolean()).isTrue();
    assertKeyFailed(Rsu.get(sim, path(tmp(session))));
    assertThat(Rsu.post(sim, "/Logout?format=json&" + tmp(session), Map.of()).errorCode()).isEqualTo(6);
    assertThat(Rsu.post(sim, "/Logout?format=json", Map.of()).errorCode()).isEqualTo(13);
  }

  @Test
  void loginFailuresAndTemporaryLockout() {
    assertThat(Rsu.post(sim, "/Login?format=json", Map.of("email", "someone@else.com", "password", "x")).errorCode())
        .isEqualTo(101);
    assertThat(Rsu.post(sim, "/Login?format=json", Map.of("email", sim.credentials().userEmail())).errorCode()).isEqualTo(3);
    for (int i = 0; i < 5; i++) {
      assertThat(Rsu.post(sim, "/Login?format=json", Map.of("email", sim.credentials().userEmail(), "password", "guess" + i))
          .errorCode()).isEqualTo(102);
    }
    Map<String, String> good = Map.of("email", sim.credentials().userEmail(), "password", sim.credentials().userPassword());
    assertThat(Rsu.post(sim, "/Login?format=json", good).errorCode()).isEqualTo(103);
    clock.advance(Duration.ofMinutes(16));
    assertThat(Rsu.post(sim, "/Login?format=json", good).json().has("tmp_key")).isTrue();
  }

  @Test
  void loginAnswersXmlByDefault() {
    Rsu.Reply reply = Rsu.post(sim, "/Login", Map.of("email", sim.credentials().userEmail(), "password", sim.credentials().userPassword()));
    assertThat(reply.body()).contains("<response><tmp_key>").contains("<tmp_secret>");
    assertThat(reply.xml().path("tmp_key").asText()).hasSize(32);
  }

  private JsonNode redeem(String code) {
    Rsu.Reply reply = Rsu.post(sim, "/v2/auth/auth-code-redemption.json", Map.of(
        "grant_type", "authorization_code", "code", code, "client_id", sim.credentials().oauthClientId(),
        "client_secret", sim.credentials().oauthClientSecret(), "redirect_uri", sim.credentials().oauthRedirectUri(),
        "code_verifier", sim.credentials().oauthCodeVerifier()));
    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static Headers bearer(String token) {
    return Headers.of("Authorization", "Bearer " + token);
  }

  @Test
  void oauthBearerTokensFromCodeRedemptionAndRefresh() {
    JsonNode tokens = redeem(sim.credentials().oauthAuthorizationCode());
    assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(tokens.path("expires_in").asLong()).isEqualTo(3600);
    String access = tokens.path("access_token").asText();
    assertAccepted(Rsu.get(sim, path(""), bearer(access)));
    assertKeyFailed(Rsu.get(sim, path(""), bearer("not-a-token")));

    clock.advance(Duration.ofMinutes(61));
    assertKeyFailed(Rsu.get(sim, path(""), bearer(access)));

    Map<String, String> refresh = Map.of("grant_type", "refresh_token", "client_id", sim.credentials().oauthClientId(),
        "refresh_token", tokens.path("refresh_token").asText());
    Rsu.Reply refreshed = Rsu.post(sim, "/v2/auth/refresh-token.json", refresh);
    assertThat(refreshed.code()).isEqualTo(200);
    assertAccepted(Rsu.get(sim, path(""), bearer(refreshed.json().path("access_token").asText())));
    // refresh tokens rotate: the old one is spent
    Rsu.Reply again = Rsu.post(sim, "/v2/auth/refresh-token.json", refresh);
    assertThat(again.code()).isEqualTo(400);
    assertThat(again.json().path("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void oauthCodeRedemptionRefusesReuseWrongVerifierAndWrongClient() {
    String code = sim.issueAuthorizationCode();
    Map<String, String> wrongVerifier = Map.of("grant_type", "authorization_code", "code", code,
        "client_id", sim.credentials().oauthClientId(), "redirect_uri", sim.credentials().oauthRedirectUri(), "code_verifier", "x".repeat(50));
    Rsu.Reply bad = Rsu.post(sim, "/v2/auth/auth-code-redemption.json", wrongVerifier);
    assertThat(bad.code()).isEqualTo(400);
    assertThat(bad.json().path("error").asText()).isEqualTo("invalid_grant");
    Rsu.Reply client = Rsu.post(sim, "/v2/auth/auth-code-redemption.json", Map.of("grant_type", "authorization_code",
        "code", code, "client_id", sim.credentials().oauthClientId(), "client_secret", "nope", "redirect_uri", sim.credentials().oauthRedirectUri(),
        "code_verifier", sim.credentials().oauthCodeVerifier()));
    assertThat(client.code()).isEqualTo(401);
    assertThat(client.json().path("error").asText()).isEqualTo("invalid_client");
    redeem(code);
    Rsu.Reply reused = Rsu.post(sim, "/v2/auth/auth-code-redemption.json", Map.of("grant_type", "authorization_code",
        "code", code, "client_id", sim.credentials().oauthClientId(), "redirect_uri", sim.credentials().oauthRedirectUri(),
        "code_verifier", sim.credentials().oauthCodeVerifier()));
    assertThat(reused.code()).isEqualTo(400);
    assertThat(Rsu.post(sim, "/v2/auth/auth-code-redemption.json", Map.of("grant_type", "password")).json()
        .path("error").asText()).isEqualTo("invalid_request");
    assertThat(sim.credentials().oauthCodeChallenge()).isEqualTo(RsuAuth.s256(sim.credentials().oauthCodeVerifier()));
  }

  @Test
  void anonymousAndOutsiderCallersAreDeniedAndMixedCredentialsRefused() {
    assertThat(Rsu.get(sim, path("")).errorCode()).isEqualTo(7);
    assertThat(Rsu.get(sim, path("api_key=" + sim.credentials().outsiderApiKey() + "&api_secret=" + sim.credentials().outsiderApiSecret()))
        .errorCode()).isEqualTo(7);
    assertThat(Rsu.get(sim, path("api_key=" + sim.credentials().apiKey() + "&api_secret=" + sim.credentials().apiSecret() + "&tmp_key=a&tmp_secret=b"))
        .errorCode()).isEqualTo(3);
    // bad credentials fail before the race is looked up; good ones then meet error 201
    assertThat(Rsu.get(sim, "/race/999?format=json&api_key=x&api_secret=y").errorCode()).isEqualTo(6);
    assertThat(Rsu.get(sim, "/race/999/participants?format=json&" + Rsu.keys(sim)).errorCode()).isEqualTo(201);
  }

  @Test
  void theRaceItselfIsPublicButSentCredentialsMustBeValid() {
    assertThat(Rsu.get(sim, "/race/" + sim.raceId() + "?format=json").json().path("race").path("race_id").asLong())
        .isEqualTo(sim.raceId());
    assertKeyFailed(Rsu.get(sim, "/race/" + sim.raceId() + "?format=json&api_key=x&api_secret=y"));
    assertThat(Rsu.get(sim, "/race/" + sim.raceId() + "?format=json", bearer("expired-or-made-up")).errorCode())
        .isEqualTo(6);
  }

  @Test
  void keyFailureInXmlWhenNoFormatIsSent() {
    Rsu.Reply reply = Rsu.get(sim, "/race/" + sim.raceId() + "/participants?api_key=x&api_secret=y");
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).contains("<error><error_code>6</error_code><error_msg>Key authentication failed</error_msg></error>");
  }
}
