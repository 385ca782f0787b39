package dev.racereg.testkit.letsdothis;

import static dev.racereg.testkit.letsdothis.LdtTestSupport.all;
import static dev.racereg.testkit.letsdothis.LdtTestSupport.field;
import static dev.racereg.testkit.letsdothis.LdtTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Java-side API tests use: builder defaults and checks, runtime writes, thread safety. */
class LetsDoThisRuntimeApiTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2025-03-10T12:00:00Z"));
  private final LetsDoThisSimulator sim = LetsDoThisSimulator.builder().clock(clock)
      .participants(120).applications(30).build().start();

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void defaultsWorkOutOfTheBox() {
    try (LetsDoThisSimulator plain = LetsDoThisSimulator.builder().build().start()) {
      assertThat(plain.baseUrl()).endsWith("/v0");
      assertThat(plain.credentials().organiserId()).isEqualTo("204517");
      assertThat(plain.seed()).isEqualTo(42);
      assertThat(plain.events()).hasSize(3);
      assertThat(plain.participantCount()).isEqualTo(300);
      assertThat(plain.applicationCount()).isEqualTo(60);
      assertThat(plain.partners()).hasSize(6);
      assertThat(plain.reservedEntryGroups()).hasSize(6);
      LetsDoThisEvent event = plain.events().get(0);
      assertThat(event.eventOccurrenceIds()).hasSize(2).contains(event.upcomingEventOccurrenceId());
      assertThat(event.raceIds()).hasSize(2);
      assertThat(event.eventId()).matches("\\d{7}");
      assertThat(event.raceIds().get(0)).matches("\\d{10}");
      assertThat(get(plain, plain.credentials().validToken(), "/participants").code()).isEqualTo(200);
    }
  }

  @Test
  void builderRejectsImpossibleOptions() {
    assertThatThrownBy(() -> LetsDoThisSimulator.builder().events(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events");
    assertThatThrownBy(() -> LetsDoThisSimulator.builder().events(9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LetsDoThisSimulator.builder().participants(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participants");
    assertThatThrownBy(() -> LetsDoThisSimulator.builder().tokenValidity(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LetsDoThisSimulator.builder().organiserId(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sim.addParticipant("no-such-race"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-race");
    assertThatThrownBy(() -> sim.updateParticipant("nobody", Map.of("status", "CANCELLED")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sim.addParticipant(sim.raceIds().get(0),
        sim.events().get(2).upcomingEventOccurrenceId(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eightEventsAndEmptyDataSetsAreServed() {
    try (LetsDoThisSimulator wide = LetsDoThisSimulator.builder().events(8).participants(0)
        .applications(0).partners(0).reservedEntryGroupsPerEvent(0).build().start()) {
      assertThat(wide.events()).extracting(LetsDoThisEvent::name).contains(
          "Windermere Sprint Triathlon", "Cotswolds Spring Sportive", "Cardiff Bay Open Water Swim");
      JsonNode empty = get(wide, wide.credentials().validToken(), "/participants").body();
      assertThat(empty.get("data")).isEmpty();
      assertThat(empty.get("page").get("first").isNull()).isTrue();
      assertThat(empty.get("page").get("next").isNull()).isTrue();
      String tri = wide.events().get(3).raceIds().get(0);
      String id = wide.addParticipant(tri);
      JsonNode row = wide.participant(id).orElseThrow();
      assertThat(row.get("distances")).hasSize(3);
      assertThat(row.get("fields").findValuesAsText("id")).contains("britishTriathlonMembershipNumber");
    }
  }

  @Test
  void addedParticipantsTakeTheGivenFieldsAndTheClock() {
    LetsDoThisEvent event = sim.events().get(0);
    String race = event.raceIds().get(1);
    String past = event.eventOccurrenceIds().get(0);
    String id = sim.addParticipant(race, past, Map.of("firstName", "Grace", "lastName", "Hopper",
        "bibNumber", "77", "dietaryRequirements", "Vegan", "status", "PENDING"));
    JsonNode row = get(sim, sim.credentials().validToken(), "/participants/" + id).body();
    assertThat(field(row, "firstName")).isEqualTo("Grace");
    assertThat(field(row, "lastName")).isEqualTo("Hopper");
    assertThat(field(row, "dietaryRequirements")).isEqualTo("Vegan");
    assertThat(field(row, "status")).isEqualTo("PENDING");
    assertThat(row.get("bibNumber").asText()).isEqualTo("77");
    assertThat(row.get("eventOccurrenceId").asText()).isEqualTo(past);
    assertThat(row.get("raceId").asText()).isEqualTo(race);
    assertThat(row.get("ticketTitle").asText()).endsWith("Standard Entry");
    assertThat(row.get("createdAt").asText()).isEqualTo("2025-03-10T12:00:00.000Z");
    assertThat(sim.participantCount()).isEqualTo(121);
    List<JsonNode> inRace = all(sim, sim.credentials().validToken(), "/races/" + race + "/participants",
        "eventOccurrenceId", past);
    assertThat(LdtTestSupport.ids(inRace)).contains(id);
  }

  @Test
  void resolvingAnApplicationShowsInItsNextRead() {
    JsonNode pending = sim.applications().stream()
        .filter(a -> a.get("approvalStatus").asText().equals("PENDING")).findFirst().orElseThrow();
    String id = pending.get("id").asText();
    clock.advance(Duration.ofDays(1));
    sim.updateApplicationStatus(id, "APPROVED");
    JsonNode after = get(sim, sim.credentials().validToken(), "/applications/" + id).body();
    assertThat(after.get("approvalStatus").asText()).isEqualTo("APPROVED");
    assertThat(field(after, "status")).isEqualTo("CONFIRMED");
    assertThat(after.get("updatedAt").asText()).isEqualTo("2025-03-11T12:00:00.000Z");
    assertThat(all(sim, sim.credentials().validToken(), "/applications", "updatedAt[after]",
        "2025-03-11T00:00:00.000Z")).extracting(a -> a.get("id").asText()).containsExactly(id);
  }

  @Test
  void concurrentReadersAndWritersSeeConsistentPages() throws Exception {
    Set<String> generated = new HashSet<>(LdtTestSupport.ids(sim.participants()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> LdtTestSupport.ids(
            all(sim, sim.credentials().validToken(), "/participants", "page[size]", "13"))));
      }
      Future<List<String>> writer = pool.submit(() -> {
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          clock.advance(Duration.ofMillis(1));
          added.add(sim.addParticipant(sim.raceIds().get(i % 2)));
          sim.updateParticipant(added.get(0), Map.of("tShirtSize", "S" + i));
        }
        return added;
      });
      assertThat(writer.get(60, TimeUnit.SECONDS)).hasSize(20);
      for (Future<List<String>> reader : readers) {
        List<String> seen = reader.get(60, TimeUnit.SECONDS);
        assertThat(seen).doesNotHaveDuplicates().containsAll(generated);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sim.participantCount()).isEqualTo(140);
    assertThat(sim.requests()).allSatisfy(r -> assertThat(r.path()).startsWith("/v0/"));
  }
}
