package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.TestOptions;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** No PACE secret (API secret, access code) reaches a log line, a message or a toString. */
class PaceRedactionTest {

  private static final String SECRET = Canaries.PACE_SECRET;
  private static final String ACCESS_CODE = "CANARYAC";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  @Test
  void theCanarySecretsAppearNowhereAUserCouldSee() throws Exception {
    PaceCredentials credentials = PaceCredentials.of("APIID123", SECRET);
    PaceClient client = PaceClient.builder().credentials(credentials)
        .options(test.options(server.url("/api").toString())).build();
    ParticipantsParams request = ParticipantsParams.of(ACCESS_CODE, "my-event");
    PaceRegistrationSource source = client.registrationSource(ACCESS_CODE, "my-event");

    // a success, then errors whose bodies echo both secrets (as a careless platform might)
    server.enqueue(Fixtures.fixture("participants-en.json"));
    server.enqueue(Fixtures.json(401, "{\"error\":\"bad apiSecret " + SECRET + " for code " + ACCESS_CODE + "\"}"));
    server.enqueue(Fixtures.json(200, "{\"message\":\"access code " + ACCESS_CODE + " was regenerated\"}"));
    server.enqueue(Fixtures.json(403, "<html><title>" + ACCESS_CODE + "</title></html>"));

    assertThat(client.participantList(request)).hasSize(2);
    List<Throwable> failures = new ArrayList<>();
    failures.add(catchThrowable(() -> client.participantList(request)));
    failures.add(catchThrowable(() -> client.participantList(request)));
    failures.add(catchThrowable(() -> source.registrations().count()));

    // the secrets did go to PACE, in the body
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getBody().utf8()).contains("\"apiSecret\":\"" + SECRET + "\"").contains(ACCESS_CODE);

    List<String> shown = new ArrayList<>(test.log.lines());
    for (Throwable failure : failures) {
      assertThat(failure).isInstanceOf(RaceRegException.class);
      for (Throwable t = failure; t != null; t = t.getCause()) {
        shown.add(String.valueOf(t.getMessage()));
        shown.add(t.toString());
      }
      if (failure instanceof ApiException) {
        shown.add(((ApiException) failure).bodyExcerpt());
        shown.add(((ApiException) failure).details().toString());
      }
    }
    shown.add(credentials.toString());
    shown.add(client.toString());
    shown.add(request.toString());
    shown.add(request.accessCode().toString());
    shown.add(source.toString());
    shown.add(new PaceAuth(credentials).toString());

    assertThat(test.log.lines()).anySatisfy(l -> assertThat(l).contains("\"apiSecret\":\"****\""));
    assertThat(test.log.lines()).anySatisfy(l -> assertThat(l).contains("\"accessCode\":\"****\""));
    assertThat(failures.get(0).getMessage()).contains("bad apiSecret **** for code ****");
    assertThat(shown).hasSizeGreaterThan(10).allSatisfy(line -> {
      assertThat(line).doesNotContain(SECRET);
      assertThat(line).doesNotContain(ACCESS_CODE);
    });
  }
}
