package dev.racereg.testkit.actigo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActigoResultsSyncTest {

  private final ActigoSimulator sim = ActigoSimulator.builder().registrations(30).start();
  private final ActigoHttp http = new ActigoHttp(sim);
  private final String activity = sim.activityId();

  @AfterEach
  void stop() {
    sim.close();
  }

  private static String result(String person, long time) {
    return "{\"category\":\"M40\",\"person\":" + person + ",\"position\":3,"
        + "\"positionByCategory\":1,\"positionBySex\":2,\"startNumber\":\"0042\",\"time\":" + time
        + ",\"splitTimes\":[{\"distance\":5,\"time\":\"2025-05-10T09:21:00Z\"},"
        + "{\"distance\":10.5,\"time\":\"2025-05-10T09:44:30.500Z\"}]}";
  }

  @Test
  void resultOfAnActigoUserIsCreatedThenUnchangedThenUpdated() {
    ActigoRegistrationRow reg = sim.registrations(activity).get(0);
    String person = "{\"id\":\"" + reg.person().id() + "\"}";

    ActigoHttp.Reply created = http.putResults(activity, "[" + result(person, 600000) + "]");

    assertThat(created.code()).isEqualTo(200);
    JsonNode item = created.json().get(0);
    assertThat(item.get("syncResultType").asText()).isEqualTo("Created");
    String id = item.get("id").asText();
    assertThat(id).matches("[0-9a-f]{24}");
    assertThat(item.get("person").get("id").asText()).isEqualTo(reg.person().id());
    assertThat(item.get("person").get("surname").asText()).isEqualTo(reg.person().surname());
    assertThat(item.get("person").get("birthDate").asText())
        .isEqualTo(reg.person().birthDate() + "T00:00:00Z");

    List<ActigoResultRow> stored = sim.results(activity);
    assertThat(stored).hasSize(1);
    ActigoResultRow r = stored.get(0);
    assertThat(r.timeMillis()).isEqualTo(600000L);
    assertThat(r.category()).isEqualTo("M40");
    assertThat(r.position()).isEqualTo(3);
    assertThat(r.positionByCategory()).isEqualTo(1);
    assertThat(r.positionBySex()).isEqualTo(2);
    assertThat(r.startNumber()).isEqualTo("0042");
    assertThat(r.splitTimes()).containsExactly(
        new ActigoResultRow.SplitTimeRow(5, Instant.parse("2025-05-10T09:21:00Z")),
        new ActigoResultRow.SplitTimeRow(10.5, Instant.parse("2025-05-10T09:44:30.500Z")));

    ActigoHttp.Reply same = http.putResults(activity, "[" + result(person, 600000) + "]");
    assertThat(same.json().get(0).get("syncResultType").asText()).isEqualTo("Unchanged");
    assertThat(same.json().get(0).get("id").asText()).isEqualTo(id);

    ActigoHttp.Reply changed = http.putResults(activity, "[" + result(person, 599000) + "]");
    assertThat(changed.json().get(0).get("syncResultType").asText()).isEqualTo("Updated");
    assertThat(changed.json().get(0).get("id").asText()).isEqualTo(id);
    assertThat(sim.results(activity)).singleElement()
        .extracting(ActigoResultRow::timeMillis).isEqualTo(599000L);
  }

  @Test
  void resultOfAnExternalPersonCreatesOneAccountAndMatchesByIdentity() {
    String person = "{\"givenName\":\"Radek\",\"middleName\":null,\"surname\":\"Kříž\","
        + "\"sex\":\"Male\",\"birthDate\":\"1969-07-21T00:00:00Z\",\"country\":\"SK\"}";

    ActigoHttp.Reply created = http.putResults(activity, "[" + result(person, 3_600_000) + "]");

    assertThat(created.json().get(0).get("syncResultType").asText()).isEqualTo("Created");
    JsonNode p = created.json().get(0).get("person");
    assertThat(p.get("givenName").asText()).isEqualTo("Radek");
    assertThat(p.get("country").asText()).isEqualTo("SK");
    assertThat(sim.createdAccounts()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(p.get("id").asText());
      assertThat(a.login()).matches("[a-z0-9]{32}@actigo\\.app");
      assertThat(a.birthDate()).isEqualTo(LocalDate.of(1969, 7, 21));
    });

    ActigoHttp.Reply again = http.putResults(activity,
        "[" + result(person.replace("Kříž", "KŘÍŽ").replace("T00:00:00Z", ""), 3_600_000) + "]");
    assertThat(again.json().get(0).get("person").get("id").asText()).isEqualTo(p.get("id").asText());
    assertThat(again.json().get(0).get("syncResultType").asText()).isEqualTo("Updated");
    assertThat(sim.createdAccounts()).hasSize(1);
    assertThat(sim.results(activity)).hasSize(1);
  }

  @Test
  void resultOfAPersonWithAnExternalRegistrationReusesTheirAccount() {
    String person = "{\"givenName\":\"Běla\",\"surname\":\"Tůmová\",\"sex\":\"Female\","
        + "\"birthDate\":\"1980-05-05T00:00:00Z\"}";
    String regId = http.putJson(activity, "[{\"person\":" + person + "}]").json().get(0)
        .get("person").get("id").asText();

    ActigoHttp.Reply reply = http.putResults(activity, "[" + result(person, 1) + "]");

    assertThat(reply.json().get(0).get("person").get("id").asText()).isEqualTo(regId);
    assertThat(sim.createdAccounts()).hasSize(1);
  }

  @Test
  void badResultsAre400AndStoreNothing() {
    ActigoRegistrationRow reg = sim.registrations(activity).get(0);
    String good = result("{\"id\":\"" + reg.person().id() + "\"}", 1000);
    List<String> bodies = List.of(
        "{}",
        "[" + good + ",{\"time\":1}]",
        "[" + good + "," + result("{\"id\":\"0123456789abcdef01234567\"}", 1) + "]",
        "[" + good + "," + result("{\"givenName\":\"Jan\"}", 1) + "]",
        "[" + good.replace("\"time\":1000", "\"time\":\"10 min\"") + "]",
        "[" + good.replace("2025-05-10T09:21:00Z", "09:21") + "]",
        "[" + good.replace("\"distance\":5", "\"distance\":\"5 km\"") + "]",
        "[" + good.replace("\"position\":3", "\"position\":-3") + "]");
    for (String body : bodies) {
      ActigoHttp.Reply reply = http.putResults(activity, body);
      assertThat(reply.code()).as(body).isEqualTo(400);
      assertThat(reply.json().get("error").asText()).isEqualTo("Bad Request");
    }
    assertThat(sim.results(activity)).isEmpty();
    assertThat(sim.createdAccounts()).isEmpty();
  }

  @Test
  void resultsAreWriteOnly() {
    ActigoHttp.Reply reply = http.get("/events/activities/" + activity + "/results.json");
    assertThat(reply.code()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("PUT");
    assertThat(reply.json().get("status").asInt()).isEqualTo(405);
  }
}
