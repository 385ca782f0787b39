package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ValidationException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every credentials mode carries the API caller registration, and it reaches the wire with each. */
class CredentialsCallerRegistrationTest extends RsuTestSupport {

  private static final String TOKEN = "42.tok3n-value";
  private static final String REG_SECRET = "reg-s3cret-value";
  private static final RunSignupCallerRegistration REG = RunSignupCallerRegistration.of(TOKEN, REG_SECRET);

  @SuppressWarnings("deprecation")
  private static List<RunSignupCredentials> everyMode() {
    return List.of(RunSignupCredentials.apiKey(KEY, SECRET), RunSignupCredentials.rsuApiKey(KEY, SECRET),
        RunSignupCredentials.superPartnerKey(KEY, SECRET), RunSignupCredentials.oauthAccessToken("access-1"),
        RunSignupCredentials.oauth(new RunSignupTokens(Secret.of("access-1"), null, Secret.of("refresh-1"), null),
            "client-7", "client-secret-7"),
        RunSignupCredentials.login("ada@example.com", "pw-1"));
  }

  @Test
  void everyModeKeepsItsValuesAndGainsTheRegistration() {
    for (RunSignupCredentials mode : everyMode()) {
      RunSignupCredentials registered = mode.withCallerRegistration(REG);
      assertThat(registered).isInstanceOf(mode.getClass()).isNotEqualTo(mode);
      assertThat(registered.callerRegistration()).contains(REG);
      assertThat(mode.callerRegistration()).isEmpty();
      assertThat(registered.withCallerRegistration(TOKEN, REG_SECRET)).isEqualTo(registered);
      assertThat(registered.withCallerRegistration(null, null)).isEqualTo(mode);
      assertThat(registered.toString()).contains("callerRegistration=****").doesNotContain(TOKEN, REG_SECRET,
          SECRET, "access-1", "refresh-1", "pw-1", "client-secret-7");
      assertThatThrownBy(() -> mode.withCallerRegistration((RunSignupCallerRegistration) null))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("callerRegistration"));
    }
  }

  @Test
  void everyNonLoginModeSendsTheRegistrationBesideItsOwnCredentials() {
    for (RunSignupCredentials mode : everyMode().subList(0, 4)) {
      enqueueJson("{\"race\":{\"race_id\":12345,\"name\":\"R\"}}");
      RunSignupClient client = client(mode.withCallerRegistration(REG));
      assertThat(client.callerRegistration()).contains(REG);
      client.getRace(GetRaceParams.of(RACE));
      RecordedRequest r = take();
      assertThat(r.getUrl().queryParameter("rsu_api_reg")).as("%s", mode).isEqualTo(TOKEN);
      assertThat(r.getHeaders().get("X-RSU-API-REG-SECRET")).as("%s", mode).isEqualTo(REG_SECRET);
      assertThat(r.getHeaders().get("Authorization") != null || r.getUrl().queryParameterNames().size() > 2)
          .as("%s still sends its own credentials", mode).isTrue();
    }
  }

  @Test
  void callerOnlySendsNothingButTheRegistration() {
    enqueueJson("{\"race\":{\"race_id\":12345,\"name\":\"R\"}}");
    RunSignupCredentials.CallerOnly callerOnly = RunSignupCredentials.callerOnly(REG);
    client(callerOnly).getRace(GetRaceParams.of(RACE));

    RecordedRequest r = take();
    assertThat(r.getTarget()).isEqualTo("/Rest/race/12345?format=json&rsu_api_reg=" + TOKEN);
    assertThat(r.getHeaders().get("X-RSU-API-REG-SECRET")).isEqualTo(REG_SECRET);
    assertThat(callerOnly.toString()).doesNotContain(TOKEN, REG_SECRET);
    assertThatThrownBy(() -> RunSignupCredentials.callerOnly((RunSignupCallerRegistration) null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("callerRegistration"));
  }

  @Test
  void theClientRequiresCredentialsWithAValidationException() {
    assertThatThrownBy(() -> RunSignupClient.builder().credentials(null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("credentials"));
    assertThatThrownBy(() -> RunSignupClient.builder().build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("credentials"));
  }

  @Test
  void theDefaultHostIsTheOneRunSignupAnnouncedIn2025() {
    RunSignupClient client = RunSignupClient.builder().credentials(RunSignupCredentials.rsuApiKey(KEY, SECRET)).build();
    assertThat(client.baseUrl()).isEqualTo("https://api.runsignup.com/rest");
    assertThat(RunSignupConsentUrl.CONSENT_PAGE).startsWith("https://runsignup.com/");
  }
}
