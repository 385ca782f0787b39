package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.unified.BibAssignment;
import dev.racereg.core.unified.BibPushOutcome;
import dev.racereg.core.unified.BibPushOutcome.Status;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class BibPushTargetTest extends RsuTestSupport {

  private static final String BIB_TAKEN =
      "{\"error\":{\"error_code\":115,\"error_msg\":\"Bib number invalid: bib 12 is already assigned\"}}";

  private static List<BibAssignment> assignments(String... idAndBib) {
    java.util.ArrayList<BibAssignment> out = new java.util.ArrayList<>();
    for (int i = 0; i < idAndBib.length; i += 2) {
      out.add(new BibAssignment(idAndBib[i], idAndBib[i + 1]));
    }
    return out;
  }

  private static List<Status> results(List<BibPushOutcome> outcomes) {
    return outcomes.stream().map(BibPushOutcome::status).toList();
  }

  @Test
  void bibsAreSetInBatchesWithOneOutcomePerAssignmentInOrder() {
    enqueueJson("{\"participants\":[{\"registration_id\":1,\"event_id\":9,\"bib_num\":11},"
        + "{\"registration_id\":2,\"event_id\":9,\"bib_num\":12}]}");
    enqueueJson("{\"success\":true}");
    RunSignupBibPushTarget target = new RunSignupBibPushTarget(client(), RACE, 2);

    List<BibPushOutcome> outcomes = target.pushBibs(assignments("1", "11", "2", "12", "3", "13"));

    assertThat(target.provider()).isEqualTo("runsignup");
    assertThat(results(outcomes)).containsExactly(Status.APPLIED, Status.APPLIED, Status.APPLIED);
    assertThat(outcomes).extracting(o -> o.assignment().nativeId()).containsExactly("1", "2", "3");
    RecordedRequest first = take();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/Rest/race/12345/participants");
    JsonNode doc = json(form(first).get("request"));
    assertThat(doc).isEqualTo(json("{\"participants\":[{\"registration_id\":1,\"bib_num\":11},"
        + "{\"registration_id\":2,\"bib_num\":12}]}"));
    assertThat(json(form(take()).get("request"))).isEqualTo(json("{\"participants\":[{\"registration_id\":3,\"bib_num\":13}]}"));
  }

  @Test
  void aRefusedBatchIsRetriedRowByRowSoEachRowHasItsOwnOutcome() {
    enqueueJson(BIB_TAKEN);
    enqueueJson("{\"participants\":[{\"registration_id\":1,\"event_id\":9,\"bib_num\":11}]}");
    enqueueJson(BIB_TAKEN);
    enqueueJson("{\"participants\":[{\"registration_id\":3,\"event_id\":9,\"bib_num\":13}]}");

    List<BibPushOutcome> outcomes = client().bibPushTarget(RACE).pushBibs(assignments("1", "11", "2", "12", "3", "13"));

    assertThat(results(outcomes)).containsExactly(Status.APPLIED, Status.FAILED, Status.APPLIED);
    assertThat(outcomes.get(1).message()).hasValueSatisfying(m -> assertThat(m).contains("115")
        .contains("already assigned"));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRowEchoedWithAnotherBibFailed() {
    enqueueJson("{\"participants\":[{\"registration_id\":1,\"event_id\":9,\"bib_num\":99}]}");
    List<BibPushOutcome> outcomes = client().bibPushTarget(RACE).pushBibs(assignments("1", "11"));
    assertThat(outcomes.get(0).status()).isEqualTo(Status.FAILED);
    assertThat(outcomes.get(0).message()).contains("RunSignup kept bib 99");
  }

  @Test
  void aRefusalOfTheCredentialsFailsEveryBatchWithoutSendingTheRest() {
    enqueueJson("{\"error\":{\"error_code\":7,\"error_msg\":\"Permission denied\"}}");
    List<BibPushOutcome> outcomes = new RunSignupBibPushTarget(client(), RACE, 1)
        .pushBibs(assignments("1", "11", "2", "12"));
    assertThat(results(outcomes)).containsExactly(Status.FAILED, Status.FAILED);
    assertThat(outcomes.get(1).message()).hasValueSatisfying(m -> assertThat(m).startsWith("not sent: "));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aLostAnswerLeavesTheOutcomeUnknown() {
    RunSignupClient noRetry = RunSignupClient.builder().credentials(RunSignupCredentials.apiKey(KEY, SECRET))
        .options(test.builder(baseUrl()).retryPolicy(RetryPolicy.none()).build()).build();
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    enqueueJson("{\"success\":true}");
    List<BibPushOutcome> outcomes = new RunSignupBibPushTarget(noRetry, RACE, 1).pushBibs(assignments("1", "11", "2", "12"));
    assertThat(results(outcomes)).containsExactly(Status.UNKNOWN, Status.APPLIED);
  }

  @Test
  void assignmentsAreValidatedBeforeAnythingIsSent() {
    RunSignupBibPushTarget target = client().bibPushTarget(RACE);
    assertField(() -> target.pushBibs(assignments("abc", "11")), "assignments[0].nativeId", "registration id");
    assertField(() -> target.pushBibs(assignments("1", "11", "1", "12")), "assignments[1].nativeId", "repeat");
    assertField(() -> target.pushBibs(assignments("1", "11", "2", "11")), "assignments[1].bib", "unique");
    assertField(() -> target.pushBibs(assignments("1", "11", "2", "007")), "assignments[1].bib", "leading zeros");
    assertThat(server.getRequestCount()).isZero();
  }

  private static void assertField(Runnable action, String field, String rule) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).contains(rule);
    });
  }
}
