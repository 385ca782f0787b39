package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static dev.racereg.actigo.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.core.unified.BibAssignment;
import dev.racereg.core.unified.BibPushOutcome;
import dev.racereg.core.unified.BibPushOutcome.Status;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Start numbers pushed through the JSON sync, with each outcome mapped from Actigo's answer. */
class ActigoBibPushTargetTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private ActigoBibPushTarget target(int chunkSize) {
    ActigoClient client = ActigoClient.builder().credentials(ActigoCredentials.of(Fixtures.KEY_NAME, Fixtures.KEY_SECRET))
        .options(test.builder(server.url("/api").toString()).retryPolicy(RetryPolicy.none()).build()).build();
    return ActigoBibPushTarget.builder(client, ACTIVITY).chunkSize(chunkSize).build();
  }

  private static String item(String id, String startNumber, String type) {
    return "{\"id\":\"" + id + "\",\"state\":\"Confirmed\"," + (startNumber == null ? "" : "\"startNumber\":\"" + startNumber + "\",")
        + "\"person\":{}" + (type == null ? "" : ",\"syncResultType\":\"" + type + "\"") + "}";
  }

  @Test
  void everySyncResultTypeMapsToItsOutcome() throws Exception {
    server.enqueue(Fixtures.json(200, "[" + String.join(",",
        item(id(0), "0001", "Updated"),
        item(id(1), "0002", "Unchanged"),
        item(id(2), "0003", "Skipped"),
        item(id(3), "0004", "Created"),
        item(id(4), "0005", "Deleted"),
        item(id(5), "0006", "Renumbered"),
        item(id(6), "0007", null),
        item(id(7), "0099", "Updated"),
        item(id(8), null, "Unchanged")) + "]"));
    List<BibAssignment> assignments = List.of(
        new BibAssignment(id(0), "0001"), new BibAssignment(id(1), "0002"), new BibAssignment(id(2), "0003"),
        new BibAssignment(id(3), "0004"), new BibAssignment(id(4), "0005"), new BibAssignment(id(5), "0006"),
        new BibAssignment(id(6), "0007"), new BibAssignment(id(7), "0008"), new BibAssignment(id(8), "0009"));

    List<BibPushOutcome> outcomes = target(500).pushBibs(assignments);

    assertThat(outcomes).extracting(BibPushOutcome::assignment).containsExactlyElementsOf(assignments);
    assertThat(outcomes).extracting(BibPushOutcome::status).containsExactly(Status.APPLIED, Status.UNCHANGED,
        Status.SKIPPED, Status.APPLIED, Status.FAILED, Status.UNKNOWN, Status.UNKNOWN, Status.UNKNOWN, Status.UNKNOWN);
    assertThat(outcomes.get(2).message()).get().asString().contains("not supported");
    assertThat(outcomes.get(5).message()).get().asString().contains("Renumbered");
    assertThat(outcomes.get(7).message()).get().asString().contains("holds start number '0099'");
    assertThat(Fixtures.tree(server.takeRequest().getBody().utf8()).get(0).toString())
        .isEqualTo("{\"id\":\"" + id(0) + "\",\"startNumber\":\"0001\"}");
  }

  @Test
  void failedChunksMapToFailedOrUnknownByWhetherActigoMayHaveAppliedThem() {
    server.enqueue(Fixtures.json(200, "[" + item(id(0), "1", "Updated") + "]"));
    server.enqueue(Fixtures.json(200, "[" + item(id(2), "3", "Updated") + "]")); // id(1) missing
    server.enqueue(Fixtures.json(502, "{\"message\":\"gateway\"}"));
    List<BibAssignment> assignments = List.of(new BibAssignment(id(0), "1"), new BibAssignment(id(1), "2"),
        new BibAssignment(id(2), "3"), new BibAssignment(id(3), "4"), new BibAssignment(id(4), "5"),
        new BibAssignment(id(5), "6"), new BibAssignment(id(6), "7"));

    List<BibPushOutcome> outcomes = target(2).pushBibs(assignments.subList(0, 1));
    assertThat(outcomes).extracting(BibPushOutcome::status).containsExactly(Status.APPLIED);

    outcomes = target(2).pushBibs(assignments.subList(1, 7));
    assertThat(outcomes).extracting(BibPushOutcome::status).containsExactly(
        Status.UNKNOWN, Status.APPLIED, Status.UNKNOWN, Status.UNKNOWN, Status.FAILED, Status.FAILED);
    assertThat(outcomes.get(0).message()).get().asString().contains("no entry");
    assertThat(outcomes.get(2).message()).get().asString().contains("HTTP 502");
    assertThat(outcomes.get(4).message()).get().asString().startsWith("not sent");
  }

  @Test
  void aRefusedChunkFailsItsAssignments() {
    server.enqueue(Fixtures.json(403, "{\"message\":\"not a member\"}"));
    List<BibPushOutcome> outcomes = target(500).pushBibs(List.of(new BibAssignment(id(0), "1")));
    assertThat(outcomes).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(Status.FAILED);
      assertThat(o.message()).get().asString().contains("HTTP 403");
    });
  }

  @Test
  void aRefusedConnectionFailsAndAnUnreadableAnswerIsUnknown() throws Exception {
    server.enqueue(Fixtures.json(200, "not json"));
    assertThat(target(500).pushBibs(List.of(new BibAssignment(id(0), "1")))).extracting(BibPushOutcome::status)
        .containsExactly(Status.UNKNOWN);
    ActigoBibPushTarget closed = target(500);
    server.close();
    assertThat(closed.pushBibs(List.of(new BibAssignment(id(0), "1")))).extracting(BibPushOutcome::status)
        .containsExactly(Status.FAILED);
  }
}
