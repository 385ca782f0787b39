package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.core.unified.Result;
import dev.racereg.core.unified.ResultPushOutcome;
import dev.racereg.core.unified.ResultPushOutcome.Status;
import dev.racereg.core.unified.ResultStatus;
import dev.racereg.core.unified.Split;
import dev.racereg.testkit.runsignup.ParticipantSnapshot;
import dev.racereg.testkit.runsignup.ResultSetSnapshot;
import dev.racereg.testkit.runsignup.ResultSnapshot;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unified results into result sets found by name or created once, against the simulator. */
class ResultPushTargetTest {

  private final TestOptions test = new TestOptions();
  private RunSignupSimulator sim;
  private RunSignupResultPushTarget target;

  @BeforeEach
  void start() {
    sim = RunSignupSimulator.builder().participants(120).clock(test.clock).build().start();
    RunSignupClient client = RunSignupClient.builder()
        .credentials(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret()))
        .options(test.options(sim.baseUrl())).build();
    RunSignupResultPushTarget.Builder b = RunSignupResultPushTarget.builder(client).raceId(sim.raceId())
        .resultSetName("Overall");
    sim.eventIds().forEach(b::eventId);
    target = b.build();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void rowsGoIntoOneSetPerEventMatchedByRegistrationIdEvenWhenOnlyTheBibWasGiven() {
    long first = sim.eventIds().get(0);
    long second = sim.eventIds().get(1);
    ParticipantSnapshot withBib = sim.participants(first).stream().filter(p -> p.bibNum() != null).findFirst().orElseThrow();
    ParticipantSnapshot other = sim.participants(second).get(0);
    ParticipantSnapshot dnf = sim.participants(second).get(1);
    List<Result> rows = List.of(
        Result.builder().bib(withBib.bibNum().toString()).chipTime(Duration.parse("PT21M4.5S"))
            .gunTime(Duration.parse("PT21M30S")).overallPlace(1).genderPlace(1).build(),
        Result.builder().registrationId(Long.toString(other.registrationId())).chipTime(Duration.ofMinutes(50))
            .overallPlace(1).addSplit(Split.named("Halfway", Duration.ofMinutes(24))).build(),
        Result.builder().registrationId(Long.toString(dnf.registrationId())).status(ResultStatus.DNF).build(),
        Result.builder().registrationId("999999999").chipTime(Duration.ofMinutes(60)).build());

    List<ResultPushOutcome> outcomes = target.pushResults(rows);

    assertThat(outcomes).extracting(ResultPushOutcome::result).containsExactlyElementsOf(rows);
    assertThat(outcomes).extracting(ResultPushOutcome::status)
        .containsExactly(Status.APPLIED, Status.APPLIED, Status.NOT_SENT, Status.NOT_SENT);
    assertThat(outcomes.get(0).message()).get().asString().contains("gender and category places left out");
    assertThat(outcomes.get(1).message()).get().asString().contains("splits left out");
    assertThat(outcomes.get(2).message()).get().asString().contains("DNF");
    assertThat(outcomes.get(3).message()).get().asString().contains("event is unknown");
    List<ResultSetSnapshot> sets = sim.resultSets();
    assertThat(sets).extracting(ResultSetSnapshot::name).containsExactly("Overall", "Overall");
    assertThat(sets).extracting(ResultSetSnapshot::eventId).containsExactlyInAnyOrder(first, second);
    ResultSnapshot stored = sim.results(set(first).resultSetId()).get(0);
    assertThat(stored.registrationId()).isEqualTo(withBib.registrationId());
    assertThat(stored.chipTime()).startsWith("0:21:04.5");
    assertThat(stored.clockTime()).isEqualTo("0:21:30");
    assertThat(stored.place()).isEqualTo(1);
  }

  @Test
  void aResendFindsTheSetByNameAndReplacesTheSameRows() {
    long event = sim.eventIds().get(0);
    List<Result> rows = new ArrayList<>();
    List<ParticipantSnapshot> people = sim.participants(event);
    for (int i = 0; i < 30; i++) { // more than one batch of 25
      rows.add(Result.builder().registrationId(Long.toString(people.get(i).registrationId()))
          .chipTime(Duration.ofSeconds(1200 + i)).overallPlace(i + 1).build());
    }

    assertThat(target.pushResults(rows)).allMatch(ResultPushOutcome::succeeded);
    RunSignupResultPushTarget fresh = RunSignupResultPushTarget.builder(RunSignupClient.builder()
        .credentials(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret())).options(test.options(sim.baseUrl()))
        .build()).raceId(sim.raceId()).eventId(event).resultSetName("overall").build();
    assertThat(fresh.pushResults(rows)).allMatch(ResultPushOutcome::succeeded);

    assertThat(sim.resultSets()).hasSize(1);
    assertThat(sim.results(set(event).resultSetId())).hasSize(30);
  }

  @Test
  void theSameRegistrationTwiceOrAnIdThatIsNotRunSignupsIsRefusedBeforeSending() {
    assertThatThrownBy(() -> target.pushResults(List.of(Result.builder().registrationId("12").build(),
        Result.builder().registrationId("12").build()))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("results[1].registrationId");
    assertThatThrownBy(() -> target.pushResults(List.of(Result.builder().registrationId("abc").build())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("positive whole number");
    assertThat(sim.resultSets()).isEmpty();
  }

  private ResultSetSnapshot set(long eventId) {
    return sim.resultSets().stream().filter(s -> s.eventId() == eventId).findFirst().orElseThrow();
  }
}
