package dev.racereg.testkit.runsignup;

import dev.racereg.core.testing.TestFixtures;
import dev.racereg.testkit.SettableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunSignupRaceTest {

  /** The documented request examples, shared with the client's tests (one source of truth). */
  private static final String DOC_JSON = TestFixtures.doc("runsignup", "registration-periods-request.json");
  private static final String DOC_XML = TestFixtures.doc("runsignup", "registration-periods-request.xml");

  private final SettableClock clock = new SettableClock(Instant.parse("2025-05-10T14:00:00Z"));
  private final RunSignupSimulator sim = RunSignupSimulator.builder().participants(30).clock(clock).build().start();

  @AfterEach
  void stop() {
    sim.close();
  }

  private JsonNode race() {
    return Rsu.get(sim, "/race/" + sim.raceId() + "?format=json").json().path("race");
  }

  @Test
  void raceListsItsEventsWithRegistrationPeriodsInRunSignupFormats() {
    JsonNode race = race();
    assertThat(race.path("race_id").asLong()).isEqualTo(12345);
    assertThat(race.path("timezone").asText()).isEqualTo("America/New_York");
    assertThat(race.path("next_date").asText()).isEqualTo("05/31/2025");
    assertThat(race.path("is_registration_open").asText()).isEqualTo("T");
    JsonNode events = race.path("events");
    assertThat(events).hasSize(3);
    assertThat(events.findValuesAsText("name")).containsExactly("5K", "10K", "Half Marathon");
    assertThat(events.get(2).path("distance").asText()).isEqualTo("13.1 Miles");
    assertThat(events.get(0).path("event_id").asLong()).isEqualTo(sim.eventIds().get(0));
    assertThat(events.get(0).path("start_time").asText()).isEqualTo("5/31/2025 08:00");
    assertThat(events.get(0).path("end_time").asText()).isEqualTo("5/31/2025 10:00");
    JsonNode periods = events.get(0).path("registration_periods");
    assertThat(periods).hasSize(3);
    assertThat(periods.get(0).path("race_fee").asText()).isEqualTo("$25.00");
    assertThat(periods.get(0).path("registration_opens").asText()).isEqualTo("10/3/2024 00:00");
    assertThat(periods.get(2).path("registration_closes").asText()).isEqualTo("5/30/2025 20:00");
  }

  @Test
  void raceInXmlByDefault() {
    Rsu.Reply reply = Rsu.get(sim, "/race/" + sim.raceId());
    assertThat(reply.contentType()).startsWith("application/xml");
    assertThat(reply.body()).contains("<race><race_id>12345</race_id>").contains("<events><event><event_id>")
        .contains("<registration_periods><registration_period><registration_opens>");
    JsonNode tree = reply.xml();
    assertThat(tree.path("events").path("event")).hasSize(3);
    assertThat(tree.path("events").path("event").get(1).path("name").asText()).isEqualTo("10K");
  }

  @Test
  void unknownRaceAndNonNumericRaceId() {
    assertThat(Rsu.get(sim, "/race/54321?format=json").errorCode()).isEqualTo(201);
    assertThat(Rsu.get(sim, "/race/abc?format=json").errorCode()).isEqualTo(15);
  }

  private Rsu.Reply setPeriods(String format, Map<String, String> form) {
    return Rsu.post(sim, "/race/" + sim.raceId() + "/registration-periods?format=" + format + "&" + Rsu.keys(sim), form);
  }

  @Test
  void registrationPeriodsFromTheDocsJsonExampleReplaceTheOldOnes() {
    long event = sim.eventIds().get(1);
    Rsu.Reply reply = setPeriods("json", Map.of("event_id", Long.toString(event), "request_format", "json",
        "request", DOC_JSON));
    assertThat(reply.json()).isEqualTo(Rsu.JSON.createObjectNode().put("success", true));
    JsonNode periods = race().path("events").get(1).path("registration_periods");
    assertThat(periods).hasSize(3);
    assertThat(periods.findValuesAsText("race_fee")).containsExactly("$26.00", "$30.00", "$35.00");
    assertThat(periods.get(0).path("registration_opens").asText()).isEqualTo("6/7/2015 11:00");
    assertThat(periods.get(2).path("registration_closes").asText()).isEqualTo("6/4/2016 09:00");
    assertThat(sim.event(event).orElseThrow().registrationPeriods().get(1))
        .isEqualTo(new RegistrationPeriodSnapshot(LocalDateTime.parse("2016-05-29T00:00"),
            LocalDateTime.parse("2016-06-03T21:00"), 3000));
    // the other events are untouched
    assertThat(race().path("events").get(0).path("registration_periods").get(0).path("race_fee").asText()).isEqualTo("$25.00");
    assertThat(race().path("last_modified").asText()).isEqualTo("5/10/2025 10:00");
  }

  @Test
  void registrationPeriodsAsXmlRequestAndXmlAnswer() {
    Rsu.Reply reply = setPeriods("xml", Map.of("event_id", Long.toString(sim.eventIds().get(0)), "request", DOC_XML));
    assertThat(reply.body()).contains("<success>true</success>");
    assertThat(sim.events().get(0).registrationPeriods()).hasSize(3);
    assertThat(sim.events().get(0).registrationPeriods().get(0).raceFeeCents()).isEqualTo(2600);
  }

  @Test
  void eventIdCanTravelInTheQueryAsTheOpenApiBlockShowsIt() {
    Rsu.Reply reply = Rsu.post(sim, "/race/" + sim.raceId() + "/registration-periods?format=json&" + Rsu.keys(sim)
        + "&event_id=" + sim.eventIds().get(2) + "&request_format=json", Map.of("request", DOC_JSON));
    assertThat(reply.json().path("success").asBoolean()).isTrue();
    assertThat(sim.events().get(2).registrationPeriods()).hasSize(3);
  }

  @Test
  void invalidRegistrationPeriodsAreRefusedAndChangeNothing() {
    String event = Long.toString(sim.eventIds().get(0));
    List<RegistrationPeriodSnapshot> before = sim.events().get(0).registrationPeriods();
    String backwards = "{\"registration_periods\":[{\"registration_opens\":\"2016-06-01 00:00:00\","
        + "\"registration_closes\":\"2016-05-01 00:00:00\",\"race_fee_in_cents\":100}]}";
    String overlapping = "{\"registration_periods\":[{\"registration_opens\":\"2016-01-01 00:00:00\","
        + "\"registration_closes\":\"2016-03-01 00:00:00\",\"race_fee_in_cents\":100},{\"registration_opens\":"
        + "\"2016-02-01 00:00:00\",\"registration_closes\":\"2016-04-01 00:00:00\",\"race_fee_in_cents\":200}]}";
    String negative = "{\"registration_periods\":[{\"registration_opens\":\"2016-01-01 00:00:00\","
        + "\"registration_closes\":\"2016-03-01 00:00:00\",\"race_fee_in_cents\":-5}]}";
    String badDate = "{\"registration_periods\":[{\"registration_opens\":\"June 1st\","
        + "\"registration_closes\":\"2016-03-01 00:00:00\",\"race_fee_in_cents\":5}]}";
    assertThat(setPeriods("json", Map.of("event_id", event, "request_format", "json", "request", backwards)).errorCode()).isEqualTo(11);
    assertThat(setPeriods("json", Map.of("event_id", event, "request_format", "json", "request", overlapping)).errorCode()).isEqualTo(11);
    assertThat(setPeriods("json", Map.of("event_id", event, "request_format", "json", "request", negative)).errorCode()).isEqualTo(11);
    assertThat(setPeriods("json", Map.of("event_id", event, "request_format", "json", "request", badDate)).errorCode()).isEqualTo(9);
    assertThat(setPeriods("json", Map.of("event_id", event, "request_format", "json", "request", "{oops")).errorCode()).isEqualTo(11);
    assertThat(setPeriods("json", Map.of("request_format", "json", "request", DOC_JSON)).errorCode()).isEqualTo(3);
    assertThat(setPeriods("json", Map.of("event_id", "777", "request_format", "json", "request", DOC_JSON)).errorCode()).isEqualTo(15);
    assertThat(setPeriods("json", Map.of("event_id", event, "request_format", "json")).errorCode()).isEqualTo(3);
    // the XML default meets a JSON document
    assertThat(setPeriods("json", Map.of("event_id", event, "request", DOC_JSON)).errorCode()).isEqualTo(11);
    assertThat(sim.events().get(0).registrationPeriods()).isEqualTo(before);
    assertThat(Rsu.post(sim, "/race/" + sim.raceId() + "/registration-periods?format=json",
        Map.of("event_id", event, "request_format", "json", "request", DOC_JSON)).errorCode()).isEqualTo(7);
  }

  @Test
  void unknownPathsAre404AndWrongMethods405WithRunSignupErrorBodies() {
    Rsu.Reply missing = Rsu.get(sim, "/race/" + sim.raceId() + "/volunteers?format=json&" + Rsu.keys(sim));
    assertThat(missing.code()).isEqualTo(404);
    assertThat(missing.errorCode()).isEqualTo(1);
    assertThat(Rsu.get(sim, "/nothing/here").code()).isEqualTo(404);
    Rsu.Reply wrong = Rsu.get(sim, "/race/" + sim.raceId() + "/registration-periods?format=json&" + Rsu.keys(sim));
    assertThat(wrong.code()).isEqualTo(405);
    assertThat(wrong.errorCode()).isEqualTo(2);
    assertThat(wrong.headers().get("Allow")).isEqualTo("POST");
    Rsu.Reply delete = Rsu.call(new Request.Builder().url(sim.baseUrl() + "/race/" + sim.raceId() + "/participants")
        .delete(RequestBody.create(new byte[0])).build());
    assertThat(delete.code()).isEqualTo(405);
    assertThat(delete.body()).contains("<error_code>2</error_code>");
    assertThat(Rsu.get(sim, "/Login?format=json").code()).isEqualTo(405);
  }

  @Test
  void unsupportedResponseFormatIsError10() {
    Rsu.Reply csv = Rsu.get(sim, "/race/" + sim.raceId() + "?format=csv");
    assertThat(csv.code()).isEqualTo(200);
    assertThat(csv.body()).contains("<error_code>10</error_code>");
  }

  @Test
  void pathCaseAndTrailingSlashAreForgiven() {
    String base = sim.baseUrl().substring(0, sim.baseUrl().length() - "/Rest".length());
    Rsu.Reply reply = Rsu.call(new Request.Builder().url(base + "/rest/race/" + sim.raceId() + "/?format=json").build());
    assertThat(reply.json().path("race").path("race_id").asLong()).isEqualTo(sim.raceId());
  }
}
