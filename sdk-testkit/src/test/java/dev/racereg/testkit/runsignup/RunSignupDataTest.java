package dev.racereg.testkit.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunSignupDataTest {

  private static String page(RunSignupSimulator sim) {
    return Rsu.get(sim, Rsu.participants(sim, "results_per_page=60&page=2&include_questions=T&include_registration_addons=T"))
        .body();
  }

  @Test
  void sameSeedSameDataAndCredentialsDifferentSeedDifferentData() {
    try (RunSignupSimulator a = RunSignupSimulator.builder().seed(7).build().start();
         RunSignupSimulator b = RunSignupSimulator.builder().seed(7).build().start();
         RunSignupSimulator c = RunSignupSimulator.builder().seed(8).build().start()) {
      assertThat(page(a)).isEqualTo(page(b));
      assertThat(page(a)).isNotEqualTo(page(c));
      assertThat(a.credentials().apiKey()).isEqualTo(b.credentials().apiKey()).isNotEqualTo(c.credentials().apiKey());
      assertThat(a.removedParticipants()).isEqualTo(b.removedParticipants());
      assertThat(a.eventIds()).isEqualTo(c.eventIds());
    }
  }

  @Test
  void dataLooksLikeAnOhioRoadRace() {
    try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(3000).build()) {
      List<ParticipantSnapshot> all = new ArrayList<>();
      sim.eventIds().forEach(e -> all.addAll(sim.participants(e)));
      assertThat(all).hasSize(3000);
      assertThat(sim.participantCount()).isEqualTo(3000);
      Map<Long, Long> perEvent = all.stream().collect(Collectors.groupingBy(ParticipantSnapshot::eventId, Collectors.counting()));
      assertThat(perEvent.get(sim.eventIds().get(0))).isBetween(1200L, 1500L);
      assertThat(perEvent.get(sim.eventIds().get(2))).isBetween(600L, 900L);
      long women = all.stream().filter(p -> p.user().gender().equals("F")).count();
      assertThat(women).isBetween(1500L, 1850L);
      long ohio = all.stream().filter(p -> p.user().address().state().equals("OH")).count();
      assertThat(ohio).isGreaterThan(2400);
      assertThat(all.stream().map(p -> p.user().email()).distinct().count()).isGreaterThan(2000);
      assertThat(all.stream().filter(p -> p.teamName() != null).count()).isBetween(250L, 480L);
      assertThat(all.stream().filter(p -> p.bibNum() == null).count()).isBetween(50L, 900L);
      assertThat(all.stream().map(ParticipantSnapshot::bibNum).filter(b -> b != null).distinct().count())
          .isEqualTo(all.stream().filter(p -> p.bibNum() != null).count());
      // half marathoners are at least 16 on race day
      assertThat(all.stream().filter(p -> p.eventId() == sim.eventIds().get(2)).mapToInt(ParticipantSnapshot::age).min()
          .orElseThrow()).isGreaterThanOrEqualTo(16);
      assertThat(all).allMatch(p -> p.amountPaidCents() > 0 && p.registrationDate().isBefore(sim.anchor()));
      Map<String, Long> reasons = sim.removedParticipants().stream()
          .collect(Collectors.groupingBy(RemovedParticipantSnapshot::removedReason, Collectors.counting()));
      assertThat(reasons).containsOnlyKeys("cleared", "removed", "transferred", "deferred");
      Map<Long, ParticipantSnapshot> byId = all.stream().collect(Collectors.toMap(ParticipantSnapshot::registrationId,
          Function.identity()));
      sim.removedParticipants().stream().filter(r -> r.newRegistrationId() != null)
          .forEach(r -> assertThat(byId).containsKey(r.newRegistrationId()));
    }
  }

  @Test
  void twoHundredThousandParticipantsPageWithoutHoldingTheRace() {
    try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(200_000).build().start()) {
      sim.recordRequests(false);
      assertThat(sim.participantCount()).isEqualTo(200_000);
      JsonNode deep = Rsu.get(sim, Rsu.participants(sim, "event_id=" + sim.eventIds().get(0)
          + "&results_per_page=2500&page=30")).json();
      assertThat(deep).hasSize(1);
      assertThat(deep.get(0).path("participants")).hasSize(2500);
      long last = deep.get(0).path("participants").get(2499).path("registration_id").asLong();
      JsonNode next = Rsu.get(sim, Rsu.participants(sim, "event_id=" + sim.eventIds().get(0)
          + "&results_per_page=2500&after_registration_id=" + last)).json();
      JsonNode page31 = Rsu.get(sim, Rsu.participants(sim, "event_id=" + sim.eventIds().get(0)
          + "&results_per_page=2500&page=31")).json();
      assertThat(next.get(0).path("participants")).isEqualTo(page31.get(0).path("participants"));
      assertThat(next.get(0).path("participants").get(0).path("registration_id").asLong()).isGreaterThan(last);
      // past the end: an empty page, not an error
      JsonNode beyond = Rsu.get(sim, Rsu.participants(sim, "event_id=" + sim.eventIds().get(2)
          + "&results_per_page=2500&page=400")).json();
      assertThat(beyond.get(0).path("participants")).isEmpty();
    }
  }

  @Test
  void builderRefusesNonsense() {
    assertThatThrownBy(() -> RunSignupSimulator.builder().events(4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RunSignupSimulator.builder().participants(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RunSignupSimulator.builder().raceId(0)).isInstanceOf(IllegalArgumentException.class);
    try (RunSignupSimulator one = RunSignupSimulator.builder().events(1).participants(0).raceId(777).build().start()) {
      assertThat(one.eventIds()).containsExactly(77701L);
      JsonNode body = Rsu.get(one, Rsu.participants(one, "")).json();
      assertThat(body).hasSize(1);
      assertThat(body.get(0).path("participants")).isEmpty();
      assertThat(one.removedParticipants()).isEmpty();
    }
  }
}
