package dev.racereg.testkit.letsdothis;

import static dev.racereg.testkit.letsdothis.LdtTestSupport.all;
import static dev.racereg.testkit.letsdothis.LdtTestSupport.field;
import static dev.racereg.testkit.letsdothis.LdtTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.Fault;
import dev.racereg.testkit.letsdothis.LdtTestSupport.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read endpoints: applications, participants, tickets, and the data they serve. */
class LetsDoThisReadEndpointsTest {

  private static LetsDoThisSimulator sim;
  private static String token;

  @BeforeAll
  static void start() {
    sim = LetsDoThisSimulator.builder().participants(400).applications(120).build().start();
    token = sim.credentials().validToken();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void participantsListUsesTheDocumentedEnvelope() {
    Reply reply = get(sim, token, "/participants");
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body().fieldNames()).toIterable().containsExactly("data", "page");
    assertThat(reply.body().get("data")).hasSize(100);
    JsonNode page = reply.body().get("page");
    assertThat(page.fieldNames()).toIterable()
        .containsExactly("totalResults", "first", "last", "prev", "next");
    assertThat(page.get("totalResults").asInt()).isEqualTo(400);
    assertThat(page.get("prev").isNull()).isTrue();
    assertThat(page.get("next").isTextual()).isTrue();
  }

  @Test
  void participantRowsCarryTheDocumentedFieldsAndPersonalData() {
    JsonNode row = get(sim, token, "/participants").body().get("data").get(0);
    assertThat(row.fieldNames()).toIterable().contains("id", "participantIndex", "bookingId",
        "transactionId", "eventOccurrenceId", "eventId", "raceId", "ticketTitle", "ticketId",
        "createdAt", "updatedAt", "waves", "fields", "booker", "bookerType",
        "originalTicketPrice", "incrementalStatus", "bibNumber", "bookingCodesUsed",
        "reservedEntryUrl", "partnerMarketingOptIns", "tags", "gdprRedacted", "statusDetails",
        "tracking", "applicationId", "raceDayDetails", "resultSubmission");
    assertThat(row.fieldNames()).toIterable().doesNotContain("eventName", "raceName");
    List<String> fieldIds = row.get("fields").findValuesAsText("id");
    assertThat(fieldIds).contains("firstName", "lastName", "emailAddress", "dateOfBirth", "gender",
        "phone", "addressLine1", "addressLine2", "addressCity", "addressPostcode",
        "addressCountry", "emergencyContactName", "emergencyContactPhone", "status", "clubName",
        "tShirtSize");
    assertThat(row.get("fields").get(0).fieldNames()).toIterable()
        .containsExactly("id", "name", "value");
    assertThat(row.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(row.get("originalTicketPrice").get("currencyCode").asText()).isEqualTo("GBP");
    assertThat(row.get("originalTicketPrice").get("value").isIntegralNumber()).isTrue();
    assertThat(row.get("booker").fieldNames()).toIterable()
        .containsExactly("firstName", "lastName", "email");
    assertThat(row.get("incrementalStatus").asText()).isIn("INCREMENTAL", "NON_INCREMENTAL");
  }

  @Test
  void generatedPeopleLookBritishAndPlausible() {
    List<JsonNode> rows = all(sim, token, "/participants", "page[size]", "500");
    Map<String, Integer> statuses = new HashMap<>();
    LocalDate anchorDay = LocalDate.ofInstant(sim.anchor(), java.time.ZoneOffset.UTC);
    for (JsonNode row : rows) {
      statuses.merge(field(row, "status"), 1, Integer::sum);
      if (row.get("gdprRedacted").asBoolean()) {
        assertThat(field(row, "firstName")).isNull();
        continue;
      }
      assertThat(field(row, "addressPostcode")).matches("[A-Z]{1,2}\\d{1,2}[A-Z]? \\d[A-Z]{2}");
      assertThat(field(row, "emailAddress")).matches("[a-z.]+\\d*@[a-z.]+");
      assertThat(field(row, "gender")).isIn("MALE", "FEMALE", "NON_BINARY");
      assertThat(field(row, "addressCountry")).isEqualTo("GB");
      String phone = field(row, "phone");
      if (phone != null) {
        assertThat(phone).matches("\\+447\\d{9}");
      }
      int age = Period.between(LocalDate.parse(field(row, "dateOfBirth")), anchorDay).getYears();
      assertThat(age).isBetween(16, 80);
    }
    assertThat(statuses.keySet()).isSubsetOf(LdtGenerator.BOOKING_STATUSES);
    assertThat(statuses.get("CONFIRMED")).isGreaterThan(rows.size() * 3 / 4);
    assertThat(rows.stream().filter(r -> !r.get("bibNumber").isNull()).count()).isPositive();
  }

  @Test
  void participantByIdIsTheBareObjectAndExtendMetadataAddsEventDetails() {
    JsonNode listed = get(sim, token, "/participants").body().get("data").get(5);
    String id = listed.get("id").asText();
    Reply plain = get(sim, token, "/participants/" + id);
    assertThat(plain.code()).isEqualTo(200);
    assertThat(plain.body()).isEqualTo(listed);
    Reply extended = get(sim, token, "/participants/" + id, "extendMetadata", "true");
    assertThat(extended.body().get("eventName").asText()).isNotBlank();
    assertThat(extended.body().get("raceStartDate").asText()).endsWith("Z");
    assertThat(extended.body().get("distances").get(0).get("value").asDouble()).isPositive();
    assertThat(sim.participant(id)).contains(extended.body());
    assertThat(get(sim, token, "/participants/" + id, "extendMetadata", "yes").code())
        .isEqualTo(400);
  }

  @Test
  void unknownIdsAnswer404WithAJsonError() {
    Reply participant = get(sim, token, "/participants/000000000000000000000000");
    assertThat(participant.code()).isEqualTo(404);
    assertThat(participant.body().get("statusCode").asInt()).isEqualTo(404);
    assertThat(participant.body().get("message").asText()).contains("not found");
    assertThat(get(sim, token, "/applications/nope").code()).isEqualTo(404);
    assertThat(get(sim, token, "/races/123/participants").code()).isEqualTo(404);
    assertThat(get(sim, token, "/events/123/applications").code()).isEqualTo(404);
    assertThat(get(sim, token, "/events/123/tickets").code()).isEqualTo(404);
    assertThat(get(sim, token, "/events/123/reserved-entries").code()).isEqualTo(404);
  }

  @Test
  void raceParticipantsAreFilteredByRaceAndOccurrence() {
    LetsDoThisEvent event = sim.events().get(0);
    String raceId = event.raceIds().get(0);
    List<JsonNode> race = all(sim, token, "/races/" + raceId + "/participants");
    assertThat(race).isNotEmpty().allSatisfy(r -> assertThat(r.get("raceId").asText()).isEqualTo(raceId));
    String upcoming = event.upcomingEventOccurrenceId();
    List<JsonNode> coming = all(sim, token, "/races/" + raceId + "/participants",
        "eventOccurrenceId", upcoming);
    assertThat(coming).isNotEmpty().hasSizeLessThan(race.size()).allSatisfy(
        r -> assertThat(r.get("eventOccurrenceId").asText()).isEqualTo(upcoming));
    List<JsonNode> misspelt = all(sim, token, "/races/" + raceId + "/participants",
        "eventOccurenceId", upcoming);
    assertThat(LdtTestSupport.ids(misspelt)).isEqualTo(LdtTestSupport.ids(coming));
  }

  @Test
  void applicationsCarryApprovalDataAndApprovedOnesBecomeParticipants() {
    List<JsonNode> apps = all(sim, token, "/applications");
    assertThat(apps).hasSize(120);
    Set<String> approval = apps.stream().map(a -> a.get("approvalStatus").asText())
        .collect(Collectors.toSet());
    assertThat(approval).isSubsetOf("PENDING", "PENDING_PAYMENT", "APPROVED", "REJECTED",
        "CANCELLED", "ELIGIBLE", "NOT_ELIGIBLE").contains("APPROVED", "PENDING", "REJECTED");
    assertThat(apps).allSatisfy(a -> assertThat(a.get("applicationResolutionType").asText())
        .isIn("BALLOT", "AUTOMATIC", "MANUAL"));
    assertThat(apps).anySatisfy(a -> assertThat(a.get("ballotDraw").asText()).contains("Ballot"));
    assertThat(apps).anySatisfy(a -> assertThat(field(a, "status")).isEqualTo("PENDING_BALLOT"));
    JsonNode approved = apps.stream().filter(a -> a.get("approvalStatus").asText().equals("APPROVED"))
        .findFirst().orElseThrow();
    List<JsonNode> participants = all(sim, token, "/participants", "page[size]", "500");
    JsonNode entrant = participants.stream()
        .filter(p -> approved.get("id").asText().equals(p.get("applicationId").asText(null)))
        .findFirst().orElseThrow();
    assertThat(field(entrant, "emailAddress")).isEqualTo(field(approved, "emailAddress"));
    assertThat(entrant.get("ticketId")).isEqualTo(approved.get("ticketId"));

    Reply one = get(sim, token, "/applications/" + approved.get("id").asText(),
        "extendMetadata", "true");
    assertThat(one.body().get("approvalStatus").asText()).isEqualTo("APPROVED");
    assertThat(one.body().get("eventName").asText()).isNotBlank();
  }

  @Test
  void eventApplicationsOnlyHoldThatEvent() {
    String eventId = sim.eventIds().get(1);
    List<JsonNode> apps = all(sim, token, "/events/" + eventId + "/applications");
    assertThat(apps).isNotEmpty()
        .allSatisfy(a -> assertThat(a.get("eventId").asText()).isEqualTo(eventId));
  }

  @Test
  void ticketsOfAnEventHavePricesInPence() {
    LetsDoThisEvent event = sim.events().get(0);
    Reply reply = get(sim, token, "/events/" + event.eventId() + "/tickets");
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body().fieldNames()).toIterable().containsExactly("data");
    JsonNode tickets = reply.body().get("data");
    assertThat(LdtTestSupport.ids(List.copyOf(toList(tickets))))
        .containsExactlyInAnyOrderElementsOf(event.ticketIds());
    for (JsonNode t : tickets) {
      assertThat(t.get("eventId").asText()).isEqualTo(event.eventId());
      assertThat(t.get("price").get("currencyCode").asText()).isEqualTo("GBP");
      assertThat(t.get("price").get("value").asLong()).isBetween(0L, 20_000L);
      assertThat(event.raceIds()).contains(t.get("raceId").asText());
    }
    assertThat(toList(tickets)).anySatisfy(t -> assertThat(t.get("title").asText()).endsWith("Standard Entry"));
  }

  @Test
  void misspelledOccurrenceOptionServesTheDocTablesSpelling() {
    try (LetsDoThisSimulator other = LetsDoThisSimulator.builder().participants(5)
        .misspelledOccurrenceField(true).build().start()) {
      JsonNode row = get(other, other.credentials().validToken(), "/participants").body().get("data").get(0);
      assertThat(row.has("eventOccurenceId")).isTrue();
      assertThat(row.has("eventOccurrenceId")).isFalse();
    }
  }

  @Test
  void unknownPathsAre404AndWrongMethodsAre405() {
    Reply unknown = get(sim, token, "/events");
    assertThat(unknown.code()).isEqualTo(404);
    assertThat(unknown.body().get("message").asText()).isEqualTo("Cannot GET /v0/events");
    assertThat(get(sim, token, "/participants/x/y").code()).isEqualTo(404);
    Reply wrong = LdtTestSupport.call(sim, token, "DELETE", "/participants", null);
    assertThat(wrong.code()).isEqualTo(405);
    assertThat(wrong.allow()).isEqualTo("GET");
    Reply put = LdtTestSupport.call(sim, token, "PUT", "/partners/p_x", "{}");
    assertThat(put.code()).isEqualTo(405);
    assertThat(put.allow()).isEqualTo("GET, PATCH");
  }

  @Test
  void aQueuedFaultIsServedOnTheParticipantsEndpointThenItRecovers() {
    sim.faults().onPath("/v0/participants", Fault.rateLimited(3), 1);
    Reply limited = get(sim, token, "/participants");
    assertThat(limited.code()).isEqualTo(429);
    assertThat(get(sim, token, "/applications").code()).isEqualTo(200);
    assertThat(get(sim, token, "/participants").code()).isEqualTo(200);
  }

  @Test
  void sameSeedGivesTheSameDataAndKeys() {
    java.time.Clock fixed = java.time.Clock.fixed(Instant.parse("2025-02-01T00:00:00Z"),
        java.time.ZoneOffset.UTC);
    LetsDoThisSimulator a = LetsDoThisSimulator.builder().seed(7).clock(fixed).participants(150).build();
    LetsDoThisSimulator b = LetsDoThisSimulator.builder().seed(7).clock(fixed).participants(150).build();
    LetsDoThisSimulator c = LetsDoThisSimulator.builder().seed(8).clock(fixed).participants(150).build();
    assertThat(a.participants()).isEqualTo(b.participants());
    assertThat(a.applications()).isEqualTo(b.applications());
    assertThat(a.partners()).isEqualTo(b.partners());
    assertThat(a.reservedEntryGroups()).isEqualTo(b.reservedEntryGroups());
    assertThat(a.eventIds()).isEqualTo(b.eventIds());
    assertThat(a.credentials().validToken()).isEqualTo(b.credentials().validToken());
    assertThat(c.participants()).isNotEqualTo(a.participants());
    assertThat(c.eventIds()).isNotEqualTo(a.eventIds());
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> list = new java.util.ArrayList<>();
    array.forEach(list::add);
    return list;
  }
}
