package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.TestOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A canary key secret never shows up where a person or a log collector could read it. */
class ActigoSecretsTest {

  private static final String CANARY = Canaries.ACTIGO;
  private static final String CANARY_B64 = Base64.getEncoder()
      .encodeToString(("canary-key:" + CANARY).getBytes(StandardCharsets.UTF_8));

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  @Test
  void theSecretAppearsInNoLogLineMessageOrToString() throws Exception {
    ActigoCredentials credentials = ActigoCredentials.of("canary-key", CANARY);
    ActigoClient client = ActigoClient.builder().credentials(credentials)
        .options(test.builder(server.url("/api").toString())
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build())
        .build();
    List<String> shown = new ArrayList<>();

    // a success, an error echoing the secret and header (retried once), and a failed sync chunk
    server.enqueue(Fixtures.fixture("registrations.json"));
    server.enqueue(Fixtures.json(503, "{\"message\":\"bad key " + CANARY + " / Basic " + CANARY_B64 + "\"}"));
    server.enqueue(Fixtures.json(401, "{\"message\":\"bad key " + CANARY + " / Basic " + CANARY_B64 + "\"}"));
    server.enqueue(Fixtures.json(400, "[\"" + CANARY + "\"," + CANARY.length() + "]"));
    server.enqueue(Fixtures.csv(200, "<html><title>" + CANARY + "</title></html>"));
    server.enqueue(Fixtures.json(200, "[" + CANARY + "]"));
    server.enqueue(Fixtures.json(200, "[{\"id\":" + CANARY + "}]"));
    server.enqueue(Fixtures.json(200, "[{\"id\":\"a\",\"state\":\"New\",\"person\":{\"birthDate\":\"" + CANARY + "\"}}]"));

    client.registrationList(RegistrationsParams.of(ACTIVITY));
    Throwable refused = catchThrowable(() -> client.registrationList(RegistrationsParams.of(ACTIVITY)));
    SyncReport<RegistrationSyncItem, ActigoRegistration> report = client.syncRegistrations(
        SyncRegistrationsParams.of(ACTIVITY, List.of(RegistrationSyncItem.startNumber(Fixtures.REGISTRATION, "1"))));
    Throwable decoding = catchThrowable(() -> client.registrationsCsv(RegistrationsParams.of(ACTIVITY)));
    Throwable syncFailure = catchThrowable(report::throwIfFailed);
    Throwable malformedStream = catchThrowable(() -> client.registrationList(RegistrationsParams.of(ACTIVITY)));
    Throwable malformedAnswer = client.syncResults(SyncResultsParams.of(ACTIVITY, List.of(ActigoResult.builder()
        .person(SyncPerson.actigoUser(Fixtures.PERSON)).build()))).failure().orElseThrow();
    Throwable badValue = catchThrowable(() -> client.registrationList(RegistrationsParams.of(ACTIVITY)));

    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Basic " + CANARY_B64);
    assertThat(refused).isNotNull().hasMessageContaining("HTTP 401").hasMessageContaining("****");
    assertThat(malformedStream).isInstanceOf(DecodingException.class);
    assertThat(malformedAnswer).isInstanceOf(DecodingException.class);
    assertThat(badValue).isInstanceOf(DecodingException.class).hasMessageContaining("birthDate");
    for (Throwable t : List.of(refused, decoding, syncFailure, malformedStream, malformedAnswer, badValue)) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        shown.add(String.valueOf(c.getMessage()));
        shown.add(c.toString());
      }
    }
    shown.add(report.toString());
    shown.addAll(test.log.lines());
    shown.add(credentials.toString());
    shown.add(credentials.keySecret().toString());
    shown.add(credentials.auth().toString());
    shown.add(client.toString());
    shown.add(client.options().toString());
    shown.add(SyncRegistrationsParams.of(ACTIVITY, List.of()).toString());
    shown.add(RegistrationsParams.of(ACTIVITY).toString());
    shown.add(client.registrationSource(ACTIVITY).toString());
    shown.add(client.bibPushTarget(ACTIVITY).toString());

    assertThat(test.log.all()).contains("Authorization: ****").contains("HTTP").isNotEmpty();
    assertThat(test.log.lines()).anyMatch(l -> l.contains("bad key ****"));
    assertThat(shown).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain(CANARY).doesNotContain(CANARY_B64));
  }
}
