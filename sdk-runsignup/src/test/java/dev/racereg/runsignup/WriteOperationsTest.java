package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.paging.Page;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Wire format of bib/chip edits and the results operations, in both request formats. */
class WriteOperationsTest extends RsuTestSupport {

  private static EditParticipantsParams.Builder edits() {
    return EditParticipantsParams.builder().raceId(RACE)
        .addEdit(ParticipantEdit.builder(48213003).bib("1001").chip("A1B2C3").build())
        .addEdit(ParticipantEdit.builder(48213006).eventId(512001).clearBib().build())
        .addEdit(ParticipantEdit.builder(48213004).clearChip().build());
  }

  @Test
  void editParticipantsSendsAJsonDocumentKeyedByRegistrationId() {
    enqueueJson("{\"participants\":[{\"registration_id\":48213003,\"event_id\":512001,\"bib_num\":1001,"
        + "\"chip_num\":\"A1B2C3\",\"last_modified\":1777700000}]}");
    EditParticipantsResult result = client().editParticipants(edits().build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/Rest/race/12345/participants");
    assertThat(r.getUrl().queryParameter("format")).isEqualTo("json");
    assertThat(r.getUrl().queryParameter("request_format")).isEqualTo("json");
    Map<String, String> form = form(r);
    assertThat(form).containsOnlyKeys("request");
    assertThat(json(form.get("request"))).isEqualTo(json("{\"participants\":["
        + "{\"registration_id\":48213003,\"bib_num\":1001,\"chip_num\":\"A1B2C3\"},"
        + "{\"registration_id\":48213006,\"event_id\":512001,\"bib_num\":\"\"},"
        + "{\"registration_id\":48213004,\"chip_num\":\"\"}]}"));
    assertThat(result.participants()).singleElement().satisfies(p -> {
      assertThat(p.bibNum()).contains("1001");
      assertThat(p.eventId()).isEqualTo(512001);
    });
  }

  @Test
  void editParticipantsInXmlUsesPluralRootAndSingularItems() {
    enqueueJson("{\"success\":true}");
    EditParticipantsResult result = client().editParticipants(edits().requestFormat(RequestFormat.XML).build());

    RecordedRequest r = take();
    assertThat(r.getUrl().queryParameter("request_format")).isEqualTo("xml");
    assertThat(form(r).get("request")).isEqualTo("<participants>"
        + "<participant><registration_id>48213003</registration_id><bib_num>1001</bib_num><chip_num>A1B2C3</chip_num></participant>"
        + "<participant><registration_id>48213006</registration_id><event_id>512001</event_id><bib_num></bib_num></participant>"
        + "<participant><registration_id>48213004</registration_id><chip_num></chip_num></participant>"
        + "</participants>");
    assertThat(result.participants()).isEmpty();
  }

  @Test
  void editsAreValidatedBeforeAnythingIsSent() {
    assertField(() -> ParticipantEdit.bib(1, "0042"), "bib", "leading zeros");
    assertField(() -> ParticipantEdit.bib(1, "12A"), "bib", "whole number");
    assertField(() -> ParticipantEdit.bib(1, "1234567890"), "bib", "whole number");
    assertField(() -> ParticipantEdit.builder(1).chip("A 1").build(), "chip", "white space");
    assertField(() -> ParticipantEdit.builder(1).build(), "bib", "set or clear");
    assertField(() -> ParticipantEdit.bib(0, "5"), "registrationId", "at least 1");
    assertField(() -> EditParticipantsParams.builder().raceId(RACE).build(), "edits", "at least one");
    assertField(() -> EditParticipantsParams.builder().raceId(RACE).addEdit(ParticipantEdit.bib(1, "5"))
        .addEdit(ParticipantEdit.bib(1, "6")).build(), "edits[1].registrationId", "edited twice");
    assertField(() -> EditParticipantsParams.builder().raceId(RACE).addEdit(ParticipantEdit.bib(1, "5"))
        .addEdit(ParticipantEdit.bib(2, "5")).build(), "edits[1].bib", "must be unique");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void settingNumbersIsSafeSoA503IsRetried() {
    enqueue(503, "text/plain", "busy");
    enqueueJson("{\"participants\":[]}");
    client().editParticipants(edits().build());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void resultSetsAreListedForAnEvent() {
    enqueueJson(resource("result-sets.json"));
    List<RunSignupResultSet> sets = client().getResultSets(ResultSetsParams.of(RACE, 512001));

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/Rest/race/12345/results/get-result-sets");
    assertThat(r.getUrl().queryParameter("event_id")).isEqualTo("512001");
    assertThat(r.getUrl().queryParameter("format")).isEqualTo("json");
    RunSignupResultSet set = sets.get(0);
    assertThat(set.resultSetId()).isEqualTo(401001);
    assertThat(set.name()).contains("Overall");
    assertThat(set.publicResults()).contains(true);
    assertThat(set.sourceUrl()).contains("https://fasttiming.example.com");
    assertThat(set.numResults()).hasValue(2);
    assertThat(set.lastModified()).contains(LocalDateTime.of(2026, 6, 13, 10, 45));
    assertThat(set.unknownFields()).containsOnlyKeys("pace_type");
  }

  @Test
  void createResultSetSendsItsDocumentInBothFormats() {
    enqueueJson("{\"individual_result_set_id\":401002}");
    enqueueJson("{\"individual_result_set_id\":\"401003\"}");
    RunSignupClient client = client();
    CreateResultSetParams.Builder b = CreateResultSetParams.builder().raceId(RACE).eventId(512001).name(" Overall ")
        .publicResults(false).sourceName("Fast Timing Co").sourceUrl("https://fasttiming.example.com");
    assertThat(client.createResultSet(b.build())).isEqualTo(401002);
    assertThat(client.createResultSet(b.requestFormat(RequestFormat.XML).build())).isEqualTo(401003);

    RecordedRequest jsonRequest = take();
    assertThat(jsonRequest.getMethod()).isEqualTo("POST");
    assertThat(jsonRequest.getUrl().encodedPath()).isEqualTo("/Rest/race/12345/results/new-result-set");
    assertThat(jsonRequest.getUrl().queryParameter("event_id")).isEqualTo("512001");
    assertThat(jsonRequest.getUrl().queryParameter("request_format")).isEqualTo("json");
    assertThat(json(form(jsonRequest).get("request"))).isEqualTo(json("{\"individual_result_set_name\":\"Overall\","
        + "\"public_results\":\"F\",\"results_source_name\":\"Fast Timing Co\","
        + "\"results_source_url\":\"https://fasttiming.example.com\"}"));
    RecordedRequest xmlRequest = take();
    assertThat(xmlRequest.getUrl().queryParameter("request_format")).isEqualTo("xml");
    assertThat(form(xmlRequest).get("request")).isEqualTo("<individual_result_set>"
        + "<individual_result_set_name>Overall</individual_result_set_name><public_results>F</public_results>"
        + "<results_source_name>Fast Timing Co</results_source_name>"
        + "<results_source_url>https://fasttiming.example.com</results_source_url></individual_result_set>");
  }

  @Test
  void creatingAResultSetIsUnsafeSoAFailureIsNotResent() {
    enqueue(503, "text/plain", "busy");
    assertThatThrownBy(() -> client().createResultSet(CreateResultSetParams.builder().raceId(RACE).eventId(1)
        .name("Overall").build())).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static PostResultsParams.Builder results(ResultEntry... rows) {
    PostResultsParams.Builder b = PostResultsParams.builder().raceId(RACE).eventId(512001).resultSetId(401001);
    for (ResultEntry r : rows) {
      b.addResult(r);
    }
    return b;
  }

  @Test
  void fullResultsAreMatchedByRegistrationIdBibOrChip() {
    enqueueJson("{\"success\":true,\"num_results_inserted\":2,\"num_results_updated\":1}");
    PostResultsResult result = client().postFullResults(results(
        ResultEntry.byRegistrationId(48213003).place(1).clockTime(Duration.ofMillis(3492400))
            .chipTime(Duration.ofSeconds(3489)).build(),
        ResultEntry.byBib("1044").place(2).clockTime(Duration.ofMinutes(62)).firstName("Guest").lastName("Runner")
            .gender("M").age(33).city("Dayton").state("OH").build(),
        ResultEntry.byChip("ZZ-9").place(3).build()).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/Rest/race/12345/results/full-results");
    assertThat(r.getUrl().queryParameter("event_id")).isEqualTo("512001");
    assertThat(r.getUrl().queryParameter("individual_result_set_id")).isEqualTo("401001");
    assertThat(r.getUrl().queryParameter("request_format")).isEqualTo("json");
    JsonNode doc = json(form(r).get("request"));
    assertThat(doc).isEqualTo(json("{\"results\":["
        + "{\"registration_id\":48213003,\"place\":1,\"clock_time\":\"0:58:12.4\",\"chip_time\":\"0:58:09\"},"
        + "{\"bib_num\":1044,\"place\":2,\"clock_time\":\"1:02:00\",\"first_name\":\"Guest\",\"last_name\":\"Runner\","
        + "\"gender\":\"M\",\"age\":33,\"city\":\"Dayton\",\"state\":\"OH\"},"
        + "{\"chip_num\":\"ZZ-9\",\"place\":3}]}"));
    assertThat(result.inserted()).hasValue(2);
    assertThat(result.updated()).hasValue(1);
  }

  @Test
  void fullResultsInXml() {
    enqueueJson("{\"success\":true}");
    client().postFullResults(results(ResultEntry.byRegistrationId(48213003).place(1)
        .chipTime(Duration.ofSeconds(3489)).build()).requestFormat(RequestFormat.XML).build());
    RecordedRequest r = take();
    assertThat(r.getUrl().queryParameter("request_format")).isEqualTo("xml");
    assertThat(form(r).get("request")).isEqualTo("<results><result><registration_id>48213003</registration_id>"
        + "<place>1</place><chip_time>0:58:09</chip_time></result></results>");
  }

  @Test
  void postingByRegistrationIdIsRetriedButPostingByBibIsNot() {
    enqueue(503, "text/plain", "busy");
    enqueueJson("{\"success\":true}");
    client().postFullResults(results(ResultEntry.byRegistrationId(48213003).place(1).build()).build());
    assertThat(server.getRequestCount()).isEqualTo(2);

    enqueue(503, "text/plain", "busy");
    assertThatThrownBy(() -> client().postFullResults(results(ResultEntry.byRegistrationId(48213003).place(1).build(),
        ResultEntry.byBib("12").place(2).build()).build())).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void resultRowsAreValidatedBeforeAnythingIsSent() {
    assertField(() -> results().build(), "results", "at least one");
    assertField(() -> results(ResultEntry.byBib("7").build(), ResultEntry.byBib("7").place(2).build()).build(),
        "results[1]", "bib 7");
    assertField(() -> ResultEntry.byBib("007"), "bib", "leading zeros");
    assertField(() -> ResultEntry.byRegistrationId(1).place(0).build(), "place", "at least 1");
    assertField(() -> ResultEntry.byRegistrationId(1).chipTime(Duration.ofSeconds(-1)).build(), "chipTime", "0 to 999");
    assertField(() -> ResultEntry.byRegistrationId(1).chipTime(Duration.ofNanos(1500)).build(), "chipTime",
        "milliseconds");
    assertField(() -> ResultEntry.byRegistrationId(1).age(131).build(), "age", "between 0 and 130");
    assertField(() -> CreateResultSetParams.builder().raceId(RACE).eventId(1).name(" ").build(), "name", "blank");
    assertField(() -> CreateResultSetParams.builder().raceId(RACE).eventId(1).name("x").sourceUrl("ftp://x").build(),
        "sourceUrl", "http");
    assertField(() -> GetResultsParams.builder().raceId(RACE).eventId(1).resultsPerPage(3000).build(),
        "resultsPerPage", "2500");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void resultsAreFlattenedAcrossSetsAndPagedWhileFull() {
    enqueueJson(resource("results.json"));
    enqueueJson("{\"individual_results_sets\":[{\"individual_result_set_id\":401001,\"results\":[]}]}");
    Page<RunSignupResult> page = client().getResults(GetResultsParams.builder().raceId(RACE).eventId(512001)
        .resultSetId(401001).resultsPerPage(2).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/Rest/race/12345/results/get-results");
    assertThat(r.getUrl().queryParameter("event_id")).isEqualTo("512001");
    assertThat(r.getUrl().queryParameter("individual_result_set_id")).isEqualTo("401001");
    assertThat(r.getUrl().queryParameter("page")).isEqualTo("1");
    assertThat(r.getUrl().queryParameter("results_per_page")).isEqualTo("2");

    RunSignupResult first = page.items().get(0);
    assertThat(first.resultSetId()).isEqualTo(401001);
    assertThat(first.resultSetName()).contains("Overall");
    assertThat(first.place()).hasValue(1);
    assertThat(first.bib()).contains("1001");
    assertThat(first.chipDuration()).contains(Duration.ofSeconds(3489));
    assertThat(first.clockDuration()).contains(Duration.ofMillis(3492400));
    assertThat(first.registrationId()).hasValue(48213003);
    assertThat(first.resultSetUnknownFields()).containsOnlyKeys("results_headers");
    RunSignupResult second = page.items().get(1);
    assertThat(second.bib()).contains("1044");
    assertThat(second.registrationId()).isEmpty();
    assertThat(second.unknownFields()).containsOnlyKeys("age_grade");

    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.nextPage().items()).isEmpty();
    assertThat(take().getUrl().queryParameter("page")).isEqualTo("2");
  }

  @Test
  void anUnknownResultSetIsNotFound() {
    enqueueJson("{\"error\":{\"error_code\":15,\"error_msg\":\"Invalid ID: individual_result_set_id 9\"}}");
    assertThatThrownBy(() -> client().getResults(GetResultsParams.builder().raceId(RACE).eventId(1).resultSetId(9)
        .build())).isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(RunSignupErrorCode.of(e)).contains(RunSignupErrorCode.INVALID_ID));
  }

  private static void assertField(Runnable action, String field, String rule) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).contains(rule);
    });
  }
}
