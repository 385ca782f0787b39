package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ValidationException;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The escape hatch on the wire: additional query parameters and headers on every operation, and
 * additional body properties inside the JSON {@code request} document (never as form fields
 * beside it), refused with an XML document.
 */
class AdditionalValuesTest extends RsuTestSupport {

  @Test
  void aReadSendsTheAdditionalQueryParameterAndHeader() {
    enqueueJson("{\"race\":{\"race_id\":12345,\"name\":\"R\"}}");
    client().getRace(GetRaceParams.builder().raceId(RACE).putAdditionalQueryParam("include_event_days", "T")
        .putAdditionalQueryParam("format", "json").putAdditionalHeader("X-Trace", "t-1").build());

    RecordedRequest r = take();
    // the additional values come after the operation's own; the credentials are added last
    assertThat(r.getTarget()).isEqualTo("/Rest/race/12345?include_event_days=T&format=json&api_key=key-abc"
        + "&api_secret=" + SECRET);
    assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void everyPageOfAPagedReadCarriesTheAdditionalValues() {
    enqueueJson("[{\"event\":{\"event_id\":1},\"participants\":[{\"registration_id\":5}]}]");
    enqueueJson("[{\"event\":{\"event_id\":1},\"participants\":[]}]");
    ParticipantsParams params = ParticipantsParams.builder().raceId(RACE).eventId(1).resultsPerPage(1)
        .putAdditionalQueryParam("include_membership_info", "T").putAdditionalHeader("X-Trace", "p").build();
    assertThat(client().getParticipants(params).autoPagingStream().count()).isEqualTo(1);

    for (int page = 1; page <= 2; page++) {
      RecordedRequest r = take();
      assertThat(r.getUrl().queryParameter("page")).isEqualTo(Integer.toString(page));
      assertThat(r.getUrl().queryParameter("include_membership_info")).isEqualTo("T");
      assertThat(r.getHeaders().get("X-Trace")).isEqualTo("p");
    }
  }

  @Test
  void aBodyPropertyGoesIntoTheJsonRequestDocument() {
    enqueueJson("{\"individual_result_set_id\":77}");
    client().createResultSet(CreateResultSetParams.builder().raceId(RACE).eventId(1).name("Overall")
        .putAdditionalBodyProperty("results_headers", Map.of("place", "Place"))
        .putAdditionalQueryParam("debug", "1").putAdditionalHeader("X-Trace", "c").build());

    RecordedRequest r = take();
    assertThat(r.getUrl().queryParameter("debug")).isEqualTo("1");
    assertThat(r.getHeaders().get("X-Trace")).isEqualTo("c");
    Map<String, String> form = form(r);
    assertThat(form).containsOnlyKeys("request");
    assertThat(json(form.get("request")).get("results_headers")).isEqualTo(json("{\"place\":\"Place\"}"));
    assertThat(json(form.get("request")).get("individual_result_set_name").asText()).isEqualTo("Overall");
  }

  @Test
  void aListDocumentGetsTheBodyPropertyBesideItsRootArray() {
    enqueueJson("{\"num_inserted\":1}");
    client().postFullResults(PostResultsParams.builder().raceId(RACE).eventId(1).resultSetId(77)
        .addResult(ResultEntry.byRegistrationId(5).place(1).build())
        .putAdditionalBodyProperty("overwrite", true).build());

    Map<String, String> form = form(take());
    assertThat(form).containsOnlyKeys("request");
    assertThat(json(form.get("request")).get("overwrite").asBoolean()).isTrue();
    assertThat(json(form.get("request")).get(RunSignupInferred.RESULTS_ROOT)).hasSize(1);
  }

  @Test
  void registrationPeriodsKeepTheirFormFieldsAndTakeTheBodyPropertyInTheDocument() {
    enqueueJson("{\"success\":true}");
    client().setupRegistrationPeriods(RegistrationPeriodsParams.builder().raceId(RACE).eventId(1)
        .addPeriodCents(java.time.LocalDateTime.of(2026, 1, 1, 0, 0), java.time.LocalDateTime.of(2026, 2, 1, 0, 0), 2500)
        .putAdditionalBodyProperty("note", "early").build());

    Map<String, String> form = form(take());
    assertThat(form).containsOnlyKeys("event_id", "request_format", "request");
    assertThat(json(form.get("request")).get("note").asText()).isEqualTo("early");
  }

  @Test
  void anXmlDocumentRefusesBodyPropertiesBeforeSending() {
    EditParticipantsParams params = EditParticipantsParams.builder().raceId(RACE)
        .addEdit(ParticipantEdit.bib(5, "101")).requestFormat(RequestFormat.XML)
        .putAdditionalBodyProperty("note", "x").build();
    assertThatThrownBy(() -> client().editParticipants(params)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("additionalBodyProperties"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void loginTakesABodyPropertyAsAFormField() {
    enqueueJson("{\"tmp_key\":\"TK\",\"tmp_secret\":\"TS\"}");
    client().login(LoginParams.builder().email("ada@example.com").password("pw-1")
        .putAdditionalBodyProperty("remember", "T").build());

    assertThat(form(take())).containsEntry("email", "ada@example.com").containsEntry("remember", "T");
  }

  @Test
  void paramsCompareByValueRoundTripThroughToBuilderAndHideSecrets() {
    PostResultsParams posted = PostResultsParams.builder().raceId(RACE).eventId(1).resultSetId(7)
        .addResult(ResultEntry.byBib("12").place(3).build()).putAdditionalQueryParam("q", "1").build();
    assertThat(posted.toBuilder().build()).isEqualTo(posted).hasSameHashCodeAs(posted);
    assertThat(posted.toBuilder().resultSetId(8).build()).isNotEqualTo(posted);

    ParticipantsParams paged = ParticipantsParams.builder().raceId(RACE).eventIds(List.of(1L, 2L))
        .afterRegistrationId(40).includeQuestions(true).build();
    assertThat(paged.toBuilder().build()).isEqualTo(paged);
    assertThat(paged.toString()).contains("afterRegistrationId=40", "eventIds=[1, 2]", "includeQuestions=true");

    RegistrationPeriodsParams periods = RegistrationPeriodsParams.builder().raceId(RACE).eventId(1)
        .addPeriodCents(java.time.LocalDateTime.of(2026, 1, 1, 0, 0), java.time.LocalDateTime.of(2026, 2, 1, 0, 0), 2500)
        .build();
    assertThat(periods.toBuilder().build()).isEqualTo(periods);

    LoginParams login = LoginParams.of("ada@example.com", "pw-s3cret");
    assertThat(login.toBuilder().build()).isEqualTo(login);
    assertThat(login.toString()).contains("ada@example.com").doesNotContain("pw-s3cret");

    AuthorizationCodeParams code = AuthorizationCodeParams.builder().clientId("app").clientSecret("cs-s3cret")
        .code("code-s3cret").redirectUri("https://example.com/cb").codeVerifier("v".repeat(43)).build();
    assertThat(code.toBuilder().build()).isEqualTo(code);
    assertThat(code.toString()).contains("app").doesNotContain("cs-s3cret", "code-s3cret", "v".repeat(43));
  }
}
