package dev.racereg.fftri;

import static dev.racereg.fftri.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.model.Money;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.TestOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Canary secrets never reach a log line, an exception message or a toString(). */
class FftriRedactionTest {

  private static final String API_KEY = Canaries.FFTRI_API_KEY;
  private static final String PASSPHRASE = Canaries.FFTRI_PASSPHRASE;
  private static final String ORGA_KEY = "CANARYORGAKEY0123456789abcdef012";

  @StartStop
  final MockWebServer server = Fixtures.fastServer();

  private final TestOptions t = new TestOptions();

  @Test
  void canariesAreMaskedEverywhere() {
    FftriCredentials auth = FftriCredentials.builder().username("acme-timing").apiKey(API_KEY).passphrase(PASSPHRASE).build();
    String token = auth.authToken().orElseThrow().reveal();
    FftriClient client = FftriClient.builder().credentials(auth)
        .options(Fixtures.options(server, t).retryPolicy(RetryPolicy.none()).build()).build();
    TrialsByOrganiserParams orga = TrialsByOrganiserParams.builder().login("ORGA12345").key(ORGA_KEY).build();
    CreatePassParams pass = CreatePassParams.builder().trialId(31732).firstName("John").lastName("Legend")
        .birthDate(LocalDate.of(1988, 7, 23)).price(Money.ofMinor(500, "EUR")).testEdition(true).build();
    List<String> shown = new ArrayList<>();

    // successful calls with every secret on the wire
    server.enqueue(json(Fixtures.read("seasons.json")));
    client.seasons();
    server.enqueue(json(Fixtures.read("create-pass.json")));
    client.createPass(pass);
    server.enqueue(json(Fixtures.read("trials-by-orga.json")));
    client.trialsByOrganiser(orga);

    // an error whose body echoes the secrets back
    server.enqueue(json(404, "{\"error\":\"unknown organiser key " + ORGA_KEY + " for api key " + API_KEY
        + " and token " + token + "\"}"));
    shown.add(message(catchThrowable(() -> client.trialsByOrganiser(orga))));
    // a 200 refusal echoing them
    server.enqueue(json("{\"success\":false,\"error\":\"bad passphrase " + PASSPHRASE + "\"}"));
    shown.add(message(catchThrowable(() -> client.createPass(pass))));
    // a body that cannot be decoded, echoing them
    server.enqueue(json("<html>" + ORGA_KEY + " " + API_KEY + "</html>"));
    shown.add(message(catchThrowable(() -> client.trialsByOrganiser(orga))));
    server.enqueue(json(ORGA_KEY + " " + API_KEY));
    shown.add(message(catchThrowable(() -> client.trialsByOrganiser(orga))));
    server.enqueue(json("{\"" + ORGA_KEY + "\": {\"id_event\": \"" + API_KEY + "\"}}"));
    shown.add(message(catchThrowable(() -> client.trialsByOrganiser(orga))));
    // a lost connection: the message shows the URL
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    shown.add(message(catchThrowable(() -> client.trialsByOrganiser(orga))));

    shown.add(auth.toString());
    shown.add(client.toString());
    shown.add(orga.toString());
    shown.add(pass.toString());
    shown.add(client.licenceVerifier().toString());
    String logs = t.log.all();

    assertThat(logs).contains("/get-trials-by-orga/ORGA12345/****").contains("X-Auth-Token: ****")
        .contains("Authorization: ****").contains("X-USER: acme-timing");
    assertThat(shown.get(0)).contains("/get-trials-by-orga/ORGA12345/****");
    for (String text : concat(shown, logs)) {
      assertThat(text).doesNotContain(API_KEY).doesNotContain(PASSPHRASE).doesNotContain(ORGA_KEY)
          .doesNotContain(token).doesNotContain("CANARY");
    }
  }

  private static List<String> concat(List<String> shown, String logs) {
    List<String> all = new ArrayList<>(shown);
    all.add(logs);
    return all;
  }

  private static String message(Throwable e) {
    assertThat(e).isNotNull();
    StringBuilder sb = new StringBuilder();
    for (Throwable c = e; c != null; c = c.getCause()) {
      sb.append(c).append('\n');
    }
    return sb.toString();
  }
}
