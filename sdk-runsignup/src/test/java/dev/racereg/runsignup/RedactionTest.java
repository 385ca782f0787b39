package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.TestOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A canary secret per credential mode, run with body logging through calls that fail: it must
 * appear in no log line, no exception message (nor its causes), and no {@code toString()}.
 */
class RedactionTest extends RsuTestSupport {

  private static final String CANARY = Canaries.RUNSIGNUP;
  private static final String KEY_FAILED_ECHO = echo(CANARY);

  /** A rejection that echoes a secret back, as a careless server might. */
  private static String echo(String secret) {
    return "{\"error\":{\"error_code\":6,\"error_msg\":\"Key authentication failed for secret " + secret + "\"}}";
  }

  private final List<Throwable> failures = new ArrayList<>();
  private final List<Object> shown = new ArrayList<>();

  private RunSignupClient client(RunSignupCredentials credentials, List<RunSignupTokens> refreshed) {
    assertThat(test.builder(baseUrl()).build().logLevel()).isEqualTo(LogLevel.BODY);
    RunSignupClient c = RunSignupClient.builder().credentials(credentials).options(options())
        .onTokensRefreshed(refreshed::add).build();
    shown.add(credentials);
    shown.add(c);
    return c;
  }

  private void run(Runnable call) {
    try {
      call.run();
    } catch (RaceRegException e) {
      failures.add(e);
    }
  }

  /** Calls that fail in the ways a secret could leak: an echoed error, a malformed body, HTML. */
  private void failingCalls(RunSignupClient client) {
    failingCalls(client, CANARY);
  }

  private void failingCalls(RunSignupClient client, String secret) {
    enqueueJson(echo(secret));
    run(() -> client.getRace(GetRaceParams.of(RACE)));
    enqueueJson("{\"race\": {\"race_id\": 12345, \"name\": \"" + secret + "\"");
    run(() -> client.getRace(GetRaceParams.of(RACE)));
    enqueue(400, "text/html", "<html><head><title>Bad request " + secret + "</title></head></html>");
    run(() -> client.getParticipants(ParticipantsParams.builder().raceId(RACE).eventId(1).build()));
    enqueueJson("{\"success\":false,\"message\":\"refused " + secret + "\"}");
    RegistrationPeriodsParams periods = RegistrationPeriodsTest.docExample().build();
    shown.add(periods);
    run(() -> client.setupRegistrationPeriods(periods));
  }

  private void assertCanaryNowhere() {
    assertThat(failures).isNotEmpty();
    assertThat(test.log.lines()).isNotEmpty();
    assertThat(test.log.all()).doesNotContain(CANARY).doesNotContain("CaNaRy-5ecr3t");
    for (Throwable t : failures) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertThat(String.valueOf(c.getMessage())).as("message of %s", c.getClass()).doesNotContain("CaNaRy-5ecr3t");
        assertThat(c.toString()).doesNotContain("CaNaRy-5ecr3t");
      }
    }
    for (Object o : shown) {
      assertThat(o.toString()).as("toString of %s", o.getClass()).doesNotContain("CaNaRy-5ecr3t");
    }
  }

  @Test
  void apiSecretInTheQuery() {
    RunSignupClient client = client(RunSignupCredentials.apiKey("key-1", CANARY), new ArrayList<>());
    failingCalls(client);
    assertThat(take().getUrl().queryParameter("api_secret")).isEqualTo(CANARY); // it was sent...
    assertThat(test.log.all()).contains("api_secret=****"); // ...and logged masked
    assertCanaryNowhere();
  }

  @Test
  void apiV2SecretInTheHeader() {
    failingCalls(client(RunSignupCredentials.rsuApiKey("key-1", CANARY), new ArrayList<>()));
    assertThat(take().getHeaders().get("X-RSU-API-SECRET")).isEqualTo(CANARY);
    assertThat(test.log.all()).contains("X-RSU-API-SECRET: ****");
    assertCanaryNowhere();
  }

  @Test
  void superPartnerSecretInTheHeader() {
    failingCalls(client(RunSignupCredentials.superPartnerKey("key-1", CANARY), new ArrayList<>()));
    assertThat(take().getHeaders().get("X-RSU-API-SECRET")).isEqualTo(CANARY);
    assertCanaryNowhere();
  }

  @Test
  void loginPasswordAndTemporarySecret() {
    String tmpCanary = CANARY + "-tmp";
    enqueueJson("{\"tmp_key\":\"TK-1\",\"tmp_secret\":\"" + tmpCanary + "\"}");
    RunSignupClient client = client(RunSignupCredentials.login("timer@example.com", CANARY), new ArrayList<>());
    // the first failing call is rejected (code 6): the client logs in again, with the same canary answer
    enqueueJson(KEY_FAILED_ECHO);
    enqueueJson("{\"tmp_key\":\"TK-2\",\"tmp_secret\":\"" + tmpCanary + "2\"}");
    failingCalls(client);
    enqueueJson("{\"tmp_key\":\"TK-3\",\"tmp_secret\":\"" + CANARY + "\"}");
    shown.add(client.login(LoginParams.of("timer@example.com", CANARY)));
    shown.add(LoginParams.of("timer@example.com", CANARY));
    enqueueJson(KEY_FAILED_ECHO);
    run(() -> client.logout(new TemporaryKeys("TK-3", Secret.of(CANARY))));
    enqueueJson("{\"tmp_key\":\"TK-4\",\"tmp_secret\": \"" + CANARY); // a login answer cut short
    run(() -> client.login(LoginParams.of("timer@example.com", "pw-123456")));

    assertThat(form(take())).containsEntry("password", CANARY);
    assertThat(test.log.all()).contains("/Login").contains("tmp_secret=****");
    assertCanaryNowhere();
  }

  @Test
  void callerRegistrationTokenAndSecret() {
    String token = "9931." + CANARY + "-t";
    String secret = CANARY + "-reg";
    RunSignupCredentials credentials = RunSignupCredentials.rsuApiKey("key-1", "s3cret-1")
        .withCallerRegistration(token, secret);
    RunSignupClient client = RunSignupClient.builder().credentials(credentials).options(options()).build();
    shown.add(credentials);
    shown.add(client);
    shown.add(client.callerRegistration().orElseThrow());
    failingCalls(client, secret);
    enqueue(400, "application/json", "{\"error\":{\"error_code\":17,\"error_msg\":\"Invalid API caller "
        + "credentials: " + token + " / " + secret + "\"}}");
    run(() -> client.getRace(GetRaceParams.of(RACE)));

    okhttp3.HttpUrl url = take().getUrl();
    assertThat(url.queryParameter("rsu_api_reg")).isEqualTo(token); // sent...
    assertThat(test.log.all()).contains("rsu_api_reg=****").contains("X-RSU-API-REG-SECRET: ****"); // ...masked
    assertThat(failures).last().isInstanceOf(CallerRegistrationRejectedException.class);
    assertCanaryNowhere();
  }

  @Test
  void oauthTokensAndClientSecret() {
    List<RunSignupTokens> refreshed = new ArrayList<>();
    RunSignupCredentials.OAuth credentials = RunSignupCredentials.oauth(new RunSignupTokens(Secret.of(CANARY + "-a"),
        TestOptions.NOW.plusSeconds(3600), Secret.of(CANARY + "-r"), "Bearer"), "client-7", CANARY + "-c");
    RunSignupClient client = client(credentials, refreshed);
    // the echoed rejection triggers a refresh whose answer holds new canary tokens
    enqueueJson(echo(CANARY + "-a"));
    enqueueJson("{\"access_token\":\"" + CANARY + "-a2\",\"expires_in\":3600,\"refresh_token\":\"" + CANARY
        + "-r2\",\"token_type\":\"Bearer\"}");
    failingCalls(client, CANARY + "-a2");
    enqueue(400, "application/json", "{\"error\":\"invalid_grant\",\"error_description\":\"bad token " + CANARY
        + "-r2 for client secret " + CANARY + "-c\"}");
    test.clock.advance(java.time.Duration.ofHours(2));
    run(() -> client.getRace(GetRaceParams.of(RACE)));

    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + CANARY + "-a");
    assertThat(refreshed).hasSize(1);
    shown.addAll(refreshed);
    assertThat(test.log.all()).contains("Authorization: ****");
    assertCanaryNowhere();
  }
}
