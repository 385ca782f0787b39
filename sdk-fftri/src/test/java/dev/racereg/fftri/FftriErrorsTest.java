package dev.racereg.fftri;

import static dev.racereg.fftri.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.model.Money;
import dev.racereg.core.testing.TestOptions;
import java.time.LocalDate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FftriErrorsTest {

  @StartStop
  final MockWebServer server = Fixtures.fastServer();

  private final TestOptions t = new TestOptions();
  private FftriClient client;

  @BeforeEach
  void setUp() {
    client = Fixtures.client(server, t);
  }

  private static CreatePassParams pass() {
    return CreatePassParams.builder().trialId(31732).firstName("John").lastName("Legend")
        .birthDate(LocalDate.of(1988, 7, 23)).price(Money.ofMinor(2000, "EUR")).customerEmail("john@example.org").build();
  }

  private static MockResponse dropAfterRequest() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  // ---- error statuses -------------------------------------------------------------------------

  @Test
  void refusedCredentials() {
    server.enqueue(json(401, "{\"code\":401,\"message\":\"Invalid credentials\"}"));

    assertThatThrownBy(client::ping).isInstanceOfSatisfying(AuthenticationException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(401);
      assertThat(e.providerMessage()).contains("Invalid credentials");
      assertThat(e.getMessage()).contains("GET").contains("/api/ping");
    });
  }

  @Test
  void statusErrorsCarryTheErrorField() {
    server.enqueue(json(404, "{\"success\":false,\"error\":\"Club introuvable\"}"));
    server.enqueue(json(403, "{\"error\":\"Accès refusé\"}"));

    assertThatThrownBy(() -> client.club(42)).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.providerMessage()).contains("Club introuvable"));
    assertThatThrownBy(client::seasons).isInstanceOfSatisfying(PermissionDeniedException.class,
        e -> assertThat(e.providerMessage()).contains("Accès refusé"));
  }

  @Test
  void htmlErrorPageIsDescribedAndRetriedForReads() {
    String html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html").body(html).build());
    }

    assertThatThrownBy(client::seasons).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.getMessage()).contains("HTML").contains("502 Bad Gateway"));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(t.sleeper.sleeps()).hasSize(2);
  }

  @Test
  void readsAreRetriedAfterATransientError() {
    server.enqueue(json(503, "{\"error\":\"maintenance\"}"));
    server.enqueue(json(Fixtures.read("seasons.json")));

    assertThat(client.seasons()).hasSize(6);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // ---- errors inside HTTP 200 -----------------------------------------------------------------

  @Test
  void successFalseBecomesARejectionCarryingTheMessage() {
    server.enqueue(json("{\"success\":\"false\",\"error\":\"Le pass PC1 n'existe pas\"}"));

    assertThatThrownBy(() -> client.updatePass(UpdatePassParams.builder().passNumber("PC1").refund(true).build()))
        .isInstanceOfSatisfying(FftriRejectedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.reason()).isEqualTo("Le pass PC1 n'existe pas");
          assertThat(e.getMessage()).contains("Le pass PC1 n'existe pas");
          assertThat(e.isRetryable()).isFalse();
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"success\":false}", "{\"success\":0}", "{\"success\":\"0\"}"})
  void everySpellingOfFalseIsARejection(String body) {
    server.enqueue(json(body));

    assertThatThrownBy(() -> client.createPass(pass())).isInstanceOfSatisfying(FftriRejectedException.class,
        e -> assertThat(e.reason()).contains("success is false"));
  }

  @Test
  void anErrorFieldAloneInA200IsARejection() {
    server.enqueue(json("{\"error\":\"Licence inconnue\"}"));

    assertThatThrownBy(() -> client.testLicence(TestLicenceParams.builder().seasonId(10).licence("X").build()))
        .isInstanceOfSatisfying(FftriRejectedException.class, e -> assertThat(e.reason()).isEqualTo("Licence inconnue"));
  }

  // ---- bodies that are not the documented format ----------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"2\": {\"id\": 2, \"na",                 // truncated
      "{\"name\": ",                             // malformed
      "",                                        // empty
      "   ",                                     // blank
      "<html><body>Maintenance</body></html>",   // an HTML page with status 200
      "\"seasons\"",                             // a string instead of an object
      "{\"2\": \"2012-2013\"}",                  // a value that is not an object
      "{\"2\": {\"id\": 2, \"startDate\": \"le 1er novembre\"}}", // a date that is not one
      "{\"x\": {\"name\": \"no id anywhere\"}}",  // no id in the value nor the key
      "null"
  })
  void undecodableBodiesAreDecodingExceptions(String body) {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());

    assertThatThrownBy(client::seasons).isInstanceOf(DecodingException.class);
  }

  @Test
  void undecodableObjectsToo() {
    server.enqueue(json("[1, 2]"));
    server.enqueue(json("{\"id\": \"1001\", \"excellence_young\": \"peut-être\"}"));
    server.enqueue(json(""));

    assertThatThrownBy(client::ping).isInstanceOf(DecodingException.class);
    assertThatThrownBy(() -> client.club(1001)).isInstanceOfSatisfying(DecodingException.class,
        e -> assertThat(e.getMessage()).contains("peut-être"));
    assertThatThrownBy(() -> client.club(1001)).isInstanceOf(DecodingException.class);
  }

  @Test
  void aBodyCutOffInTransitIsATransportException() {
    FftriClient once = FftriClient.builder().credentials(Fixtures.credentials())
        .options(Fixtures.options(server, t).retryPolicy(RetryPolicy.none()).build()).build();
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"2\": {\"id\": 2, \"name\": \"2012-2013\"}, \"6\": {\"id\": 6, \"name\"")
        .setHeader("Content-Length", "4000")
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
        .build());

    assertThatThrownBy(once::seasons).isInstanceOf(TransportException.class);
  }

  @Test
  void lenientValuesAreAccepted() {
    server.enqueue(json("{\"8\": {\"id\": \"8\", \"name\": 2016, \"startDate\": \"2016-01-01 00:00:00\", "
        + "\"endDate\": \"0000-00-00\", \"comment\": {\"added\": \"later\"}}, \"9\": {\"name\": \"2017\"}}"));
    server.enqueue(json("[]"));

    var seasons = client.seasons();
    assertThat(seasons).extracting(Season::id).containsExactly(8L, 9L);
    assertThat(seasons.get(0).name()).contains("2016");
    assertThat(seasons.get(0).startDate()).contains(LocalDate.of(2016, 1, 1));
    assertThat(seasons.get(0).endDate()).isEmpty();
    assertThat(seasons.get(0).unknownFields()).containsOnlyKeys("comment");
    assertThat(seasons.get(0).unknownFields().get("comment").get("added").asText()).isEqualTo("later");
    assertThat(client.seasons()).isEmpty(); // PHP's empty array
  }

  // ---- unsafe operations ----------------------------------------------------------------------

  @Test
  void aCreatePassWhoseAnswerIsLostIsNeverReplayed() {
    server.enqueue(dropAfterRequest());
    server.enqueue(json(Fixtures.read("create-pass.json"))); // would be served to a (wrong) replay

    assertThatThrownBy(() -> client.createPass(pass())).isInstanceOfSatisfying(TransportException.class, e -> {
      assertThat(e.outcomeUnknown()).isTrue();
      assertThat(e.requestMayHaveBeenSent()).isTrue();
      assertThat(e.getMessage()).contains("outcome unknown").contains("list the passes of trial 31732");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(t.sleeper.sleeps()).isEmpty();
  }

  @Test
  void aRefundWhoseAnswerIsLostIsNeverReplayed() {
    server.enqueue(dropAfterRequest());
    server.enqueue(json(Fixtures.read("update-pass.json")));

    assertThatThrownBy(() -> client.updatePass(UpdatePassParams.builder().passNumber("PC77").refund(true).build()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.outcomeUnknown()).isTrue();
          assertThat(e.getMessage()).contains("verify pass PC77");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void createPassIsNotRetriedOnAServerError() {
    server.enqueue(json(503, "{\"error\":\"maintenance\"}"));
    server.enqueue(json(Fixtures.read("create-pass.json")));

    assertThatThrownBy(() -> client.createPass(pass())).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aReadWhoseAnswerIsLostIsRetried() {
    server.enqueue(dropAfterRequest());
    server.enqueue(json(Fixtures.read("pass-list.json")));

    assertThat(client.listPasses(ListPassesParams.builder().trialId(31732).build())).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void everyFailureIsARaceRegException() {
    server.enqueue(json(500, "{\"error\": {\"message\": \"boom\", \"code\": \"E42\"}}"));
    server.enqueue(json(500, "not json at all"));
    server.enqueue(json(500, ""));
    FftriClient once = FftriClient.builder().credentials(Fixtures.credentials())
        .options(Fixtures.options(server, t).retryPolicy(RetryPolicy.none()).build()).build();

    assertThatThrownBy(once::ping).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.providerCode()).contains("E42");
      assertThat(e.providerMessage()).contains("boom");
    });
    assertThatThrownBy(once::ping).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.bodyExcerpt()).isEqualTo("not json at all"));
    assertThatThrownBy(once::ping).isInstanceOf(RaceRegException.class);
  }
}
