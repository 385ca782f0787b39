package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static dev.racereg.actigo.Fixtures.PERSON;
import static dev.racereg.actigo.Fixtures.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.core.unified.BibAssignment;
import dev.racereg.core.unified.Result;
import dev.racereg.core.unified.ResultPushOutcome;
import dev.racereg.core.unified.ResultPushOutcome.Status;
import dev.racereg.core.unified.ResultStatus;
import dev.racereg.core.unified.Split;
import dev.racereg.testkit.actigo.ActigoSimulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Unified results published through the results sync, and person ids sent with start numbers. */
class ActigoResultPushTargetTest {

  private static final Instant GUN = Instant.parse("2025-05-01T08:00:00Z");

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private ActigoClient mockClient() {
    return ActigoClient.builder().credentials(ActigoCredentials.of(Fixtures.KEY_NAME, Fixtures.KEY_SECRET))
        .options(test.builder(server.url("/api").toString()).retryPolicy(RetryPolicy.none()).build()).build();
  }

  private static String download() {
    return "[{\"id\":\"" + REGISTRATION + "\",\"state\":\"Confirmed\",\"startNumber\":\"0007\","
        + "\"person\":{\"id\":\"" + PERSON + "\",\"givenName\":\"Martin\",\"surname\":\"Dufek\"}}]";
  }

  @Test
  void aResultIsSentWithThePersonFromTheDownloadTimeInMillisecondsPlacesAndSplitsAsInstants() throws Exception {
    server.enqueue(Fixtures.json(200, download()));
    server.enqueue(Fixtures.json(200, "[{\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"person\":{\"id\":\"" + PERSON
        + "\"},\"syncResultType\":\"Created\"}]"));
    Result result = Result.builder().bib("0007").chipTime(Duration.parse("PT42M10.5S"))
        .gunTime(Duration.parse("PT42M30S")).overallPlace(3).genderPlace(2).categoryPlace(1).category("M40")
        .addSplit(Split.atDistance(new BigDecimal("5.0"), Duration.ofMinutes(20)))
        .addSplit(Split.named("Bridge", Duration.ofMinutes(30))).build();

    List<ResultPushOutcome> outcomes = ActigoResultPushTarget.builder(mockClient(), ACTIVITY).raceStart(GUN).build()
        .pushResults(List.of(result));

    assertThat(outcomes).extracting(ResultPushOutcome::status).containsExactly(Status.APPLIED);
    assertThat(outcomes.get(0).message()).get().asString().contains("1 split(s) left out");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo(Fixtures.REGISTRATIONS_PATH);
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getUrl().encodedPath()).isEqualTo(Fixtures.RESULTS_PATH);
    JsonNode sent = Fixtures.tree(put.getBody().utf8()).get(0);
    assertThat(sent.toString()).isEqualTo("{\"category\":\"M40\",\"person\":{\"id\":\"" + PERSON + "\"},"
        + "\"position\":3,\"positionByCategory\":1,\"positionBySex\":2,\"startNumber\":\"0007\",\"time\":2530500,"
        + "\"splitTimes\":[{\"distance\":5,\"time\":\"2025-05-01T08:20:00Z\"}]}");
  }

  @Test
  void rowsActigoCannotTakeAreNotSentAndSayWhyWhileTheRestGo() throws Exception {
    server.enqueue(Fixtures.json(200, download()));
    server.enqueue(Fixtures.json(200, "[{\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"person\":{\"id\":\"" + PERSON
        + "\"},\"syncResultType\":\"Skipped\"}]"));
    List<Result> rows = List.of(
        Result.builder().bib("0008").chipTime(Duration.ofMinutes(40)).build(),
        Result.builder().registrationId(REGISTRATION).gunTime(Duration.ofMinutes(41)).build(),
        Result.builder().registrationId(Fixtures.id(9)).status(ResultStatus.DNF).build(),
        Result.builder().registrationId(Fixtures.id(10)).chipTime(Duration.ofMinutes(44)).build());

    List<ResultPushOutcome> outcomes = ActigoResultPushTarget.builder(mockClient(), ACTIVITY).build().pushResults(rows);

    assertThat(outcomes).extracting(ResultPushOutcome::result).containsExactlyElementsOf(rows);
    assertThat(outcomes).extracting(ResultPushOutcome::status)
        .containsExactly(Status.NOT_SENT, Status.REJECTED, Status.NOT_SENT, Status.NOT_SENT);
    assertThat(outcomes.get(0).message()).get().asString().contains("start number 0008");
    assertThat(outcomes.get(1).message()).get().asString().contains("Skipped");
    assertThat(outcomes.get(2).message()).get().asString().contains("DNF");
    assertThat(outcomes.get(3).message()).get().asString().contains("no registration " + Fixtures.id(10));
    server.takeRequest();
    assertThat(Fixtures.tree(server.takeRequest().getBody().utf8())).hasSize(1);
  }

  @Test
  void theSameParticipantTwiceIsRefusedBeforeAnythingIsSent() {
    List<Result> rows = List.of(Result.builder().bib("1").build(), Result.builder().bib("1").build());
    assertThatThrownBy(() -> ActigoResultPushTarget.builder(mockClient(), ACTIVITY).build().pushResults(rows))
        .isInstanceOf(ValidationException.class).hasMessageContaining("results[1].bib");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theBibPushSendsThePersonIdItFoundInTheDownload() throws Exception {
    server.enqueue(Fixtures.json(200, download()));
    server.enqueue(Fixtures.json(200, Fixtures.answer("Updated", REGISTRATION, "0042")));

    mockClient().bibPushTarget(ACTIVITY).pushBibs(List.of(new BibAssignment(REGISTRATION, "0042")));

    server.takeRequest();
    assertThat(Fixtures.tree(server.takeRequest().getBody().utf8()).get(0).toString()).isEqualTo(
        "{\"id\":\"" + REGISTRATION + "\",\"startNumber\":\"0042\",\"person\":{\"id\":\"" + PERSON + "\"}}");
  }

  @Test
  void aFailedDownloadStillPushesTheBibsWithoutPersonIds() throws Exception {
    server.enqueue(Fixtures.json(503, "{\"message\":\"busy\"}"));
    server.enqueue(Fixtures.json(200, Fixtures.answer("Updated", REGISTRATION, "0042")));

    assertThat(mockClient().bibPushTarget(ACTIVITY).pushBibs(List.of(new BibAssignment(REGISTRATION, "0042"))))
        .allMatch(o -> o.succeeded());

    server.takeRequest();
    assertThat(Fixtures.tree(server.takeRequest().getBody().utf8()).get(0).has("person")).isFalse();
  }

  @Test
  void resultsLandInTheSimulatorAndAResendChangesNothing() {
    try (ActigoSimulator sim = ActigoSimulator.builder().seed(7).registrations(30).start()) {
      ActigoClient client = ActigoClient.builder().credentials(ActigoCredentials.of(sim.credentials().keyName(), sim.credentials().keySecret()))
          .options(test.options(sim.baseUrl())).build();
      List<Result> rows = sim.registrations(sim.activityId()).stream().limit(5)
          .map(r -> Result.builder().registrationId(r.id()).chipTime(Duration.ofMinutes(40 + r.id().length() % 3))
              .overallPlace(1 + sim.registrations(sim.activityId()).indexOf(r)).build()).toList();
      ActigoResultPushTarget target = ActigoResultPushTarget.builder(client, sim.activityId()).build();

      assertThat(target.pushResults(rows)).allMatch(ResultPushOutcome::succeeded);
      assertThat(target.pushResults(rows)).allMatch(ResultPushOutcome::succeeded);

      assertThat(sim.results(sim.activityId())).hasSize(5)
          .extracting(dev.racereg.testkit.actigo.ActigoResultRow::position).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }
  }
}
