package dev.racereg.testkit.runsignup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunSignupParticipantsTest {

  private final RunSignupSimulator sim = RunSignupSimulator.builder().build().start();
  private final long fiveK = sim.eventIds().get(0);

  @AfterAll
  void stop() {
    sim.close();
  }

  private static List<Long> ids(JsonNode wrapper) {
    List<Long> ids = new ArrayList<>();
    wrapper.path("participants").forEach(p -> ids.add(p.path("registration_id").asLong()));
    return ids;
  }

  private List<Long> expectedIds(long eventId) {
    return sim.participants(eventId).stream().map(ParticipantSnapshot::registrationId).toList();
  }

  @Test
  void pagingVisitsEveryRowOnceInRegistrationIdOrderAcrossPageBoundaries() {
    List<Long> expected = expectedIds(fiveK);
    assertThat(expected.size()).isGreaterThan(100);
    List<Long> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int page = 1; page < 100; page++) {
      JsonNode body = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&results_per_page=7&page=" + page
          + "&sort=registration_id%20ASC")).json();
      List<Long> ids = ids(body.get(0));
      if (ids.isEmpty()) {
        break;
      }
      sizes.add(ids.size());
      seen.addAll(ids);
    }
    assertThat(seen).isEqualTo(expected).isSorted().doesNotHaveDuplicates();
    assertThat(sizes.subList(0, sizes.size() - 1)).allMatch(n -> n == 7);
    assertThat(sizes.get(sizes.size() - 1)).isEqualTo(expected.size() % 7 == 0 ? 7 : expected.size() % 7);
  }

  @Test
  void defaultPageHoldsFiftyRowsAndPageSizeAbove2500IsRefused() {
    JsonNode first = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK)).json();
    assertThat(first.get(0).path("participants")).hasSize(50);
    Rsu.Reply tooMany = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&results_per_page=2501"));
    assertThat(tooMany.code()).isEqualTo(200);
    assertThat(tooMany.errorCode()).isEqualTo(3);
    assertThat(Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&page=0")).errorCode()).isEqualTo(3);
    assertThat(Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&results_per_page=2500")).json()
        .get(0).path("participants")).hasSize(expectedIds(fiveK).size());
  }

  @Test
  void afterRegistrationIdLoopsLikeATimerClientUntilAnEmptyPage() {
    List<Long> seen = new ArrayList<>();
    long after = 0;
    int calls = 0;
    while (true) {
      calls++;
      List<Long> ids = ids(Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&results_per_page=40"
          + "&after_registration_id=" + after)).json().get(0));
      if (ids.isEmpty()) {
        break;
      }
      assertThat(ids.get(0)).isGreaterThan(after);
      seen.addAll(ids);
      after = ids.get(ids.size() - 1);
    }
    assertThat(seen).isEqualTo(expectedIds(fiveK));
    assertThat(calls).isEqualTo(expectedIds(fiveK).size() / 40 + 2 - (expectedIds(fiveK).size() % 40 == 0 ? 1 : 0));
  }

  @Test
  void modifiedAfterTimestampMatchesOnOrAfterSoClientsAddOne() {
    List<ParticipantSnapshot> all = sim.participants(fiveK);
    ParticipantSnapshot pivot = all.stream()
        .filter(p -> all.stream().filter(o -> o.lastModified().equals(p.lastModified())).count() == 1)
        .skip(all.size() / 2).findFirst().orElseThrow();
    long ts = pivot.lastModified().getEpochSecond();
    Set<Long> onOrAfter = fetchIds("modified_after_timestamp=" + ts);
    Set<Long> strictlyAfter = fetchIds("modified_after_timestamp=" + (ts + 1));
    assertThat(onOrAfter).contains(pivot.registrationId());
    assertThat(strictlyAfter).doesNotContain(pivot.registrationId());
    assertThat(onOrAfter).hasSize(strictlyAfter.size() + 1);
    assertThat(onOrAfter).isEqualTo(all.stream().filter(p -> p.lastModified().getEpochSecond() >= ts)
        .map(ParticipantSnapshot::registrationId).collect(Collectors.toSet()));
    assertThat(Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&modified_after_timestamp=yesterday"))
        .errorCode()).isEqualTo(9);
  }

  private Set<Long> fetchIds(String filter) {
    JsonNode body = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&results_per_page=2500&" + filter)).json();
    return new java.util.HashSet<>(ids(body.get(0)));
  }

  @Test
  void severalEventIdsGiveOneWrapperPerEventWithRowsInTheOuterList() {
    long tenK = sim.eventIds().get(1);
    JsonNode body = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "," + tenK + "&results_per_page=5")).json();
    assertThat(body.isArray()).isTrue();
    assertThat(body).hasSize(2);
    assertThat(body.get(0).path("event").path("event_id").asLong()).isEqualTo(fiveK);
    assertThat(body.get(0).path("event").path("participants").isArray()).isTrue();
    assertThat(body.get(0).path("event").path("participants")).isEmpty();
    assertThat(body.get(1).path("event").path("event_id").asLong()).isEqualTo(tenK);
    body.get(1).path("participants").forEach(p -> assertThat(p.path("event_id").asLong()).isEqualTo(tenK));
    assertThat(body.get(1).path("participants")).hasSize(5);
    // no event_id: every event of the race
    assertThat(Rsu.get(sim, Rsu.participants(sim, "results_per_page=1")).json()).hasSize(3);
    assertThat(Rsu.get(sim, Rsu.participants(sim, "event_id=999")).errorCode()).isEqualTo(15);
  }

  @Test
  void rowsCarryRunSignupValueFormats() {
    JsonNode rows = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&results_per_page=100")).json()
        .get(0).path("participants");
    for (JsonNode p : rows) {
      assertThat(p.path("registration_id").isNumber()).isTrue();
      assertThat(p.path("registration_date").asText()).matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{2}:\\d{2}");
      assertThat(p.path("last_modified").isNumber()).isTrue();
      assertThat(p.path("race_fee").asText()).matches("\\$\\d+\\.\\d{2}");
      assertThat(p.path("amount_paid").asText()).matches("\\$\\d+\\.\\d{2}");
      assertThat(p.path("age").asInt()).isBetween(5, 90);
      JsonNode user = p.path("user");
      assertThat(user.path("dob").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(user.path("gender").asText()).isIn("M", "F");
      assertThat(user.path("email").asText()).contains("@");
      assertThat(user.path("phone").asText()).matches("\\d{3}-555-01\\d{2}");
      assertThat(user.path("address").path("zipcode").asText()).matches("\\d{5}");
      assertThat(user.path("address").path("country_code").asText()).isEqualTo("US");
      assertThat(p.has("question_responses")).isFalse();
      assertThat(p.has("participant_addons")).isFalse();
    }
    assertThat(rows.findValuesAsText("team_name")).contains("null");
  }

  @Test
  void questionsAndAddonsOnlyWhenAskedFor() {
    JsonNode rows = Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK
        + "&results_per_page=200&include_questions=T&include_registration_addons=T")).json().get(0).path("participants");
    JsonNode first = rows.get(0).path("question_responses");
    assertThat(first).hasSize(3);
    assertThat(first.get(0).path("question_text").asText()).isEqualTo("T-Shirt Size");
    assertThat(first.get(0).path("question_id").isNumber()).isTrue();
    long withAddons = 0;
    for (JsonNode row : rows) {
      assertThat(row.path("participant_addons").isArray()).isTrue();
      if (!row.path("participant_addons").isEmpty()) {
        withAddons++;
        JsonNode addon = row.path("participant_addons").get(0);
        assertThat(addon.path("amount").asText()).matches("[0-9]+\\.[0-9]{2}");
        assertThat(addon.path("addon_id").isTextual() && addon.path("quantity").isTextual()).isTrue();
        assertThat(addon.has("addon_name")).isTrue();
      }
    }
    assertThat(withAddons).isBetween(10L, 120L);
  }

  @Test
  void descendingSortReversesTheOrder() {
    List<Long> desc = ids(Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK
        + "&results_per_page=2500&sort=registration_id%20DESC")).json().get(0));
    List<Long> asc = new ArrayList<>(expectedIds(fiveK));
    java.util.Collections.reverse(asc);
    assertThat(desc).isEqualTo(asc);
    assertThat(Rsu.get(sim, Rsu.participants(sim, "event_id=" + fiveK + "&sort=shoe_size")).errorCode()).isEqualTo(3);
  }

  @Test
  void xmlIsTheDefaultFormat() {
    Rsu.Reply reply = Rsu.get(sim, "/race/" + sim.raceId() + "/participants?" + Rsu.keys(sim) + "&event_id=" + fiveK
        + "&results_per_page=3");
    assertThat(reply.contentType()).startsWith("application/xml");
    assertThat(reply.body()).startsWith("<?xml").contains("<event_participants><event_participant><event>")
        .contains("<participants><participant><registration_id>");
    JsonNode tree = reply.xml();
    JsonNode rows = tree.path("event_participant").path("participants").path("participant");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).path("registration_id").asLong()).isEqualTo(expectedIds(fiveK).get(0));
    assertThat(rows.get(0).path("user").path("address").path("country_code").asText()).isEqualTo("US");
  }

  @Test
  void removedParticipantsAreSeparateWithReasonsAndTransferTargets() {
    List<RemovedParticipantSnapshot> removed = sim.removedParticipants();
    assertThat(removed).isNotEmpty();
    Set<Long> active = new java.util.HashSet<>();
    for (long e : sim.eventIds()) {
      active.addAll(expectedIds(e));
    }
    JsonNode body = Rsu.get(sim, "/race/" + sim.raceId() + "/removed-participants?format=json&" + Rsu.keys(sim)
        + "&results_per_page=2500").json();
    int rows = 0;
    for (JsonNode wrapper : body) {
      for (JsonNode r : wrapper.path("participants")) {
        rows++;
        assertThat(active).doesNotContain(r.path("registration_id").asLong());
        assertThat(r.path("removed_reason").asText()).isIn("cleared", "removed", "transferred", "deferred");
        assertThat(r.path("removed_date").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(r.path("registration_date").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        if (r.path("removed_reason").asText().equals("transferred")) {
          assertThat(active).contains(r.path("new_registration_id").asLong());
          assertThat(r.path("new_registration_id").asLong()).isGreaterThan(r.path("registration_id").asLong());
        } else {
          assertThat(r.path("new_registration_id").isNull()).isTrue();
        }
      }
    }
    assertThat(rows).isEqualTo(removed.size());
    // same paging as participants
    JsonNode page2 = Rsu.get(sim, "/race/" + sim.raceId() + "/removed-participants?format=json&" + Rsu.keys(sim)
        + "&event_id=" + fiveK + "&results_per_page=1&page=2").json();
    List<RemovedParticipantSnapshot> fiveKRemoved = removed.stream().filter(r -> r.eventId() == fiveK).toList();
    assertThat(ids(page2.get(0))).containsExactly(fiveKRemoved.get(1).registrationId());
    // modified_after_timestamp reads the removal time, on or after
    RemovedParticipantSnapshot latest = removed.stream()
        .max(java.util.Comparator.comparing(RemovedParticipantSnapshot::removedDate)).orElseThrow();
    long ts = latest.removedDate().getEpochSecond();
    JsonNode recent = Rsu.get(sim, "/race/" + sim.raceId() + "/removed-participants?format=json&" + Rsu.keys(sim)
        + "&event_id=" + latest.eventId() + "&modified_after_timestamp=" + ts).json();
    assertThat(ids(recent.get(0))).containsExactly(latest.registrationId());
    assertThat(Rsu.get(sim, "/race/" + sim.raceId() + "/removed-participants?format=json").errorCode()).isEqualTo(7);
  }
}
