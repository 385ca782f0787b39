package dev.racereg.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.testing.TestFixtures;
import dev.racereg.testkit.actigo.ActigoSimulator;
import dev.racereg.testkit.fftri.FftriSandboxCredentials;
import dev.racereg.testkit.fftri.FftriSimulator;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import dev.racereg.testkit.pace.PaceSimulator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulators answer with the fields of the platforms' documented examples: the same example
 * bodies the client tests parse ({@link TestFixtures#doc}), so a field the documentation shows and
 * one side misread cannot pass both suites. The simulators may add members (generated data is
 * richer than one example); they must not lack or rename one.
 */
class DocExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @AfterEach
  void releaseConnections() {
    http.connectionPool().evictAll();
  }

  @Test
  void paceAcceptsTheDocumentedRequestAndAnswersWithTheDocumentedLabelsInBothLanguages() throws IOException {
    try (PaceSimulator sim = PaceSimulator.builder().participants(20).build().start()) {
      ObjectNode request = (ObjectNode) doc("pace", "get-participants-request.json");
      // the doc's API ID and secret are the simulator's defaults; the event is the simulator's own
      assertThat(request.get("apiId").asText()).isEqualTo(sim.credentials().apiId());
      assertThat(request.get("apiSecret").asText()).isEqualTo(sim.credentials().apiSecret());
      request.put("accessCode", sim.credentials().accessCode()).put("eventSlug", sim.eventSlug());
      request.remove("updatedAfter");
      JsonNode answer = post(sim.baseUrl() + "/events/getParticipants", request);
      assertHasDocumentedFields(union(answer), doc("pace", "participants-en.json").get(0), "pace/en");
      // the doc names one Finnish label ("Event name" is "Tapahtuma"); the other Finnish labels
      // of the client's fixture are not in the doc, so only that one is held against both
      request.put("language", "fi");
      JsonNode finnish = post(sim.baseUrl() + "/events/getParticipants", request);
      assertThat(doc("pace", "participants-fi.json").get(0).has("Tapahtuma")).isTrue();
      assertThat(finnish.get(0).has("Tapahtuma")).isTrue();
    }
  }

  @Test
  void actigoServesRegistrationsWithTheDocumentedFieldsAndCsvHeader() throws IOException {
    try (ActigoSimulator sim = ActigoSimulator.builder().registrations(10).build().start()) {
      String path = sim.baseUrl() + "/events/activities/" + sim.activityId() + "/registrations.";
      Map<String, String> auth = Map.of("Authorization", sim.credentials().authorizationHeader());
      JsonNode answer = JSON.readTree(get(path + "json", auth));
      // start numbers are optional, so the members are those of all rows together
      assertHasDocumentedFields(union(answer), doc("actigo", "registrations.json").get(0), "actigo");
      String docHeader = TestFixtures.doc("actigo", "registrations.csv").lines().findFirst().orElseThrow();
      assertThat(get(path + "csv", auth).lines().findFirst()).contains(docHeader);
    }
  }

  @Test
  void fftriAnswersPingSeasonsAndClubsWithTheDocumentedFields() throws IOException {
    try (FftriSimulator sim = FftriSimulator.builder().build().start()) {
      FftriSandboxCredentials credentials = sim.credentials();
      Map<String, String> auth = Map.of("X-USER", credentials.username(), "Authorization", credentials.apiKey());
      assertHasDocumentedFields(JSON.readTree(get(sim.baseUrl() + "/ping", auth)), doc("fftri", "ping.json"),
          "fftri/ping");
      JsonNode seasons = JSON.readTree(get(sim.baseUrl() + "/seasons", auth));
      assertHasDocumentedFields(seasons.elements().next(), doc("fftri", "seasons.json").elements().next(),
          "fftri/seasons");
      JsonNode clubs = JSON.readTree(get(sim.baseUrl() + "/clubs/" + sim.currentSeason().id(), auth));
      assertHasDocumentedFields(clubs.elements().next(), doc("fftri", "clubs.json").elements().next(),
          "fftri/clubs");
    }
  }

  @Test
  void letsDoThisPagesParticipantsInTheDocumentedEnvelopeWithTheDocumentedFields() throws IOException {
    try (LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(5).build().start()) {
      Map<String, String> auth = Map.of("Authorization", "Bearer " + sim.credentials().validToken());
      JsonNode page = JSON.readTree(get(sim.baseUrl() + "/participants?extendMetadata=true", auth));
      JsonNode envelope = doc("letsdothis", "page-envelope.json");
      assertHasDocumentedFields(page, envelope, "letsdothis/envelope");
      assertHasDocumentedFields(page.get("page"), envelope.get("page"), "letsdothis/page");
      assertHasDocumentedFields(page.get("data").get(0), doc("letsdothis", "participant.json"),
          "letsdothis/participant");
    }
  }

  /** One object holding every member any element of {@code array} has. */
  private static JsonNode union(JsonNode array) {
    ObjectNode all = JSON.createObjectNode();
    array.forEach(element -> element.fields().forEachRemaining(f -> {
      if (!all.has(f.getKey()) || all.get(f.getKey()).isNull()) {
        all.set(f.getKey(), f.getValue());
      } else if (f.getValue().isObject() && all.get(f.getKey()).isObject()) {
        ((ObjectNode) all.get(f.getKey())).setAll((ObjectNode) f.getValue().deepCopy());
      }
    }));
    return all;
  }

  /** Every member of the documented object, and of its documented nested objects, is answered. */
  private static void assertHasDocumentedFields(JsonNode answered, JsonNode documented, String where) {
    assertThat(answered).as(where).isNotNull();
    List<String> missing = new ArrayList<>();
    documented.fieldNames().forEachRemaining(name -> {
      if (!answered.has(name)) {
        missing.add(name);
      } else if (documented.get(name).isObject() && documented.get(name).size() > 0
          && answered.get(name).isObject()) {
        documented.get(name).fieldNames().forEachRemaining(inner -> {
          if (!answered.get(name).has(inner)) {
            missing.add(name + "." + inner);
          }
        });
      }
    });
    assertThat(missing).as(where + ": documented members the simulator does not answer").isEmpty();
  }

  private static JsonNode doc(String provider, String name) throws IOException {
    return JSON.readTree(TestFixtures.doc(provider, name));
  }

  private JsonNode post(String url, JsonNode body) throws IOException {
    Request request = new Request.Builder().url(url)
        .post(RequestBody.create(JSON.writeValueAsBytes(body), MediaType.get("application/json"))).build();
    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).as(url).isEqualTo(200);
      return JSON.readTree(response.body().string());
    }
  }

  private String get(String url, Map<String, String> headers) throws IOException {
    Request.Builder request = new Request.Builder().url(url);
    headers.forEach(request::header);
    try (Response response = http.newCall(request.build()).execute()) {
      assertThat(response.code()).as(url).isEqualTo(200);
      return response.body().string();
    }
  }
}
