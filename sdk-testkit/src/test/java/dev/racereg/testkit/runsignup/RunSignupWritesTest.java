package dev.racereg.testkit.runsignup;

import dev.racereg.testkit.SettableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunSignupWritesTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2025-05-12T13:30:00Z"));
  // no caller limit: these tests check the data under concurrent writes (the limit: RunSignupCallerGateTest)
  private final RunSignupSimulator sim = RunSignupSimulator.builder().participants(120).clock(clock)
      .concurrentCallLimit(0).build().start();
  private final long fiveK = sim.eventIds().get(0);

  @AfterEach
  void stop() {
    sim.close();
  }

  private Rsu.Reply postParticipants(String requestFormat, String document) {
    return Rsu.post(sim, "/race/" + sim.raceId() + "/participants?format=json&" + Rsu.keys(sim),
        Map.of("request_format", requestFormat, "request", document));
  }

  private JsonNode readRow(long registrationId) {
    JsonNode rows = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&results_per_page=2500")).json()
        .get(0).path("participants");
    for (JsonNode row : rows) {
      if (row.path("registration_id").asLong() == registrationId) {
        return row;
      }
    }
    throw new AssertionError("registration " + registrationId + " not listed");
  }

  @Test
  void bibEditIsVisibleOnTheNextReadWithLastModifiedFromTheClock() {
    ParticipantSnapshot target = sim.participants(fiveK).get(3);
    Rsu.Reply reply = postParticipants("json",
        "{\"participants\":[{\"registration_id\":" + target.registrationId() + ",\"bib_num\":\"9001\"}]}");
    assertThat(reply.errorCode()).as(reply.body()).isZero();
    assertThat(reply.json().path("participants").get(0).path("bib_num").asInt()).isEqualTo(9001);

    JsonNode row = readRow(target.registrationId());
    assertThat(row.path("bib_num").asInt()).isEqualTo(9001);
    assertThat(row.path("last_modified").asLong()).isEqualTo(clock.instant().getEpochSecond());
    assertThat(row.path("user").path("last_name").asText()).isEqualTo(target.user().lastName());
    assertThat(sim.participant(target.registrationId()).orElseThrow().bibNum()).isEqualTo(9001);

    // an incremental sync (modified_after_timestamp) now picks up exactly this row
    JsonNode changed = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&modified_after_timestamp="
        + clock.instant().getEpochSecond())).json().get(0).path("participants");
    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).path("registration_id").asLong()).isEqualTo(target.registrationId());
  }

  @Test
  void chipEditThroughAnXmlRequestAndClearingABib() {
    ParticipantSnapshot target = sim.participants(fiveK).stream().filter(p -> p.bibNum() != null).findFirst().orElseThrow();
    Rsu.Reply reply = postParticipants("xml", "<participants><participant><registration_id>" + target.registrationId()
        + "</registration_id><chip_num>A1B2C3</chip_num><bib_num></bib_num></participant></participants>");
    assertThat(reply.errorCode()).as(reply.body()).isZero();
    JsonNode row = readRow(target.registrationId());
    assertThat(row.path("chip_num").asText()).isEqualTo("A1B2C3");
    assertThat(row.path("bib_num").isNull()).isTrue();
  }

  @Test
  void invalidOrTakenBibsAndChipsAreRefusedAndNothingChanges() {
    List<ParticipantSnapshot> rows = sim.participants(fiveK);
    ParticipantSnapshot a = rows.get(0);
    ParticipantSnapshot withBib = rows.stream().filter(p -> p.bibNum() != null && p.registrationId() != a.registrationId())
        .findFirst().orElseThrow();
    assertThat(postParticipants("json", "{\"participants\":[{\"registration_id\":" + a.registrationId()
        + ",\"bib_num\":\"12A\"}]}").errorCode()).isEqualTo(115);
    assertThat(postParticipants("json", "{\"participants\":[{\"registration_id\":" + a.registrationId()
        + ",\"bib_num\":" + withBib.bibNum() + "}]}").errorCode()).isEqualTo(115);
    assertThat(postParticipants("json", "{\"participants\":[{\"registration_id\":" + a.registrationId()
        + ",\"chip_num\":\"bad chip!\"}]}").errorCode()).isEqualTo(116);
    assertThat(postParticipants("json", "{\"participants\":[{\"registration_id\":" + a.registrationId()
        + ",\"chip_num\":\"CHIP1\"}]}").errorCode()).isZero();
    assertThat(postParticipants("json", "{\"participants\":[{\"registration_id\":" + withBib.registrationId()
        + ",\"chip_num\":\"CHIP1\"}]}").errorCode()).isEqualTo(116);
    assertThat(postParticipants("json", "{\"participants\":[{\"registration_id\":1,\"bib_num\":5}]}").errorCode())
        .isEqualTo(15);
    // one bad row refuses the whole request
    assertThat(postParticipants("json", "{\"participants\":[{\"registration_id\":" + withBib.registrationId()
        + ",\"bib_num\":7777},{\"registration_id\":" + a.registrationId() + ",\"bib_num\":\"x\"}]}").errorCode())
        .isEqualTo(115);
    assertThat(sim.participant(withBib.registrationId()).orElseThrow().bibNum()).isEqualTo(withBib.bibNum());
    // swapping two bibs in one request is fine
    ParticipantSnapshot other = rows.stream().filter(p -> p.bibNum() != null && !p.bibNum().equals(withBib.bibNum()))
        .findFirst().orElseThrow();
    assertThat(postParticipants("json", "{\"participants\":[{\"registration_id\":" + withBib.registrationId()
        + ",\"bib_num\":" + other.bibNum() + "},{\"registration_id\":" + other.registrationId() + ",\"bib_num\":"
        + withBib.bibNum() + "}]}").errorCode()).isZero();
    assertThat(sim.participant(other.registrationId()).orElseThrow().bibNum()).isEqualTo(withBib.bibNum());
  }

  @Test
  void addingAParticipantGivesANewRegistrationAtTheEndOfThePaging() {
    int before = sim.participantCount(fiveK);
    Rsu.Reply reply = postParticipants("json", "{\"participants\":[{\"event_id\":" + fiveK + ",\"bib_num\":\"8500\","
        + "\"user\":{\"first_name\":\"Walk\",\"last_name\":\"Up\",\"email\":\"walk.up@example.com\",\"dob\":\"1990-04-02\","
        + "\"gender\":\"F\",\"address\":{\"city\":\"Columbus\",\"state\":\"OH\"}}}]}");
    JsonNode created = reply.json().path("participants").get(0);
    long id = created.path("registration_id").asLong();
    assertThat(sim.participantCount(fiveK)).isEqualTo(before + 1);
    List<ParticipantSnapshot> all = sim.participants(fiveK);
    assertThat(all.get(all.size() - 1).registrationId()).isEqualTo(id);
    JsonNode row = readRow(id);
    assertThat(row.path("age").asInt()).isEqualTo(35);
    assertThat(row.path("race_fee").asText()).isEqualTo("$30.00"); // regular period until 16 May
    assertThat(row.path("registration_date").asText()).isEqualTo("5/12/2025 09:30");
    assertThat(postParticipants("json", "{\"participants\":[{\"event_id\":" + fiveK + ",\"user\":{\"first_name\":\"No\"}}]}")
        .errorCode()).isEqualTo(11);
  }

  @Test
  void resultsMatchedByRegistrationBibOrChipAndRepostingDoesNotDuplicate() {
    List<ParticipantSnapshot> rows = sim.participants(fiveK).stream().filter(p -> p.bibNum() != null).toList();
    ParticipantSnapshot byId = rows.get(0);
    ParticipantSnapshot byBib = rows.get(1);
    ParticipantSnapshot byChip = rows.get(2);
    assertThat(postParticipants("json", "{\"participants\":[{\"registration_id\":" + byChip.registrationId()
        + ",\"chip_num\":\"ZX99\"}]}").errorCode()).isZero();

    String base = "/race/" + sim.raceId() + "/results/";
    JsonNode created = Rsu.post(sim, base + "new-result-set?format=json&" + Rsu.keys(sim),
        Map.of("event_id", Long.toString(fiveK), "individual_result_set_name", "5K Overall")).json();
    long setId = created.path("individual_result_set_id").asLong();
    assertThat(setId).isPositive();
    JsonNode sets = Rsu.get(sim, base + "get-result-sets?format=json&event_id=" + fiveK).json();
    assertThat(sets.path("individual_results_sets").get(0).path("individual_result_set_name").asText()).isEqualTo("5K Overall");

    String results = "{\"results\":[{\"registration_id\":" + byId.registrationId() + ",\"place\":2,\"clock_time\":\"0:21:04\","
        + "\"chip_time\":\"0:20:58\"},{\"bib_num\":" + byBib.bibNum() + ",\"place\":1,\"clock_time\":\"0:18:40\"},"
        + "{\"chip_num\":\"ZX99\",\"place\":3,\"clock_time\":\"25:12.4\"}]}";
    Map<String, String> form = Map.of("event_id", Long.toString(fiveK), "individual_result_set_id", Long.toString(setId),
        "request_format", "json", "request", results);
    JsonNode first = Rsu.post(sim, base + "full-results?format=json&" + Rsu.keys(sim), form).json();
    assertThat(first.path("num_results_inserted").asInt()).isEqualTo(3);
    JsonNode second = Rsu.post(sim, base + "full-results?format=json&" + Rsu.keys(sim), form).json();
    assertThat(second.path("num_results_inserted").asInt()).isZero();
    assertThat(second.path("num_results_updated").asInt()).isEqualTo(3);
    assertThat(sim.results(setId)).hasSize(3);

    JsonNode got = Rsu.get(sim, base + "get-results?format=json&event_id=" + fiveK).json()
        .path("individual_results_sets").get(0).path("results");
    assertThat(got).hasSize(3);
    assertThat(got.get(0).path("registration_id").asLong()).isEqualTo(byBib.registrationId());
    assertThat(got.get(0).path("last_name").asText()).isEqualTo(byBib.user().lastName());
    assertThat(got.get(1).path("registration_id").asLong()).isEqualTo(byId.registrationId());
    assertThat(got.get(1).path("pace").asText()).isEqualTo("6:45");
    assertThat(got.get(2).path("registration_id").asLong()).isEqualTo(byChip.registrationId());
    assertThat(got.get(2).path("bib_num").asInt()).isEqualTo(byChip.bibNum());
  }

  @Test
  void privateResultSetsAreHiddenFromAnonymousReadersAndBadResultsRefused() {
    String base = "/race/" + sim.raceId() + "/results/";
    long setId = Rsu.post(sim, base + "new-result-set?format=json&" + Rsu.keys(sim), Map.of("event_id",
        Long.toString(fiveK), "individual_result_set_name", "Provisional", "public_results", "F")).json()
        .path("individual_result_set_id").asLong();
    assertThat(Rsu.get(sim, base + "get-result-sets?format=json&event_id=" + fiveK).json()
        .path("individual_results_sets")).isEmpty();
    assertThat(Rsu.get(sim, base + "get-result-sets?format=json&event_id=" + fiveK + "&" + Rsu.keys(sim)).json()
        .path("individual_results_sets")).hasSize(1);
    assertThat(Rsu.get(sim, base + "get-results?format=json&event_id=" + fiveK + "&individual_result_set_id=" + setId)
        .errorCode()).isEqualTo(7);
    Map<String, String> badTime = Map.of("event_id", Long.toString(fiveK), "individual_result_set_id", Long.toString(setId),
        "request_format", "json", "request", "{\"results\":[{\"bib_num\":1,\"clock_time\":\"fast\"}]}");
    assertThat(Rsu.post(sim, base + "full-results?format=json&" + Rsu.keys(sim), badTime).errorCode()).isEqualTo(11);
    Map<String, String> otherEvent = Map.of("event_id", Long.toString(sim.eventIds().get(1)),
        "individual_result_set_id", Long.toString(setId), "request_format", "json", "request", "{\"results\":[]}");
    assertThat(Rsu.post(sim, base + "full-results?format=json&" + Rsu.keys(sim), otherEvent).errorCode()).isEqualTo(15);
    assertThat(Rsu.post(sim, base + "new-result-set?format=json", Map.of("event_id", Long.toString(fiveK),
        "individual_result_set_name", "x")).errorCode()).isEqualTo(7);
  }

  @Test
  void resultsAsXml() {
    String base = "/race/" + sim.raceId() + "/results/";
    String created = Rsu.post(sim, base + "new-result-set?" + Rsu.keys(sim), Map.of("event_id", Long.toString(fiveK),
        "individual_result_set_name", "Overall")).body();
    assertThat(created).matches("(?s)<\\?xml[^>]*>\\s*<individual_result_set_id>\\d+</individual_result_set_id>\\s*");
    String setId = created.replaceAll("(?s).*<individual_result_set_id>(\\d+)<.*", "$1");
    String xml = "<results><result><bib_num>4242</bib_num><first_name>Una</first_name><last_name>Tached</last_name>"
        + "<place>1</place><clock_time>0:30:00</clock_time></result></results>";
    Rsu.Reply posted = Rsu.post(sim, base + "full-results?" + Rsu.keys(sim), Map.of("event_id", Long.toString(fiveK),
        "individual_result_set_id", setId, "request", xml));
    assertThat(posted.body()).contains("<num_results_inserted>1</num_results_inserted>");
    Rsu.Reply got = Rsu.get(sim, base + "get-results?event_id=" + fiveK);
    assertThat(got.body()).contains("<individual_results_sets><individual_results_set>")
        .contains("<results><result><result_id>").contains("<last_name>Tached</last_name>").contains("<registration_id/>");
  }

  @Test
  void throttleFaultIsAnErrorCode14InA200Body() {
    sim.faults().onPath("/participants", RunSignupFaults.throttled(), 1);
    Rsu.Reply throttled = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK));
    assertThat(throttled.code()).isEqualTo(200);
    assertThat(throttled.errorCode()).isEqualTo(14);
    assertThat(throttled.json().path("error").path("error_msg").asText()).isEqualTo("Request throttled");
    assertThat(Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK)).errorCode()).isZero();
    sim.faults().next(RunSignupFaults.throttledXml());
    assertThat(Rsu.get(sim, "/race/" + sim.raceId()).body()).contains("<error_code>14</error_code>");
  }

  @Test
  void concurrentBibEditsAllLand() throws Exception {
    List<ParticipantSnapshot> rows = sim.participants(fiveK);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long id = rows.get(i).registrationId();
        int bib = 20_000 + i;
        futures.add(pool.submit(() -> postParticipants("json", "{\"participants\":[{\"registration_id\":" + id
            + ",\"bib_num\":" + bib + "}]}").errorCode()));
      }
      for (Future<Integer> f : futures) {
        assertThat(f.get()).isZero();
      }
    } finally {
      pool.shutdown();
    }
    for (int i = 0; i < 20; i++) {
      assertThat(sim.participant(rows.get(i).registrationId()).orElseThrow().bibNum()).isEqualTo(20_000 + i);
    }
    clock.advance(Duration.ofSeconds(1));
  }
}
