package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Registration;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.core.unified.RegistrationSource;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class PaceRegistrationSourceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private RegistrationSource source() {
    return Fixtures.client(server.url("/api").toString(), test)
        .registrationSource("VZ5B066Z", "https://pace.sport/events/event-with-participants");
  }

  @Test
  void describesItsEventWithoutTheAccessCode() {
    RegistrationSource source = source();

    assertThat(source.provider()).isEqualTo("pace");
    assertThat(source.eventKey()).isEqualTo("event-with-participants");
    assertThat(source.supportsUpdatedAfter()).isTrue();
    assertThat(source.toString()).isEqualTo("PaceRegistrationSource{event=event-with-participants}");
  }

  @Test
  void registrationsReadTheWholeEventWithPacesDefaults() throws Exception {
    server.enqueue(Fixtures.fixture("participants-en.json"));

    List<Registration> all;
    try (Stream<Registration> registrations = source().registrations()) {
      all = registrations.collect(Collectors.toList());
    }

    assertThat(all).extracting(r -> r.participant().fullName()).containsExactly("AthleteName AthleteSurname", "First Last");
    assertThat(all).allSatisfy(r -> assertThat(r.eventId()).contains("event-with-participants"));
    JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
    assertThat(body.has("updatedAfter")).isFalse();
    assertThat(body.has("sortDirection")).isFalse();
    assertThat(body.get("eventSlug").asText()).isEqualTo("event-with-participants");
    assertThat(body.get("accessCode").asText()).isEqualTo("VZ5B066Z");
  }

  @Test
  void updatedAfterAsksPaceOldestFirstAndDropsRowsAtTheWatermark() throws Exception {
    Instant watermark = Instant.parse("2022-03-14T13:50:46.873Z");
    server.enqueue(Fixtures.json(200, "["
        + "{\"Order number\":\"A1\",\"First name\":\"Same\",\"Updated at\":\"2022-03-14T13:50:46.873Z\"},"
        + "{\"Order number\":\"A2\",\"First name\":\"Later\",\"Updated at\":\"2022-03-14T13:50:46.874Z\"},"
        + "{\"Order number\":\"A3\",\"First name\":\"NoTimestamp\"}]"));

    List<Registration> changed;
    try (Stream<Registration> registrations = source().registrationsUpdatedAfter(watermark)) {
      changed = registrations.collect(Collectors.toList());
    }

    assertThat(changed).extracting(r -> r.participant().firstName().orElseThrow()).containsExactly("Later", "NoTimestamp");
    JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
    assertThat(body.get("updatedAfter").asText()).isEqualTo("2022-03-14T13:50:46.873Z");
    assertThat(body.get("sortDirection").asText()).isEqualTo("asc");
  }

  @Test
  void aWatermarkFinerThanMillisecondsStillFiltersStrictly() throws Exception {
    Instant watermark = Instant.parse("2022-03-14T13:50:46.873500Z");
    server.enqueue(Fixtures.json(200, "["
        + "{\"First name\":\"Before\",\"Updated at\":\"2022-03-14T13:50:46.873Z\"},"
        + "{\"First name\":\"After\",\"Updated at\":\"2022-03-14T13:50:46.874Z\"}]"));

    try (Stream<Registration> registrations = source().registrationsUpdatedAfter(watermark)) {
      assertThat(registrations.map(r -> r.participant().firstName().orElseThrow())).containsExactly("After");
    }
    assertThat(JSON.readTree(server.takeRequest().getBody().utf8()).get("updatedAfter").asText())
        .isEqualTo("2022-03-14T13:50:46.873Z");
  }

  @Test
  void anInvalidEventIsRejectedWhenTheSourceIsCreated() {
    PaceClient client = Fixtures.client(server.url("/api").toString(), test);

    assertThatThrownBy(() -> client.registrationSource("VZ5B066Z", "https://pace.sport/"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("eventSlug"));
    assertThatThrownBy(() -> client.registrationSource(" ", "e"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("accessCode"));
    assertThat(server.getRequestCount()).isZero();
  }
}
