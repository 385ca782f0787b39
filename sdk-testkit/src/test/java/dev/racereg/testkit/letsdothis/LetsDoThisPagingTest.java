package dev.racereg.testkit.letsdothis;

import static dev.racereg.testkit.letsdothis.LdtTestSupport.all;
import static dev.racereg.testkit.letsdothis.LdtTestSupport.get;
import static dev.racereg.testkit.letsdothis.LdtTestSupport.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SettableClock;
import dev.racereg.testkit.letsdothis.LdtTestSupport.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cursor paging, date filters and sorts, incremental reads, and large data sets. */
class LetsDoThisPagingTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2025-03-10T12:00:00Z"));
  private final LetsDoThisSimulator sim = LetsDoThisSimulator.builder().clock(clock)
      .participants(250).applications(40).build().start();
  private final String token = sim.credentials().validToken();

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void followingNextVisitsEveryRowOnceInCreationOrder() {
    List<JsonNode> rows = all(sim, token, "/participants", "page[size]", "37");
    assertThat(rows).hasSize(250);
    assertThat(new HashSet<>(ids(rows))).hasSize(250);
    List<String> created = rows.stream().map(r -> r.get("createdAt").asText()).toList();
    assertThat(created).isSorted();
  }

  @Test
  void pageCursorsNavigateBothWays() {
    Reply first = get(sim, token, "/participants", "page[size]", "20");
    JsonNode page1 = first.body().get("page");
    assertThat(page1.get("prev").isNull()).isTrue();
    assertThat(page1.get("first").asText()).isNotBlank();
    Reply second = get(sim, token, "/participants", "page[size]", "20",
        "page[after]", page1.get("next").asText());
    JsonNode page2 = second.body().get("page");
    assertThat(page2.get("totalResults").asInt()).isEqualTo(250);
    assertThat(page2.get("prev").asText()).isEqualTo(page2.get("first").asText());
    Reply back = get(sim, token, "/participants", "page[size]", "20",
        "page[before]", page2.get("prev").asText());
    assertThat(back.body().get("data")).isEqualTo(first.body().get("data"));
    assertThat(back.body().get("page").get("prev").isNull()).isTrue();

    Reply tail = get(sim, token, "/participants", "page[size]", "500");
    assertThat(tail.body().get("data")).hasSize(250);
    assertThat(tail.body().get("page").get("next").isNull()).isTrue();
    assertThat(tail.body().get("page").get("last").asText()).isNotBlank();
  }

  @Test
  void pageSizeOutsideOneToFiveHundredIs400() {
    for (String size : List.of("0", "501", "-3", "ten", "2.5")) {
      Reply reply = get(sim, token, "/participants", "page[size]", size);
      assertThat(reply.code()).as("page[size]=%s", size).isEqualTo(400);
      assertThat(reply.body().get("statusCode").asInt()).isEqualTo(400);
      assertThat(reply.body().get("message").isArray()).isTrue();
      assertThat(reply.body().get("message").get(0).asText()).startsWith("page[size]");
    }
    assertThat(get(sim, token, "/participants", "page[size]", "500").code()).isEqualTo(200);
    assertThat(get(sim, token, "/participants", "page[size]", "1").body().get("data")).hasSize(1);
  }

  @Test
  void editedForeignOrMismatchedCursorsAre400() {
    String next = get(sim, token, "/participants", "page[size]", "5").body()
        .get("page").get("next").asText();
    String payload = next.substring(0, next.indexOf('.'));
    String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(
        json.replace("\"i\":\"", "\"i\":\"0").getBytes(StandardCharsets.UTF_8))
        + next.substring(next.indexOf('.'));
    Reply tampered = get(sim, token, "/participants", "page[after]", edited);
    assertThat(tampered.code()).isEqualTo(400);
    assertThat(tampered.body().get("message").asText()).contains("cursor");
    assertThat(get(sim, token, "/participants", "page[after]", "6399c20015d60ae3ff28f24c").code())
        .isEqualTo(400);
    assertThat(get(sim, token, "/participants", "page[after]", next, "sort[createdAt]", "-1")
        .code()).isEqualTo(400);
    assertThat(get(sim, token, "/applications", "page[after]", next).code()).isEqualTo(400);
    assertThat(get(sim, token, "/participants", "page[after]", next, "page[before]", next).code())
        .isEqualTo(400);
    try (LetsDoThisSimulator twin = LetsDoThisSimulator.builder().participants(10)
        .signingSecret("another secret").build().start()) {
      assertThat(get(twin, twin.credentials().validToken(), "/participants", "page[after]", next).code())
          .isEqualTo(400);
    }
  }

  @Test
  void insertsBetweenPagesNeitherSkipNorRepeatRows() {
    Set<String> before = new HashSet<>(ids(sim.participants()));
    List<String> seen = new ArrayList<>();
    String after = null;
    List<String> added = new ArrayList<>();
    String race = sim.raceIds().get(0);
    do {
      Reply reply = after == null ? get(sim, token, "/participants", "page[size]", "40")
          : get(sim, token, "/participants", "page[size]", "40", "page[after]", after);
      reply.body().get("data").forEach(r -> seen.add(r.get("id").asText()));
      JsonNode next = reply.body().get("page").get("next");
      after = next.isNull() ? null : next.asText();
      clock.advance(Duration.ofSeconds(1));
      if (added.size() < 5) {
        added.add(sim.addParticipant(race));
      }
    } while (after != null);
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(seen).containsAll(before);
    // rows added at the clock's "now" sort after the generated ones, so the reader reaches them
    assertThat(added).hasSize(5);
    assertThat(seen).containsAll(added);
  }

  @Test
  void descendingSortAndStableCursorsWhileRowsAreAdded() {
    Reply page1 = get(sim, token, "/participants", "page[size]", "50", "sort[createdAt]", "-1");
    List<String> createdAt = new ArrayList<>();
    page1.body().get("data").forEach(r -> createdAt.add(r.get("createdAt").asText()));
    assertThat(createdAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    clock.advance(Duration.ofMinutes(1));
    String fresh = sim.addParticipant(sim.raceIds().get(1));
    Reply page2 = get(sim, token, "/participants", "page[size]", "50", "sort[createdAt]", "-1",
        "page[after]", page1.body().get("page").get("next").asText());
    assertThat(ids(list(page2.body().get("data")))).doesNotContain(fresh)
        .doesNotContainAnyElementsOf(ids(list(page1.body().get("data"))));
    Reply top = get(sim, token, "/participants", "page[size]", "1", "sort[createdAt]", "-1");
    assertThat(top.body().get("data").get(0).get("id").asText()).isEqualTo(fresh);
    assertThat(get(sim, token, "/participants", "sort[createdAt]", "asc").code()).isEqualTo(400);
  }

  @Test
  void updatedAtAfterGivesAnIncrementalFeed() {
    List<JsonNode> everything = all(sim, token, "/participants", "page[size]", "500",
        "sort[updatedAt]", "1");
    String watermark = everything.get(everything.size() - 1).get("updatedAt").asText();
    List<String> updatedAt = everything.stream().map(r -> r.get("updatedAt").asText()).toList();
    assertThat(updatedAt).isSorted();
    assertThat(get(sim, token, "/participants", "updatedAt[after]", watermark)
        .body().get("data")).isEmpty();

    clock.advance(Duration.ofMinutes(5));
    String changed = everything.get(3).get("id").asText();
    JsonNode updated = sim.updateParticipant(changed, Map.of("status", "CANCELLED",
        "addressPostcode", "LS6 2AB", "bibNumber", "4242"));
    clock.advance(Duration.ofMinutes(5));
    String added = sim.addParticipant(sim.raceIds().get(0), null, Map.of("firstName", "Ada"));

    List<JsonNode> delta = all(sim, token, "/participants", "updatedAt[after]", watermark,
        "sort[updatedAt]", "1");
    assertThat(ids(delta)).containsExactly(changed, added);
    JsonNode row = delta.get(0);
    assertThat(row.get("updatedAt").asText()).isEqualTo("2025-03-10T12:05:00.000Z");
    assertThat(LdtTestSupport.field(row, "status")).isEqualTo("CANCELLED");
    assertThat(LdtTestSupport.field(row, "addressPostcode")).isEqualTo("LS6 2AB");
    assertThat(row.get("bibNumber").asText()).isEqualTo("4242");
    assertThat(row.get("createdAt")).isEqualTo(everything.get(3).get("createdAt"));
    assertThat(updated.get("updatedAt")).isEqualTo(row.get("updatedAt"));
    assertThat(LdtTestSupport.field(delta.get(1), "firstName")).isEqualTo("Ada");
    assertThat(delta.get(1).get("createdAt").asText()).isEqualTo("2025-03-10T12:10:00.000Z");
  }

  @Test
  void createdAtBoundsAreExclusiveAndBadDatesAre400() {
    List<JsonNode> rows = all(sim, token, "/participants", "page[size]", "500");
    String pivot = rows.get(100).get("createdAt").asText();
    List<JsonNode> later = all(sim, token, "/participants", "page[size]", "500",
        "createdAt[after]", pivot);
    List<JsonNode> earlier = all(sim, token, "/participants", "page[size]", "500",
        "createdAt[before]", pivot);
    assertThat(later).allSatisfy(r -> assertThat(r.get("createdAt").asText()).isGreaterThan(pivot));
    assertThat(earlier).allSatisfy(r -> assertThat(r.get("createdAt").asText()).isLessThan(pivot));
    long atPivot = rows.stream().filter(r -> r.get("createdAt").asText().equals(pivot)).count();
    assertThat(later.size() + earlier.size() + atPivot).isEqualTo(rows.size());
    Reply bad = get(sim, token, "/participants", "createdAt[after]", "yesterday");
    assertThat(bad.code()).isEqualTo(400);
    assertThat(bad.body().get("message").get(0).asText())
        .isEqualTo("createdAt[after] must be a valid ISO 8601 date string");
  }

  @Test
  void unknownOrMisencodedQueryParametersAre400() {
    // the doc's own curl example encodes page[size] as page%3Fsize%5B, which is not page[size]
    Request request = new Request.Builder()
        .url(sim.baseUrl() + "/applications?page%3Fsize%5B=100")
        .header("Authorization", "Bearer " + token).build();
    Reply reply = LdtTestSupport.execute(request);
    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body().get("message").get(0).asText())
        .isEqualTo("property page?size[ should not exist");
    Request right = new Request.Builder()
        .url(sim.baseUrl() + "/applications?page%5Bsize%5D=7")
        .header("Authorization", "Bearer " + token).build();
    assertThat(LdtTestSupport.execute(right).body().get("data")).hasSize(7);
  }

  @Test
  void twoHundredThousandParticipantsArePagedWithoutTrouble() {
    try (LetsDoThisSimulator big = LetsDoThisSimulator.builder().participants(200_000)
        .applications(500).build().start()) {
      big.recordRequests(false);
      String key = big.credentials().validToken();
      Reply first = get(big, key, "/participants", "page[size]", "500");
      assertThat(first.body().get("data")).hasSize(500);
      assertThat(first.body().get("page").get("totalResults").asInt()).isEqualTo(200_000);
      Reply second = get(big, key, "/participants", "page[size]", "500", "page[after]",
          first.body().get("page").get("next").asText());
      assertThat(second.body().get("data")).hasSize(500);
      assertThat(second.body().get("data").get(0).get("createdAt").asText())
          .isGreaterThanOrEqualTo(first.body().get("data").get(499).get("createdAt").asText());
      String race = big.raceIds().get(0);
      Reply race1 = get(big, key, "/races/" + race + "/participants", "page[size]", "500",
          "sort[updatedAt]", "-1");
      assertThat(race1.body().get("page").get("totalResults").asInt()).isBetween(10_000, 190_000);
      assertThat(big.participantCount()).isEqualTo(200_000);
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
