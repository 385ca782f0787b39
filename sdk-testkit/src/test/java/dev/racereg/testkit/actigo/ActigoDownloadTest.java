package dev.racereg.testkit.actigo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActigoDownloadTest {

  private static final String HEADER = "registration.id,registration.state,registration.startNumber,"
      + "person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate";

  private final ActigoSimulator sim = ActigoSimulator.builder().start();
  private final ActigoHttp http = new ActigoHttp(sim);

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void defaultsServeOneActivityOfRegistrationsInTheDocumentedShape() {
    assertThat(sim.baseUrl()).endsWith("/api");
    assertThat(sim.activityIds()).containsExactly(sim.activityId());
    assertThat(sim.organiserOf(sim.activityId())).isEqualTo(sim.organiserId());

    ActigoHttp.Reply reply = http.getJson(sim.activityId());

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    JsonNode rows = reply.json();
    assertThat(rows).hasSize(ActigoSimulator.DEFAULT_REGISTRATIONS);
    Set<String> states = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (JsonNode row : rows) {
      assertThat(row.get("id").asText()).matches("[0-9a-f]{24}");
      assertThat(row.get("created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
      assertThat(row.get("code").asText()).matches("RG[0-9A-Z]{4}");
      codes.add(row.get("code").asText());
      states.add(row.get("state").asText());
      if (row.has("startNumber")) {
        assertThat(row.get("startNumber").asText()).matches("\\d{4,}");
        assertThat(row.get("state").asText()).isEqualTo("Confirmed");
      }
      assertThat(row.get("amount").get("currency").asText()).isEqualTo("CZK");
      assertThat(row.get("amount").get("value").isIntegralNumber()).isTrue();
      JsonNode p = row.get("person");
      List<String> names = new ArrayList<>();
      p.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactly("id", "isProfilePublic", "givenName", "surname", "sex",
          "birthDate", "language", "nickname", "country", "name", "ref");
      assertThat(p.get("id").asText()).matches("[0-9a-f]{24}");
      assertThat(p.get("sex").asText()).isIn("Male", "Female");
      assertThat(p.get("birthDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z");
      assertThat(p.get("name").asText())
          .isEqualTo(p.get("givenName").asText() + " " + p.get("surname").asText());
      assertThat(p.get("isProfilePublic").isBoolean()).isTrue();
    }
    assertThat(codes).hasSize(rows.size());
    // the fourth state is present so that clients prove unknown values survive
    assertThat(states).contains("Confirmed", "New", "Cancelled", "Waitlisted");
  }

  @Test
  void generatedPeopleAreCzechWithDiacriticsAndFeminineSurnames() {
    List<ActigoRegistrationRow> regs = sim.registrations(sim.activityId());
    assertThat(regs).anyMatch(r -> !r.person().name().matches("[A-Za-z ]+"));
    assertThat(regs).filteredOn(r -> r.person().sex().equals("Female"))
        .allMatch(r -> r.person().surname().matches(".*(á|í)$"));
    assertThat(regs).allMatch(r -> r.person().nickname().matches("[a-z]+\\.[a-z]+\\d*"));
    long confirmed = regs.stream().filter(r -> r.state().equals("Confirmed")).count();
    assertThat(confirmed).isBetween(90L, 140L);
  }

  @Test
  void csvDownloadHasTheExactHeaderAndTheSameRowsAsJson() {
    ActigoHttp.Reply csv = http.getCsv(sim.activityId());

    assertThat(csv.code()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String[] lines = csv.body().split("\n");
    assertThat(lines[0]).isEqualTo(HEADER);
    assertThat(lines).hasSize(ActigoSimulator.DEFAULT_REGISTRATIONS + 1);
    JsonNode json = http.getJson(sim.activityId()).json();
    for (int i = 0; i < json.size(); i++) {
      JsonNode row = json.get(i);
      JsonNode p = row.get("person");
      String expected = String.join(",", row.get("id").asText(), row.get("state").asText(),
          row.has("startNumber") ? row.get("startNumber").asText() : "", p.get("id").asText(),
          p.get("givenName").asText(), "", p.get("surname").asText(), p.get("sex").asText(),
          p.get("birthDate").asText().substring(0, 10));
      assertThat(lines[i + 1]).isEqualTo(expected);
    }
  }

  @Test
  void sameSeedGivesSameDataAndAnotherSeedDoesNot() {
    try (ActigoSimulator twin = ActigoSimulator.builder().start();
        ActigoSimulator other = ActigoSimulator.builder().seed(7).start()) {
      assertThat(twin.activityId()).isEqualTo(sim.activityId());
      assertThat(twin.credentials().authorizationHeader()).isEqualTo(sim.credentials().authorizationHeader());
      assertThat(new ActigoHttp(twin).getJson(twin.activityId()).body())
          .isEqualTo(http.getJson(sim.activityId()).body());
      assertThat(new ActigoHttp(twin).getCsv(twin.activityId()).body())
          .isEqualTo(http.getCsv(sim.activityId()).body());
      assertThat(other.activityId()).isNotEqualTo(sim.activityId());
      assertThat(other.registrations(other.activityId()))
          .isNotEqualTo(sim.registrations(sim.activityId()));
    }
  }

  @Test
  void explicitActivitiesGetTheirOwnSizesAndDistinctData() {
    String org = "5f1d7a2be4b0c1a2d3e4f501";
    String a = "638f01d0c5eaf533c891fac3";
    String b = "638F01D0C5EAF533C891FAC4";
    try (ActigoSimulator two = ActigoSimulator.builder().registrations(12)
        .activity(org, a).activity(org, b, 0).start()) {
      assertThat(two.activityIds()).containsExactly(a, b.toLowerCase());
      assertThat(two.organiserId()).isEqualTo(org);
      ActigoHttp h = new ActigoHttp(two);
      assertThat(h.getJson(a).json()).hasSize(12);
      assertThat(h.getJson(b).body()).isEqualTo("[]");
      assertThat(h.getCsv(b).body()).isEqualTo(HEADER + "\n");
      // ids are accepted in any case, as hex is
      assertThat(h.getJson(a.toUpperCase()).json()).hasSize(12);
    }
  }

  @Test
  void twoHundredThousandRowsStreamAsJsonAndCsv() throws IOException {
    try (ActigoSimulator big = ActigoSimulator.builder().registrations(200_000).start()) {
      big.recordRequests(false);
      String url = big.baseUrl() + ActigoHttp.registrationsPath(big.activityId(), "json");
      Request request = new Request.Builder().url(url)
          .header("Authorization", big.credentials().authorizationHeader()).build();
      Set<String> ids = new HashSet<>();
      try (Response r = ActigoHttp.CLIENT.newCall(request).execute();
          JsonParser parser = ActigoHttp.JSON.getFactory().createParser(r.body().byteStream())) {
        assertThat(r.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          assertThat(parser.nextFieldName()).isEqualTo("id");
          ids.add(parser.nextTextValue());
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
              parser.skipChildren();
            }
          }
        }
      }
      assertThat(ids).hasSize(200_000);

      String csvUrl = big.baseUrl() + ActigoHttp.registrationsPath(big.activityId(), "csv");
      int lines = 0;
      try (Response r = ActigoHttp.CLIENT.newCall(request.newBuilder().url(csvUrl).build()).execute();
          BufferedReader reader = new BufferedReader(
              new InputStreamReader(r.body().byteStream(), StandardCharsets.UTF_8))) {
        assertThat(r.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(reader.readLine()).isEqualTo(HEADER);
        while (reader.readLine() != null) {
          lines++;
        }
      }
      assertThat(lines).isEqualTo(200_000);
      assertThat(big.registrationCount(big.activityId())).isEqualTo(200_000);
      String last = ids.iterator().next();
      assertThat(big.registration(big.activityId(), last)).isPresent();
    }
  }
}
