package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static dev.racereg.actigo.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.actigo.SyncReport.Status;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.testing.TestOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Batches of any size go out in chunks, in order; every item is reported, partial success kept. */
class ActigoChunkingTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private static List<RegistrationSyncItem> items(int n) {
    return IntStream.range(0, n).mapToObj(i -> RegistrationSyncItem.startNumber(id(i), String.format("%04d", i + 1))).toList();
  }

  private static String echo(int from, int to) {
    List<String> pairs = new ArrayList<>();
    for (int i = from; i < to; i++) {
      pairs.add(id(i));
      pairs.add(String.format("%04d", i + 1));
    }
    return Fixtures.answer("Updated", pairs.toArray(String[]::new));
  }

  private SyncReport<RegistrationSyncItem, ActigoRegistration> sync(List<RegistrationSyncItem> items, int chunkSize) {
    return Fixtures.client(server, test).syncRegistrations(SyncRegistrationsParams.builder()
        .activityId(ACTIVITY).items(items).chunkSize(chunkSize).build());
  }

  private List<String> sentIds() throws InterruptedException {
    List<String> ids = new ArrayList<>();
    for (JsonNode n : Fixtures.tree(server.takeRequest().getBody().utf8())) {
      ids.add(n.get("id").asText());
    }
    return ids;
  }

  @Test
  void aFailureInTheMiddleChunkKeepsTheFirstChunkAndReportsTheRest() throws Exception {
    server.enqueue(Fixtures.json(200, echo(0, 3)));
    server.enqueue(Fixtures.json(400, "{\"message\":\"startNumber 0004 is taken\"}"));

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = sync(items(7), 3);

    assertThat(server.getRequestCount()).isEqualTo(2); // a 400 is not retried, and chunk 3 is never sent
    assertThat(sentIds()).containsExactly(id(0), id(1), id(2));
    assertThat(sentIds()).containsExactly(id(3), id(4), id(5));
    assertThat(report.chunks()).isEqualTo(3);
    assertThat(report.chunksAccepted()).isEqualTo(1);
    assertThat(report.isComplete()).isFalse();
    assertThat(report.items()).extracting(SyncReport.Item::status).containsExactly(
        Status.APPLIED, Status.APPLIED, Status.APPLIED, Status.FAILED, Status.FAILED, Status.FAILED, Status.NOT_SENT);
    assertThat(report.items()).extracting(SyncReport.Item::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(report.items()).extracting(SyncReport.Item::chunk).containsExactly(0, 0, 0, 1, 1, 1, 2);
    assertThat(report.applied()).extracting(i -> i.result().orElseThrow().startNumber().orElseThrow())
        .containsExactly("0001", "0002", "0003");
    assertThat(report.notApplied()).extracting(SyncReport.Item::input).containsExactlyElementsOf(items(7).subList(3, 7));
    assertThat(report.notApplied()).allSatisfy(i -> assertThat(i.error()).get()
        .isInstanceOf(BadRequestException.class).hasFieldOrProperty("message"));
    assertThat(report.item(6).error().orElseThrow().getMessage()).contains("startNumber 0004 is taken");
    assertThat(report.failure()).get().isSameAs(report.item(3).error().orElseThrow());
    assertThat(report.counts()).containsEntry(Status.APPLIED, 3L).containsEntry(Status.FAILED, 3L)
        .containsEntry(Status.NOT_SENT, 1L);
    assertThat(report.toString()).contains("7 items in 3 chunks of 3", "1 accepted");
  }

  @Test
  void aTransientFailureIsRetriedWithinItsChunkBeforeTheChunkIsGivenUp() throws Exception {
    server.enqueue(Fixtures.json(200, echo(0, 2)));
    for (int attempt = 0; attempt < 3; attempt++) {
      server.enqueue(Fixtures.json(503, "{\"message\":\"busy\"}"));
    }

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = sync(items(5), 2);

    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(test.sleeper.sleeps()).hasSize(2);
    assertThat(report.failure()).get().isInstanceOf(ServerException.class);
    assertThat(report.items()).extracting(SyncReport.Item::status).containsExactly(
        Status.APPLIED, Status.APPLIED, Status.FAILED, Status.FAILED, Status.NOT_SENT);
  }

  @Test
  void anyBatchSizeIsSentInDefaultChunksOf500() throws Exception {
    server.enqueue(Fixtures.json(200, echo(0, 500)));
    server.enqueue(Fixtures.json(200, echo(500, 1000)));
    server.enqueue(Fixtures.json(200, echo(1000, 1201)));

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = Fixtures.client(server, test)
        .syncRegistrations(SyncRegistrationsParams.of(ACTIVITY, items(1201)));

    assertThat(sentIds()).hasSize(500).startsWith(id(0)).endsWith(id(499));
    assertThat(sentIds()).hasSize(500).startsWith(id(500));
    assertThat(sentIds()).hasSize(201).endsWith(id(1200));
    assertThat(report.isComplete()).isTrue();
    assertThat(report.results()).hasSize(1201);
    assertThat(report.item(1200).result().orElseThrow().startNumber()).contains("1201");
  }

  @Test
  void answersOutOfOrderAreMatchedById() {
    server.enqueue(Fixtures.json(200, Fixtures.answer("Updated", id(2), "0003", id(0), "0001", id(1), "0002")));

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = sync(items(3), 3);

    assertThat(report.items()).extracting(i -> i.result().orElseThrow().id()).containsExactly(id(0), id(1), id(2));
  }

  @Test
  void anAnswerMissingAnItemLeavesThatItemWithoutAnAnswerInsteadOfDroppingIt() {
    server.enqueue(Fixtures.json(200, Fixtures.answer("Updated", id(0), "0001", id(2), "0003")));

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = sync(items(3), 3);

    assertThat(report.items()).extracting(SyncReport.Item::status)
        .containsExactly(Status.APPLIED, Status.NO_ANSWER, Status.APPLIED);
    assertThat(report.isComplete()).isFalse();
    assertThat(report.failure()).isEmpty();
    assertThat(report.applied()).hasSize(3);
    assertThat(report.throwIfFailed()).isSameAs(report);
  }

  @Test
  void insertedExternalRegistrationsAreMatchedByPosition() {
    SyncPerson lucie = SyncPerson.builder().givenName("Lucie").surname("Horáková").sex(Sex.FEMALE)
        .birthDate(LocalDate.of(1992, 4, 18)).build();
    List<RegistrationSyncItem> items = List.of(RegistrationSyncItem.startNumber(id(0), "0001"),
        RegistrationSyncItem.builder().person(lucie).startNumber("0100").build());
    server.enqueue(Fixtures.json(200, "[" + Fixtures.answer("Unchanged", id(0), "0001").replaceAll("^\\[|]$", "")
        + "," + Fixtures.answer("Created", id(99), "0100").replaceAll("^\\[|]$", "") + "]"));

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = sync(items, 500);

    assertThat(report.item(1).result().orElseThrow().id()).isEqualTo(id(99));
    assertThat(report.item(1).result().orElseThrow().syncResultType()).contains(SyncResultType.CREATED);
  }
}
