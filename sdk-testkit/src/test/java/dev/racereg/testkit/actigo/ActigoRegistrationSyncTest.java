package dev.racereg.testkit.actigo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActigoRegistrationSyncTest {

  private static final Instant NOW = Instant.parse("2025-06-01T10:15:30.123456Z");
  private static final String HEADER = "registration.id,registration.state,registration.startNumber,"
      + "person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate";

  private final ActigoSimulator sim = ActigoSimulator.builder().registrations(40)
      .clock(Clock.fixed(NOW, ZoneOffset.UTC)).start();
  private final ActigoHttp http = new ActigoHttp(sim);
  private final String activity = sim.activityId();

  @AfterEach
  void stop() {
    sim.close();
  }

  private ActigoRegistrationRow first(String state) {
    return sim.registrations(activity).stream().filter(r -> r.state().equals(state)).findFirst()
        .orElseThrow();
  }

  private JsonNode rowById(JsonNode rows, String id) {
    return StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void docExampleUpdatesTheStartNumberVisibleInJsonCsvAndSnapshot() {
    ActigoRegistrationRow reg = first("Confirmed");
    String body = "[{\"id\":\"" + reg.id() + "\",\"startNumber\":\"0001\",\"person\":{\"id\":\""
        + reg.person().id() + "\"}}]";

    ActigoHttp.Reply reply = http.putJson(activity, body);

    assertThat(reply.code()).isEqualTo(200);
    JsonNode echoed = reply.json().get(0);
    String expectedType = "0001".equals(reg.startNumber()) ? "Unchanged" : "Updated";
    assertThat(echoed.get("syncResultType").asText()).isEqualTo(expectedType);
    assertThat(echoed.get("id").asText()).isEqualTo(reg.id());
    assertThat(echoed.get("startNumber").asText()).isEqualTo("0001");
    assertThat(echoed.get("code").asText()).isEqualTo(reg.code());
    assertThat(echoed.get("person").get("givenName").asText()).isEqualTo(reg.person().givenName());
    assertThat(echoed.get("amount").get("value").asLong()).isEqualTo(reg.amountValue());

    assertThat(rowById(http.getJson(activity).json(), reg.id()).get("startNumber").asText())
        .isEqualTo("0001");
    assertThat(http.getCsv(activity).body()).contains(reg.id() + ",Confirmed,0001,");
    assertThat(sim.registration(activity, reg.id()).orElseThrow().startNumber()).isEqualTo("0001");

    ActigoHttp.Reply again = http.putJson(activity, body);
    assertThat(again.json().get(0).get("syncResultType").asText()).isEqualTo("Unchanged");
  }

  @Test
  void stateOfAnExistingRegistrationIsIgnored() {
    ActigoRegistrationRow reg = first("New");
    ActigoHttp.Reply reply = http.putJson(activity,
        "[{\"id\":\"" + reg.id() + "\",\"state\":\"Confirmed\",\"startNumber\":\"777\"}]");

    assertThat(reply.json().get(0).get("syncResultType").asText()).isEqualTo("Updated");
    assertThat(reply.json().get(0).get("state").asText()).isEqualTo("New");
    assertThat(sim.registration(activity, reg.id()).orElseThrow().state()).isEqualTo("New");
    assertThat(sim.registration(activity, reg.id()).orElseThrow().startNumber()).isEqualTo("777");
  }

  @Test
  void changingPersonDataOfAnActigoRegistrationIsSkippedAndChangesNothing() {
    ActigoRegistrationRow reg = first("Confirmed");
    ActigoHttp.Reply reply = http.putJson(activity, "[{\"id\":\"" + reg.id()
        + "\",\"startNumber\":\"9999\",\"person\":{\"givenName\":\"Someone\"}}]");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.json().get(0).get("syncResultType").asText()).isEqualTo("Skipped");
    assertThat(sim.registration(activity, reg.id()).orElseThrow()).isEqualTo(reg);
  }

  @Test
  void sameNamesInAnotherCaseAreNotAChange() {
    ActigoRegistrationRow reg = first("Confirmed");
    ActigoHttp.Reply reply = http.putJson(activity, "[{\"id\":\"" + reg.id().toUpperCase()
        + "\",\"person\":{\"givenName\":\"" + reg.person().givenName().toUpperCase()
        + "\",\"birthDate\":\"" + reg.person().birthDate() + "T00:00:00Z\"}}]");

    assertThat(reply.json().get(0).get("syncResultType").asText()).isEqualTo("Unchanged");
  }

  @Test
  void jsonNullClearsTheStartNumberAndAbsentKeepsIt() {
    ActigoRegistrationRow reg = sim.registrations(activity).stream()
        .filter(r -> r.startNumber() != null).findFirst().orElseThrow();

    ActigoHttp.Reply keep = http.putJson(activity, "[{\"id\":\"" + reg.id() + "\"}]");
    assertThat(keep.json().get(0).get("syncResultType").asText()).isEqualTo("Unchanged");
    assertThat(keep.json().get(0).get("startNumber").asText()).isEqualTo(reg.startNumber());

    ActigoHttp.Reply clear = http.putJson(activity,
        "[{\"id\":\"" + reg.id() + "\",\"startNumber\":null}]");
    assertThat(clear.json().get(0).get("syncResultType").asText()).isEqualTo("Updated");
    assertThat(clear.json().get(0).has("startNumber")).isFalse();
    assertThat(sim.registration(activity, reg.id()).orElseThrow().startNumber()).isNull();
  }

  @Test
  void externalRegistrationIsCreatedWithAnAccountThenUpdatedBySamePerson() {
    String insert = "[{\"state\":\"Confirmed\",\"startNumber\":\"0500\",\"person\":{"
        + "\"givenName\":\"Květa\",\"surname\":\"Šťastná\",\"sex\":\"Female\","
        + "\"birthDate\":\"1988-03-14T00:00:00Z\",\"country\":\"CZ\"}}]";

    ActigoHttp.Reply created = http.putJson(activity, insert);

    assertThat(created.code()).isEqualTo(200);
    JsonNode row = created.json().get(0);
    assertThat(row.get("syncResultType").asText()).isEqualTo("Created");
    String id = row.get("id").asText();
    assertThat(id).matches("[0-9a-f]{24}").startsWith(Long.toHexString(NOW.getEpochSecond()));
    assertThat(row.get("created").asText()).isEqualTo("2025-06-01T10:15:30.123Z");
    assertThat(row.get("state").asText()).isEqualTo("Confirmed");
    assertThat(row.get("code").asText()).matches("RG[0-9A-Z]{4}");
    assertThat(row.get("amount").get("value").asLong()).isZero();
    assertThat(row.get("person").get("name").asText()).isEqualTo("Květa Šťastná");
    assertThat(row.get("person").get("birthDate").asText()).isEqualTo("1988-03-14T00:00:00Z");

    List<ActigoPersonRow> accounts = sim.createdAccounts();
    assertThat(accounts).hasSize(1);
    assertThat(accounts.get(0).login()).matches("[a-z0-9]{32}@actigo\\.app");
    assertThat(accounts.get(0).id()).isEqualTo(row.get("person").get("id").asText());
    assertThat(sim.externalRegistrations(activity)).extracting(ActigoRegistrationRow::id)
        .containsExactly(id);
    assertThat(http.getJson(activity).json()).hasSize(41);
    assertThat(http.getCsv(activity).body())
        .contains(id + ",Confirmed,0500," + accounts.get(0).id() + ",Květa,,Šťastná,Female,1988-03-14");

    // the organiser's system sends the same person again with a new number, state ignored
    ActigoHttp.Reply updated = http.putJson(activity, insert.replace("0500", "0501")
        .replace("Confirmed", "Cancelled").replace("Květa", "KVĚTA"));
    assertThat(updated.json().get(0).get("syncResultType").asText()).isEqualTo("Updated");
    assertThat(updated.json().get(0).get("id").asText()).isEqualTo(id);
    assertThat(updated.json().get(0).get("state").asText()).isEqualTo("Confirmed");
    assertThat(updated.json().get(0).get("startNumber").asText()).isEqualTo("0501");

    ActigoHttp.Reply unchanged = http.putJson(activity, insert.replace("0500", "0501"));
    assertThat(unchanged.json().get(0).get("syncResultType").asText()).isEqualTo("Unchanged");
    assertThat(sim.createdAccounts()).hasSize(1);
    assertThat(sim.registrationCount(activity)).isEqualTo(41);
  }

  @Test
  void externalRegistrationDefaultsToNewAndAcceptsTheFourthState() {
    ActigoHttp.Reply reply = http.putJson(activity, "["
        + "{\"person\":{\"givenName\":\"Jan\",\"surname\":\"Novák\",\"sex\":\"Male\",\"birthDate\":\"1990-01-02\"}},"
        + "{\"state\":\"Waitlisted\",\"person\":{\"givenName\":\"Eva\",\"surname\":\"Malá\",\"sex\":\"female\",\"birthDate\":\"1991-02-03T00:00:00Z\"}}]");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.json().get(0).get("state").asText()).isEqualTo("New");
    assertThat(reply.json().get(0).has("startNumber")).isFalse();
    assertThat(reply.json().get(1).get("state").asText()).isEqualTo("Waitlisted");
    assertThat(reply.json().get(1).get("person").get("sex").asText()).isEqualTo("Female");
    assertThat(sim.createdAccounts()).extracting(ActigoPersonRow::login).doesNotHaveDuplicates();
    assertThat(reply.json().get(0).get("code").asText())
        .isNotEqualTo(reply.json().get(1).get("code").asText());
  }

  @Test
  void invalidBodiesAre400WithAnErrorBodyAndChangeNothing() {
    ActigoRegistrationRow reg = first("Confirmed");
    String validUpdate = "{\"id\":\"" + reg.id() + "\",\"startNumber\":\"4242\"}";
    List<String> bodies = List.of(
        "{\"id\":\"x\"}",
        "not json",
        "[1]",
        "[" + validUpdate + ",{\"person\":{\"givenName\":\"Jan\",\"surname\":\"Novák\"}}]",
        "[" + validUpdate + ",{\"id\":\"000000000000000000000000\",\"person\":{\"id\":\"" + reg.person().id() + "\"}}]",
        "[{\"state\":\"Paid\",\"person\":{\"givenName\":\"Jan\",\"surname\":\"Novák\",\"sex\":\"Male\",\"birthDate\":\"1990-01-02\"}}]",
        "[{\"person\":{\"givenName\":\"Jan\",\"surname\":\"Novák\",\"sex\":\"X\",\"birthDate\":\"1990-01-02\"}}]",
        "[{\"person\":{\"givenName\":\"Jan\",\"surname\":\"Novák\",\"sex\":\"Male\",\"birthDate\":\"2.1.1990\"}}]",
        "[{\"id\":\"" + reg.id() + "\",\"startNumber\":{\"n\":1}}]");
    for (String body : bodies) {
      ActigoHttp.Reply reply = http.putJson(activity, body);
      assertThat(reply.code()).as(body).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/json");
      assertThat(reply.json().get("status").asInt()).isEqualTo(400);
      assertThat(reply.json().get("error").asText()).isEqualTo("Bad Request");
      assertThat(reply.json().get("message").asText()).isNotBlank();
    }
    assertThat(sim.registration(activity, reg.id()).orElseThrow()).isEqualTo(reg);
    assertThat(sim.createdAccounts()).isEmpty();
    assertThat(http.putJson(activity, "[" + validUpdate + ",{}]").json().get("message").asText())
        .contains("registration[1]").contains("person.givenName");
  }

  @Test
  void emptyArrayIsAnEmptyAnswer() {
    ActigoHttp.Reply reply = http.putJson(activity, "[]");
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("[]");
  }

  @Test
  void csvRoundTripUpdatesStartNumbersAndAnswersTheResultingRows() {
    String[] lines = http.getCsv(activity).body().split("\n");
    ActigoRegistrationRow reg = first("Confirmed");
    String line = Arrays.stream(lines).filter(l -> l.startsWith(reg.id())).findFirst().orElseThrow();
    String[] cells = line.split(",", -1);
    cells[1] = "Cancelled"; // ignored for an existing registration
    cells[2] = "0002";
    String edited = String.join(",", cells);

    ActigoHttp.Reply reply = http.putCsv(activity, HEADER + "\n" + edited + "\n");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/csv");
    cells[1] = "Confirmed";
    assertThat(reply.body()).isEqualTo(HEADER + "\n" + String.join(",", cells) + "\n");
    assertThat(rowById(http.getJson(activity).json(), reg.id()).get("startNumber").asText())
        .isEqualTo("0002");

    // re-uploading the whole download changes nothing but that row, which is now the same too
    String download = http.getCsv(activity).body();
    ActigoHttp.Reply whole = http.putCsv(activity, download);
    assertThat(whole.body()).isEqualTo(download);
    assertThat(sim.createdAccounts()).isEmpty();
  }

  @Test
  void csvEmptyStartNumberClearsItAndCsvInsertsExternalRows() {
    ActigoRegistrationRow numbered = sim.registrations(activity).stream()
        .filter(r -> r.startNumber() != null).findFirst().orElseThrow();
    ActigoPersonRow p = numbered.person();
    String csv = HEADER + "\r\n"
        + numbered.id() + "," + numbered.state() + ",," + p.id() + "," + p.givenName() + ",,"
        + p.surname() + "," + p.sex() + "," + p.birthDate() + "\r\n"
        + ",Confirmed,0900,,\"Anna Marie\",Lucie,Procházková,Female,1979-12-31\r\n";

    ActigoHttp.Reply reply = http.putCsv(activity, csv);

    assertThat(reply.code()).isEqualTo(200);
    String[] lines = reply.body().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith(numbered.id() + "," + numbered.state() + ",,");
    assertThat(lines[2]).matches("[0-9a-f]{24},Confirmed,0900,[0-9a-f]{24},Anna Marie,Lucie,"
        + "Procházková,Female,1979-12-31");
    assertThat(sim.registration(activity, numbered.id()).orElseThrow().startNumber()).isNull();
    ActigoRegistrationRow inserted = sim.externalRegistrations(activity).get(0);
    assertThat(inserted.person().middleName()).isEqualTo("Lucie");
    assertThat(inserted.person().birthDate()).isEqualTo(LocalDate.of(1979, 12, 31));
    JsonNode json = rowById(http.getJson(activity).json(), inserted.id());
    assertThat(json.get("person").get("middleName").asText()).isEqualTo("Lucie");
    assertThat(json.get("person").get("name").asText()).isEqualTo("Anna Marie Lucie Procházková");
  }

  @Test
  void badCsvIs400() {
    ActigoRegistrationRow reg = first("Confirmed");
    List<String> bodies = List.of(
        "",
        "registration.id;registration.state\n" + reg.id() + ";Confirmed\n",
        HEADER.replace("person.middleName,", "") + "\n",
        HEADER + "\n" + reg.id() + ",Confirmed,0001\n",
        HEADER + "\n,Confirmed,0001,,Jan,,,Male,1990-01-01\n",
        HEADER + "\n,Confirmed,0001,,Jan,,Novák,Male,01/01/1990\n");
    for (String body : bodies) {
      ActigoHttp.Reply reply = http.putCsv(activity, body);
      assertThat(reply.code()).as(body).isEqualTo(400);
      assertThat(reply.json().get("status").asInt()).isEqualTo(400);
    }
    assertThat(sim.registration(activity, reg.id()).orElseThrow()).isEqualTo(reg);
    assertThat(sim.externalRegistrations(activity)).isEmpty();
  }

  @Test
  void csvWithByteOrderMarkAndQuotedCellsIsRead() {
    ActigoRegistrationRow reg = first("Confirmed");
    ActigoPersonRow p = reg.person();
    String csv = "\uFEFF" + HEADER + "\n\"" + reg.id() + "\",\"Confirmed\",\"12\",\"" + p.id()
        + "\",\"" + p.givenName() + "\",\"\",\"" + p.surname() + "\",\"" + p.sex() + "\",\""
        + p.birthDate() + "\"\n";
    ActigoHttp.Reply reply = http.putCsv(activity, csv);
    assertThat(reply.code()).isEqualTo(200);
    assertThat(sim.registration(activity, reg.id()).orElseThrow().startNumber()).isEqualTo("12");
  }

  @Test
  void syncIsDeterministicForTheSameSeedAndClock() {
    String insert = "[{\"person\":{\"givenName\":\"Jan\",\"surname\":\"Novák\",\"sex\":\"Male\",\"birthDate\":\"1990-01-02\"}}]";
    try (ActigoSimulator twin = ActigoSimulator.builder().registrations(40)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).start()) {
      String a = http.putJson(activity, insert).body();
      String b = new ActigoHttp(twin).putJson(twin.activityId(), insert).body();
      assertThat(a).isEqualTo(b);
      assertThat(sim.createdAccounts()).isEqualTo(twin.createdAccounts());
    }
    assertThat(sim.registrations(activity).stream().map(ActigoRegistrationRow::code)
        .collect(Collectors.toSet())).hasSize(41);
  }

  @Test
  void concurrentSyncsAllLand() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> codes = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        codes.add(pool.submit(() -> {
          StringBuilder body = new StringBuilder("[");
          for (int i = 0; i < 10; i++) {
            body.append(i == 0 ? "" : ",").append("{\"person\":{\"givenName\":\"Runner").append(thread)
                .append("x").append(i).append("\",\"surname\":\"Souběžný\",\"sex\":\"Male\","
                    + "\"birthDate\":\"1985-01-01\"}}");
          }
          return http.putJson(activity, body.append("]").toString()).code();
        }));
      }
      for (Future<Integer> code : codes) {
        assertThat(code.get(30, TimeUnit.SECONDS)).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sim.registrationCount(activity)).isEqualTo(80);
    assertThat(sim.createdAccounts()).hasSize(40);
    assertThat(sim.registrations(activity)).extracting(ActigoRegistrationRow::code).doesNotHaveDuplicates();
    assertThat(sim.registrations(activity)).extracting(ActigoRegistrationRow::id).doesNotHaveDuplicates();
  }
}
