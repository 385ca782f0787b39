package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.racereg.core.testing.TestOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact request PACE receives, for every parameter and combination. */
class PaceClientWireTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private PaceClient client() {
    return Fixtures.client(server.url("/api").toString(), test);
  }

  private RecordedRequest send(ParticipantsParams request) throws InterruptedException {
    server.enqueue(Fixtures.json(200, "[]"));
    assertThat(client().participantList(request)).isEmpty();
    return server.takeRequest();
  }

  @Test
  void theDocsOwnRequestExampleIsSentExactly() throws Exception {
    RecordedRequest r = send(ParticipantsParams.builder()
        .accessCode(Fixtures.DOC_ACCESS_CODE)
        .eventSlug(Fixtures.DOC_SLUG)
        .language(PaceLanguage.EN)
        .updatedAfter(LocalDate.of(2022, 2, 1))
        .sortDirection(PaceSortDirection.DESC)
        .build());

    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/api/events/getParticipants");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("User-Agent")).startsWith("racereg-java/");
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(JSON.readTree(r.getBody().utf8()))
        .isEqualTo(JSON.readTree(Fixtures.read("get-participants-request.json")));
  }

  @Test
  void additionalValuesArriveBesideTheSdksOwnAndTheCredentials() throws Exception {
    RecordedRequest r = send(ParticipantsParams.builder().accessCode("VZ5B066Z").eventSlug("pace-triathlon-espoo")
        .putAdditionalQueryParam("preview", "1")
        .putAdditionalHeader("X-Pace-Beta", "participants-v2")
        .putAdditionalBodyProperty("includeRefunds", true)
        .putAdditionalBodyProperty("eventSlug", "another-event")
        .build());

    assertThat(r.getTarget()).isEqualTo("/api/events/getParticipants?preview=1");
    assertThat(r.getHeaders().get("X-Pace-Beta")).isEqualTo("participants-v2");
    // merged into the one JSON object: the SDK's members, the extras (replacing a member of the
    // same name), then the credentials
    assertThat(r.getBody().utf8()).isEqualTo("{\"accessCode\":\"VZ5B066Z\",\"eventSlug\":\"another-event\","
        + "\"includeRefunds\":true,\"apiId\":\"" + Fixtures.DOC_API_ID + "\",\"apiSecret\":\""
        + Fixtures.DOC_API_SECRET + "\"}");
  }

  @Test
  void requiredFieldsOnlySendNothingOptional() throws Exception {
    RecordedRequest r = send(ParticipantsParams.of("VZ5B066Z", "pace-triathlon-espoo"));

    assertThat(r.getBody().utf8()).isEqualTo("{\"accessCode\":\"VZ5B066Z\",\"eventSlug\":\"pace-triathlon-espoo\","
        + "\"apiId\":\"" + Fixtures.DOC_API_ID + "\",\"apiSecret\":\"" + Fixtures.DOC_API_SECRET + "\"}");
  }

  @Test
  void anEventUrlIsSentAsItsSlug() throws Exception {
    RecordedRequest r = send(ParticipantsParams.of("VZ5B066Z", "https://pace.sport/events/pace-triathlon-espoo"));

    assertThat(JSON.readTree(r.getBody().utf8()).get("eventSlug").asText()).isEqualTo("pace-triathlon-espoo");
  }

  @Test
  void anInstantIsSentAsRfc3339UtcWithMilliseconds() throws Exception {
    RecordedRequest r = send(ParticipantsParams.builder().accessCode("VZ5B066Z").eventSlug("e")
        .updatedAfter(Instant.parse("2022-02-01T00:00:00Z")).build());

    assertThat(JSON.readTree(r.getBody().utf8()).get("updatedAfter").asText()).isEqualTo("2022-02-01T00:00:00.000Z");
  }

  @Test
  void anOffsetDateTimeIsConvertedToUtc() throws Exception {
    RecordedRequest r = send(ParticipantsParams.builder().accessCode("VZ5B066Z").eventSlug("e")
        .updatedAfter(OffsetDateTime.of(2022, 2, 1, 2, 30, 15, 123_000_000, ZoneOffset.ofHours(2))).build());

    assertThat(JSON.readTree(r.getBody().utf8()).get("updatedAfter").asText()).isEqualTo("2022-02-01T00:30:15.123Z");
  }

  @Test
  void subMillisecondPrecisionIsTruncatedSoTheFilterOnlyWidens() throws Exception {
    RecordedRequest r = send(ParticipantsParams.builder().accessCode("VZ5B066Z").eventSlug("e")
        .updatedAfter(Instant.parse("2022-03-14T13:50:46.873999999Z")).build());

    assertThat(JSON.readTree(r.getBody().utf8()).get("updatedAfter").asText()).isEqualTo("2022-03-14T13:50:46.873Z");
  }

  static Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    List<PaceLanguage> languages = new ArrayList<>(Arrays.asList(PaceLanguage.values()));
    languages.add(null);
    List<PaceSortDirection> sorts = new ArrayList<>(Arrays.asList(PaceSortDirection.values()));
    sorts.add(null);
    List<Object> filters = Arrays.asList(null, LocalDate.of(2022, 2, 1), Instant.parse("2022-02-01T10:11:12.345Z"));
    for (PaceLanguage language : languages) {
      for (PaceSortDirection sort : sorts) {
        for (Object filter : filters) {
          all.add(Arguments.of(language, sort, filter));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "language={0} sort={1} updatedAfter={2}")
  @MethodSource("combinations")
  void everyCombinationSendsExactlyTheFieldsSet(PaceLanguage language, PaceSortDirection sort, Object filter)
      throws Exception {
    ParticipantsParams.Builder b = ParticipantsParams.builder().accessCode("AB12CD34").eventSlug("my-event")
        .language(language).sortDirection(sort);
    if (filter instanceof LocalDate) {
      b.updatedAfter((LocalDate) filter);
    } else if (filter instanceof Instant) {
      b.updatedAfter((Instant) filter);
    }

    RecordedRequest r = send(b.build());
    JsonNode body = JSON.readTree(r.getBody().utf8());

    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/api/events/getParticipants");
    Set<String> expectedKeys = new LinkedHashSet<>(List.of("accessCode", "eventSlug", "apiId", "apiSecret"));
    if (language != null) {
      expectedKeys.add("language");
      assertThat(body.get("language").asText()).isEqualTo(language == PaceLanguage.EN ? "en" : "fi");
    }
    if (sort != null) {
      expectedKeys.add("sortDirection");
      assertThat(body.get("sortDirection").asText()).isEqualTo(sort == PaceSortDirection.ASC ? "asc" : "desc");
    }
    if (filter != null) {
      expectedKeys.add("updatedAfter");
      assertThat(body.get("updatedAfter").asText())
          .isEqualTo(filter instanceof LocalDate ? "2022-02-01" : "2022-02-01T10:11:12.345Z");
    }
    List<String> keys = new ArrayList<>();
    body.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyInAnyOrderElementsOf(expectedKeys);
    assertThat(body.get("accessCode").asText()).isEqualTo("AB12CD34");
    assertThat(body.get("eventSlug").asText()).isEqualTo("my-event");
    assertThat(body.get("apiId").asText()).isEqualTo(Fixtures.DOC_API_ID);
    assertThat(body.get("apiSecret").asText()).isEqualTo(Fixtures.DOC_API_SECRET);
  }

  @Test
  void theDefaultBaseUrlIsPacesProductionApi() {
    PaceClient client = PaceClient.builder().credentials(PaceCredentials.of(Fixtures.DOC_API_ID, Fixtures.DOC_API_SECRET)).build();

    assertThat(client.baseUrl()).isEqualTo("https://pace.sport/api");
    assertThat(PaceClient.DEFAULT_BASE_URL).isEqualTo("https://pace.sport/api");
  }

  @Test
  void aBaseUrlWithTrailingSlashStillHitsTheSamePath() throws Exception {
    PaceClient client = PaceClient.builder().credentials(PaceCredentials.of(Fixtures.DOC_API_ID, Fixtures.DOC_API_SECRET))
        .options(test.options(server.url("/api/").toString())).build();
    server.enqueue(Fixtures.json(200, "[]"));

    client.participantList(ParticipantsParams.of("VZ5B066Z", "e"));

    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/events/getParticipants");
  }
}
