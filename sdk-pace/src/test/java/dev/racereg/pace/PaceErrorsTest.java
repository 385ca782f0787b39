package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.testing.TestOptions;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How PACE's (undocumented) error answers and broken bodies reach the caller. */
class PaceErrorsTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private PaceClient client() {
    return Fixtures.client(server.url("/api").toString(), test);
  }

  private static final ParticipantsParams REQUEST = ParticipantsParams.of("VZ5B066Z", "my-event");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "400 | {\"error\":\"Invalid updatedAfter\"}  | Invalid updatedAfter",
      "401 | {\"error\":\"Invalid API credentials\"} | Invalid API credentials",
      "403 | {\"message\":\"Wrong access code\"}    | Wrong access code",
      "404 | {\"error\":\"Event not found\"}        | Event not found",
      "500 | {\"message\":\"Internal error\"}       | Internal error",
  })
  void errorStatusesMapToTheirExceptionWithPacesMessage(int status, String body, String message) {
    for (int attempt = 0; attempt < 3; attempt++) { // a 500 is retried: the read makes three attempts
      server.enqueue(Fixtures.json(status, body));
    }

    assertThatThrownBy(() -> client().participants(REQUEST))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(status);
          assertThat(e.providerMessage()).contains(message);
          assertThat(e.getMessage()).contains("HTTP " + status).contains("POST").contains("/api/events/getParticipants")
              .contains(message);
        });
  }

  @Test
  void eachStatusHasItsOwnExceptionType() {
    server.enqueue(Fixtures.json(400, "{}"));
    server.enqueue(Fixtures.json(401, "{}"));
    server.enqueue(Fixtures.json(403, "{}"));
    server.enqueue(Fixtures.json(404, "{}"));
    server.enqueue(Fixtures.json(500, "{}"));
    server.enqueue(Fixtures.json(500, "{}"));
    server.enqueue(Fixtures.json(500, "{}"));
    PaceClient client = client();

    assertThatThrownBy(() -> client.participants(REQUEST)).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> client.participants(REQUEST)).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> client.participants(REQUEST)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> client.participants(REQUEST)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.participants(REQUEST)).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(7); // only the 500 is retried, twice
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{\"error\":", "not json at all", "[1,2", "null", "{\"error\":{\"nested\":true}}"})
  void anyErrorBodyGivesAnApiExceptionNeverAParserError(String body) {
    server.enqueue(new MockResponse.Builder().code(403).body(body).build());

    assertThatThrownBy(() -> client().participants(REQUEST))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
  }

  @Test
  void anHtmlErrorPageIsNamedByItsTitle() {
    server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/html")
        .body("<!DOCTYPE html><html><head><title>Page not found | PACE</title></head><body>...</body></html>").build());

    assertThatThrownBy(() -> client().participants(REQUEST))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.providerMessage()).contains("an HTML page instead of an API response (title: Page not found | PACE)"));
  }

  @Test
  void anErrorObjectInsteadOfTheArrayWithStatus200IsAnApiException() {
    server.enqueue(Fixtures.json(200, "{\"error\":\"Access to participants is not allowed\"}"));

    assertThatThrownBy(() -> client().participants(REQUEST))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.providerMessage()).contains("Access to participants is not allowed");
        });
  }

  @Test
  void anotherObjectInsteadOfTheArrayIsADecodingError() {
    server.enqueue(Fixtures.json(200, "{\"participants\":[]}"));

    assertThatThrownBy(() -> client().participants(REQUEST))
        .isInstanceOfSatisfying(DecodingException.class, e -> {
          assertThat(e.getMessage()).contains("expected the JSON array of participants, but PACE answered with a JSON object");
          assertThat(e.excerpt()).isEqualTo("{\"participants\":[]}");
        });
  }

  @Test
  void anHtmlPageWithStatus200IsADecodingError() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
        .body("<html><head><title>Maintenance</title></head></html>").build());

    assertThatThrownBy(() -> client().participants(REQUEST))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("an HTML page instead of an API response (title: Maintenance)");
  }

  @Test
  void anEmptyBodyIsADecodingError() {
    server.enqueue(Fixtures.json(200, ""));

    assertThatThrownBy(() -> client().participantList(REQUEST))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("expected a JSON array but found an empty body");
  }

  @Test
  void aTruncatedArrayFailsAfterTheRowsThatArrivedComplete() {
    String body = Fixtures.read("participants-en.json");
    server.enqueue(Fixtures.json(200, body.substring(0, body.indexOf("\"Half Marathon\""))));

    try (Stream<PaceParticipant> participants = client().participants(REQUEST)) {
      Iterator<PaceParticipant> it = participants.iterator();
      assertThat(it.next().orderNumber()).contains("KI759205");
      assertThatThrownBy(it::hasNext).isInstanceOf(DecodingException.class).hasMessageContaining("line");
    }
  }

  @Test
  void malformedJsonIsADecodingErrorWithItsPosition() {
    server.enqueue(Fixtures.json(200, "[{\"Event name\": \"x\",,}]"));

    assertThatThrownBy(() -> client().participantList(REQUEST))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("malformed JSON at line 1");
  }

  @Test
  void theDocsMissingCommaIsNotForgiven() {
    // the doc's example lacks a comma after "Updated at"; real answers are valid JSON
    server.enqueue(Fixtures.json(200, "[{\"Updated at\": \"2022-03-14T13:50:46.873Z\"\n\"First name\": \"A\"}]"));

    assertThatThrownBy(() -> client().participantList(REQUEST)).isInstanceOf(DecodingException.class);
  }

  @Test
  void aNonObjectElementIsADecodingError() {
    server.enqueue(Fixtures.json(200, "[\"just a string\"]"));

    assertThatThrownBy(() -> client().participantList(REQUEST)).isInstanceOf(DecodingException.class);
  }

  @Test
  void aMalformedValueNamesTheRowAndColumnButNotThePersonalData() {
    server.enqueue(Fixtures.json(200, "[{\"First name\":\"A\"},{\"Birthdate\":\"31/12/1999\"}]"));

    try (Stream<PaceParticipant> participants = client().participants(REQUEST)) {
      Iterator<PaceParticipant> it = participants.iterator();
      assertThat(it.next().firstName()).contains("A");
      assertThatThrownBy(it::next)
          .isInstanceOf(DecodingException.class)
          .hasMessage("could not read participant at index 1 of the export: 'Birthdate' is not a date (yyyy-MM-dd)")
          .hasMessageNotContaining("1999");
    }
  }

  @Test
  void aConnectionCutMidBodyIsATransportErrorFromTheStream() {
    String body = "[{\"First name\":\"A\"},{\"First name\":\"B\"}";
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body).setHeader("Content-Length", body.length() + 1000)
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());

    try (Stream<PaceParticipant> participants = client().participants(REQUEST)) {
      Iterator<PaceParticipant> it = participants.iterator();
      assertThat(it.next().firstName()).contains("A");
      assertThat(it.next().firstName()).contains("B");
      assertThatThrownBy(it::hasNext).isInstanceOf(TransportException.class).hasMessageContaining("cut off");
    }
  }

  @Test
  void aReadIsRetriedAfterATransientFailureBecauseItIsSafe() {
    server.enqueue(Fixtures.json(503, "{\"error\":\"busy\"}"));
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build());
    server.enqueue(Fixtures.fixture("participants-en.json"));

    assertThat(client().participantList(REQUEST)).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(test.sleeper.sleeps()).hasSize(2);
    assertThat(test.sleeper.sleeps().get(1)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void everyFailureIsARaceRegException() {
    server.enqueue(Fixtures.json(502, "<html>bad gateway</html>"));
    server.enqueue(Fixtures.json(502, ""));
    server.enqueue(Fixtures.json(502, "x"));

    assertThatThrownBy(() -> client().participantList(REQUEST))
        .isInstanceOf(RaceRegException.class).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }
}
