package dev.racereg.letsdothis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ServerException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.paging.Page;
import dev.racereg.core.testing.TestOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Cursor paging: following pages keep every parameter and the key, and stop where they should. */
class LetsDoThisPagingTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private LetsDoThisClient client() {
    return Fixtures.client(server.url("/v0").toString(), test);
  }

  private static String page(List<String> ids, long total, String next) {
    String data = ids.stream().map(id -> "{\"id\":\"" + id + "\",\"fields\":[{\"id\":\"status\",\"value\":\"CONFIRMED\"}]}")
        .collect(Collectors.joining(","));
    return "{\"data\":[" + data + "],\"page\":{\"totalResults\":" + total + ",\"first\":\"" + (ids.isEmpty() ? "" : ids.get(0))
        + "\",\"last\":\"x\",\"prev\":null,\"next\":" + (next == null ? "null" : "\"" + next + "\"") + "}}";
  }

  @Test
  void autoPagingCrossesPageBoundariesKeepingParametersAndKey() throws Exception {
    server.enqueue(Fixtures.json(200, page(List.of("a", "b"), 5, "cur+1/=")));
    server.enqueue(Fixtures.json(200, page(List.of("c", "d"), 5, "cur2")));
    server.enqueue(Fixtures.json(200, page(List.of("e"), 5, null)));

    Page<LetsDoThisParticipant> first = client().listRaceParticipants(ListRaceParticipantsParams.builder()
        .raceId("r1").eventOccurrenceId("o1").pageSize(2).updatedAfter(Instant.parse("2024-01-01T00:00:00Z"))
        .sortUpdatedAt(SortOrder.ASCENDING).extendMetadata(true).build());

    assertThat(first.totalResults()).hasValue(5);
    assertThat(first.items()).hasSize(2);
    assertThat(first.nextCursor()).contains("cur+1/=");
    List<String> ids = first.autoPagingStream().map(p -> p.id().orElseThrow()).collect(Collectors.toList());
    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    assertThat(server.getRequestCount()).isEqualTo(3);

    String common = "eventOccurrenceId=o1&updatedAt%5Bafter%5D=2024-01-01T00%3A00%3A00.000Z&page%5Bsize%5D=2";
    RecordedRequest r1 = server.takeRequest();
    RecordedRequest r2 = server.takeRequest();
    RecordedRequest r3 = server.takeRequest();
    assertThat(r1.getTarget()).isEqualTo("/v0/races/r1/participants?" + common
        + "&sort%5BupdatedAt%5D=1&extendMetadata=true");
    // the opaque cursor is percent-encoded as a query value and read back unchanged
    assertThat(r2.getTarget()).isEqualTo("/v0/races/r1/participants?" + common
        + "&page%5Bafter%5D=cur%2B1%2F%3D&sort%5BupdatedAt%5D=1&extendMetadata=true");
    assertThat(r2.getUrl().queryParameter("page[after]")).isEqualTo("cur+1/=");
    assertThat(r3.getUrl().queryParameter("page[after]")).isEqualTo("cur2");
    for (RecordedRequest r : List.of(r1, r2, r3)) {
      assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + Fixtures.validKey());
    }
  }

  @Test
  void theIterableReadsTheSamePagesAndEachIterationStartsAfresh() {
    server.enqueue(Fixtures.json(200, page(List.of("a"), 2, "n")));
    for (int i = 0; i < 2; i++) {
      server.enqueue(Fixtures.json(200, page(List.of("b"), 2, null)));
    }
    Page<Partner> first = client().listPartners(ListPartnersParams.builder().pageSize(1).build());
    List<String> once = new ArrayList<>();
    first.autoPagingIterable().forEach(p -> once.add(p.id().orElseThrow()));
    List<String> twice = new ArrayList<>();
    first.autoPagingIterable().forEach(p -> twice.add(p.id().orElseThrow()));

    assertThat(once).containsExactly("a", "b");
    assertThat(twice).isEqualTo(once);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aStartingBeforeCursorIsDroppedWhenFollowingNext() throws Exception {
    server.enqueue(Fixtures.json(200, page(List.of("a"), 2, "n1")));
    server.enqueue(Fixtures.json(200, page(List.of("b"), 2, null)));

    client().listApplications(ListApplicationsParams.builder().pageBefore("b0").build())
        .autoPagingStream().count();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v0/applications?page%5Bbefore%5D=b0");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v0/applications?page%5Bafter%5D=n1");
  }

  @Test
  void anEmptyResultIsOneEmptyLastPage() {
    server.enqueue(Fixtures.json(200, Fixtures.emptyPage()));

    Page<LetsDoThisApplication> first = client().listApplications();

    assertThat(first.items()).isEmpty();
    assertThat(first.totalResults()).hasValue(0);
    assertThat(first.hasNextPage()).isFalse();
    assertThat(first.autoPagingStream()).isEmpty();
    assertThatThrownBy(first::nextPage).isInstanceOf(NoSuchElementException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anEmptyPageWithANextCursorEndsTheList() {
    // the doc's own sample shows a next cursor on a one-result list: never loop on it
    server.enqueue(Fixtures.json(200, page(List.of(), 0, "stale")));

    assertThat(client().listParticipants().autoPagingStream()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCursorThatDoesNotMoveEndsTheList() {
    server.enqueue(Fixtures.json(200, page(List.of("a"), 9, "same")));
    server.enqueue(Fixtures.json(200, page(List.of("b"), 9, "same")));

    assertThat(client().listParticipants().autoPagingStream().count()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theDocsEnvelopeSampleParses() {
    server.enqueue(Fixtures.fixture("page-envelope.json"));
    server.enqueue(Fixtures.json(200, Fixtures.emptyPage()));

    Page<LetsDoThisApplication> first = client().listApplications();

    assertThat(first.totalResults()).hasValue(1);
    assertThat(first.items()).singleElement().satisfies(a -> assertThat(a.id()).contains("6399c20015d60ae3ff28f24c"));
    assertThat(first.nextCursor()).contains("6399c20015d60ae3ff28f24c");
  }

  @Test
  void aPageWithoutPageInfoIsTheLast() {
    server.enqueue(Fixtures.json(200, "{\"data\":[{\"id\":\"only\"}]}"));

    Page<Partner> first = client().listPartners();

    assertThat(first.hasNextPage()).isFalse();
    assertThat(first.totalResults()).isEmpty();
  }

  @Test
  void aFailingLaterPageSurfacesFromTheStream() {
    server.enqueue(Fixtures.json(200, page(List.of("a"), 2, "n")));
    server.enqueue(Fixtures.json(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}"));
    LetsDoThisClient noRetry = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(Fixtures.validKey()))
        .options(test.builder(server.url("/v0").toString()).retryPolicy(RetryPolicy.none()).build()).build();

    Page<LetsDoThisParticipant> first = noRetry.listParticipants();
    assertThatThrownBy(() -> first.autoPagingStream().count()).isInstanceOf(ServerException.class)
        .hasMessageContaining("Internal server error");
  }

  @Test
  void prefetchingReadsTheSameItems() {
    server.enqueue(Fixtures.json(200, page(List.of("a", "b"), 3, "n")));
    server.enqueue(Fixtures.json(200, page(List.of("c"), 3, null)));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      assertThat(client().listParticipants().autoPagingStream(pool).map(p -> p.id().orElseThrow()))
          .containsExactly("a", "b", "c");
    } finally {
      pool.shutdownNow();
    }
  }
}
