package dev.racereg.testkit.pace;

import dev.racereg.testkit.SettableClock;
import static dev.racereg.testkit.pace.PaceHttp.JSON;
import static dev.racereg.testkit.pace.PaceHttp.credentials;
import static dev.racereg.testkit.pace.PaceHttp.fetch;
import static dev.racereg.testkit.pace.PaceHttp.post;
import static dev.racereg.testkit.pace.PaceHttp.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.Fault;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaceSimulatorTest {

  private static final List<String> STANDARD = List.of("Event name", "Distance", "Group", "Payment",
      "Currency", "License validation", "Order date", "Order number", "Status", "Updated at",
      "First name", "Last name", "Email", "Birthdate", "Gender", "Country", "Phone", "Nationality",
      "Sport ID");
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

  private final List<PaceSimulator> running = new ArrayList<>();

  @AfterEach
  void stopAll() {
    running.forEach(PaceSimulator::close);
  }

  private PaceSimulator start(PaceSimulator.Builder builder) {
    PaceSimulator sim = builder.build().start();
    running.add(sim);
    return sim;
  }

  @Test
  void defaultsServeTheDocumentedColumnsNewestFirst() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder());
    assertThat(sim.eventSlug()).isEqualTo("pace-triathlon-espoo");
    assertThat(sim.credentials().apiId()).isEqualTo("DQSUCBWE1Y6TM1PYR7JP77AGP9682JHC");
    assertThat(sim.credentials().apiSecret()).hasSize(44);
    assertThat(sim.credentials().accessCode()).isEqualTo("VZ5B066Z");
    assertThat(sim.baseUrl()).endsWith("/api");

    try (Response r = post(sim, credentials(sim))) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("application/json");
      JsonNode rows = JSON.readTree(r.body().string());
      assertThat(rows).hasSize(120);
      Set<String> orderNumbers = new HashSet<>();
      String previous = null;
      for (JsonNode row : rows) {
        List<String> keys = new ArrayList<>();
        row.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.subList(0, STANDARD.size())).containsExactlyElementsOf(STANDARD);
        assertThat(keys.subList(STANDARD.size(), keys.size()))
            .isSubsetOf("Club", "T-shirt size", "Emergency contact phone");
        assertThat(row.get("Event name").asText()).isEqualTo("PACE Triathlon Espoo");
        assertThat(row.get("Distance").asText()).isIn("Sprint", "Olympic", "Relay");
        assertThat(row.get("Group").asText()).isIn("General", "Elite");
        assertThat(row.get("Payment").isNumber()).isTrue();
        assertThat(row.get("Payment").decimalValue()).isPositive();
        assertThat(row.get("Currency").asText()).isEqualTo("EUR");
        assertThat(row.get("License validation").asText()).isIn("Yes", "No");
        assertThat(row.get("Order date").asText()).matches(TIMESTAMP);
        assertThat(row.get("Updated at").asText()).matches(TIMESTAMP);
        assertThat(row.get("Order number").asText()).matches("[A-Z]{2}\\d{6}");
        assertThat(orderNumbers.add(row.get("Order number").asText())).isTrue();
        assertThat(row.get("Status").asText()).isIn("succeeded", "pending", "refunded", "canceled");
        assertThat(row.get("First name").asText()).isNotBlank();
        assertThat(row.get("Last name").asText()).isNotBlank();
        assertThat(row.get("Email").asText()).matches("[a-z0-9.]+@[a-z0-9.]+\\.[a-z]+");
        assertThat(row.get("Birthdate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(row.get("Gender").asText()).isIn("female", "male");
        assertThat(row.get("Country").asText()).matches("[A-Z]{2}");
        assertThat(row.get("Nationality").asText()).matches("[A-Z]{2}");
        assertThat(row.get("Phone").asText()).matches("\\+\\d{10,13}");
        assertThat(row.get("Sport ID").asText()).matches("\\d{7}|");
        String updated = row.get("Updated at").asText();
        if (previous != null) {
          assertThat(updated).isLessThanOrEqualTo(previous);
        }
        previous = updated;
        // the generated data is anchored, not read from the wall clock
        assertThat(Instant.parse(updated)).isBefore(PaceSimulator.DEFAULT_DATA_ANCHOR);
      }
    }
  }

  @Test
  void paymentIsAPlainJsonNumberInMajorUnits() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder().participants(400));
    String body;
    try (Response r = post(sim, credentials(sim))) {
      body = r.body().string();
    }
    // full prices are written like the doc's "Payment": 30; early-bird prices keep their cents
    assertThat(body).contains("\"Payment\":55,").contains("\"Payment\":46.75,");
    assertThat(body).doesNotContain("\"Payment\":\"").doesNotContain("55.00");
  }

  @Test
  void sortsAscendingByUpdatedAtOnRequest() {
    PaceSimulator sim = start(PaceSimulator.builder());
    JsonNode desc = fetch(sim, with(credentials(sim), "sortDirection", "desc"));
    JsonNode asc = fetch(sim, with(credentials(sim), "sortDirection", "asc"));
    List<String> ascUpdated = new ArrayList<>();
    asc.forEach(row -> ascUpdated.add(row.get("Updated at").asText()));
    assertThat(ascUpdated).isSorted();
    List<String> descOrders = new ArrayList<>();
    desc.forEach(row -> descOrders.add(row.get("Order number").asText()));
    List<String> ascOrders = new ArrayList<>();
    asc.forEach(row -> ascOrders.add(row.get("Order number").asText()));
    java.util.Collections.reverse(ascOrders);
    assertThat(ascOrders).isEqualTo(descOrders);
  }

  @Test
  void finnishTranslatesOnlyTheDocumentedKeyAndNoValue() {
    PaceSimulator sim = start(PaceSimulator.builder());
    JsonNode en = fetch(sim, with(credentials(sim), "language", "en"));
    JsonNode fi = fetch(sim, with(credentials(sim), "language", "fi"));
    assertThat(fi).hasSize(en.size());
    for (int i = 0; i < en.size(); i++) {
      JsonNode e = en.get(i);
      JsonNode f = fi.get(i);
      assertThat(f.has("Event name")).isFalse();
      assertThat(f.get("Tapahtuma").asText()).isEqualTo(e.get("Event name").asText());
      List<String> fiKeys = new ArrayList<>();
      f.fieldNames().forEachRemaining(fiKeys::add);
      assertThat(fiKeys.get(0)).isEqualTo("Tapahtuma");
      Map<String, JsonNode> enRest = new LinkedHashMap<>();
      e.properties().forEach(x -> enRest.put(x.getKey(), x.getValue()));
      enRest.remove("Event name");
      Map<String, JsonNode> fiRest = new LinkedHashMap<>();
      f.properties().forEach(x -> fiRest.put(x.getKey(), x.getValue()));
      fiRest.remove("Tapahtuma");
      // custom field labels ("Club", ...) and every value stay as they are
      assertThat(fiRest).isEqualTo(enRest);
    }
  }

  @Test
  void updatedAfterAcceptsADateAndBothDateTimeSpellingsAndIsExclusive() {
    PaceSimulator sim = start(PaceSimulator.builder());
    JsonNode all = fetch(sim, with(credentials(sim), "sortDirection", "asc"));
    String cutoff = all.get(59).get("Updated at").asText(); // e.g. 2025-04-20T08:15:42.123Z
    int expected = 0;
    for (JsonNode row : all) {
      if (row.get("Updated at").asText().compareTo(cutoff) > 0) {
        expected++;
      }
    }
    assertThat(expected).isBetween(1, 60);

    JsonNode withT = fetch(sim, with(credentials(sim), "updatedAfter", cutoff));
    JsonNode withSpace = fetch(sim, with(credentials(sim), "updatedAfter", cutoff.replace('T', ' ')));
    Instant instant = Instant.parse(cutoff);
    String helsinki = instant.atOffset(java.time.ZoneOffset.ofHours(3)).toString(); // +03:00
    JsonNode withOffset = fetch(sim, with(credentials(sim), "updatedAfter", helsinki));
    assertThat(withT).hasSize(expected);
    assertThat(withSpace).isEqualTo(withT);
    assertThat(withOffset).isEqualTo(withT);
    withT.forEach(row -> assertThat(row.get("Updated at").asText()).isGreaterThan(cutoff));

    String day = cutoff.substring(0, 10);
    int sinceMidnight = 0;
    for (JsonNode row : all) {
      if (row.get("Updated at").asText().compareTo(day + "T00:00:00.000Z") > 0) {
        sinceMidnight++;
      }
    }
    assertThat(fetch(sim, with(credentials(sim), "updatedAfter", day))).hasSize(sinceMidnight);
    assertThat(fetch(sim, with(credentials(sim), "updatedAfter", "2030-01-01"))).isEmpty();
    assertThat(fetch(sim, with(credentials(sim), "updatedAfter", "2022-02-01 00:00:00.000Z"))).hasSize(120);
  }

  @Test
  void incrementalSyncSeesExactlyTheRowsWrittenSince() {
    SettableClock clock = new SettableClock(Instant.parse("2025-06-02T09:30:00.250Z"));
    PaceSimulator sim = start(PaceSimulator.builder().clock(clock));
    JsonNode first = fetch(sim, credentials(sim));
    String watermark = first.get(0).get("Updated at").asText();
    String moved = first.get(50).get("Order number").asText();
    String refunded = first.get(70).get("Order number").asText();
    String oldDistance = first.get(50).get("Distance").asText();
    String newDistance = oldDistance.equals("Sprint") ? "Olympic" : "Sprint";

    assertThat(fetch(sim, with(credentials(sim), "updatedAfter", watermark))).isEmpty();

    clock.advance(Duration.ofMinutes(5));
    PaceParticipantRow changed = sim.updateDistance(sim.eventSlug(), moved, newDistance);
    clock.advance(Duration.ofMinutes(5));
    PaceParticipantRow added = sim.addParticipant(sim.eventSlug(), p -> p.withName("Aino", "Virtanen"));
    clock.advance(Duration.ofMinutes(5));
    sim.updateStatus(sim.eventSlug(), refunded, PaceParticipantRow.REFUNDED);

    assertThat(changed.updatedAt()).isEqualTo("2025-06-02T09:35:00.250Z");
    assertThat(added.orderDate()).isEqualTo(added.updatedAt()).isEqualTo("2025-06-02T09:40:00.250Z");
    assertThat(added.status()).isEqualTo("succeeded");

    JsonNode delta = fetch(sim, with(credentials(sim), "updatedAfter", watermark));
    assertThat(delta).hasSize(3);
    assertThat(delta.get(0).get("Order number").asText()).isEqualTo(refunded);
    assertThat(delta.get(0).get("Status").asText()).isEqualTo("refunded");
    assertThat(delta.get(0).get("Updated at").asText()).isEqualTo("2025-06-02T09:45:00.250Z");
    assertThat(delta.get(1).get("First name").asText()).isEqualTo("Aino");
    assertThat(delta.get(1).get("Order number").asText()).isEqualTo(added.orderNumber());
    assertThat(delta.get(2).get("Order number").asText()).isEqualTo(moved);
    assertThat(delta.get(2).get("Distance").asText()).isEqualTo(newDistance);

    // the full export has one more row, the changed ones moved to the top, no duplicates
    JsonNode all = fetch(sim, credentials(sim));
    assertThat(all).hasSize(121);
    Set<String> orders = new HashSet<>();
    all.forEach(row -> orders.add(row.get("Order number").asText()));
    assertThat(orders).hasSize(121);
    assertThat(all.get(2).get("Order number").asText()).isEqualTo(moved);

    // a sync from the new watermark sees nothing until the next write
    String next = delta.get(0).get("Updated at").asText();
    assertThat(fetch(sim, with(credentials(sim), "updatedAfter", next))).isEmpty();

    // the snapshots agree with the wire
    assertThat(sim.participantCount(sim.eventSlug())).isEqualTo(121);
    assertThat(sim.participants(sim.eventSlug())).hasSize(121).last().isEqualTo(added);
    assertThat(sim.participant(sim.eventSlug(), moved)).get()
        .extracting(PaceParticipantRow::distance).isEqualTo(newDistance);
    assertThat(sim.participant(sim.eventSlug(), "ZZ999999")).isEmpty();
  }

  @Test
  void sameSeedGivesTheSameDataAndAnotherSeedDoesNot() throws IOException {
    PaceSimulator a = start(PaceSimulator.builder().seed(7).participants(300));
    PaceSimulator b = start(PaceSimulator.builder().seed(7).participants(300));
    PaceSimulator c = start(PaceSimulator.builder().seed(8).participants(300));
    String bodyA = text(a);
    assertThat(text(b)).isEqualTo(bodyA);
    assertThat(text(c)).isNotEqualTo(bodyA);
    assertThat(a.participants(a.eventSlug())).isEqualTo(b.participants(b.eventSlug()));
  }

  @Test
  void servesAnInjectedFaultThenAnswersNormally() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder());
    sim.faults().onPath("/events/getParticipants", Fault.htmlPage(502), 1);
    sim.faults().onPath("/events/getParticipants", Fault.truncatedBody("[{\"Event name\":\"PACE"), 1);
    try (Response r = post(sim, credentials(sim))) {
      assertThat(r.code()).isEqualTo(502);
      assertThat(r.header("Content-Type")).startsWith("text/html");
    }
    try (Response r = post(sim, credentials(sim))) {
      assertThat(r.code()).isEqualTo(200);
      assertThatThrownBy(() -> r.body().string()).isInstanceOf(IOException.class);
    }
    assertThat(fetch(sim, credentials(sim))).hasSize(120);
    assertThat(sim.requestCount()).isEqualTo(3);
  }

  @Test
  void generatedParticipantsLookLikeAFinnishEvent() {
    PaceSimulator sim = start(PaceSimulator.builder().participants(3000));
    List<PaceParticipantRow> all = sim.participants(sim.eventSlug());
    assertThat(all).hasSize(3000);
    long succeeded = count(all, p -> p.status().equals("succeeded"));
    assertThat(succeeded).isBetween(2550L, 2850L);
    for (String other : List.of("pending", "refunded", "canceled")) {
      assertThat(count(all, p -> p.status().equals(other))).isBetween(30L, 250L);
    }
    assertThat(count(all, p -> p.country().equals("FI"))).isGreaterThan(2600L);
    assertThat(count(all, p -> !p.nationality().equals("FI"))).isBetween(100L, 400L);
    assertThat(count(all, p -> p.phone().startsWith("+358"))).isGreaterThan(2600L);
    assertThat(count(all, p -> p.lastName().matches(".*(ström|berg|holm|qvist|roos)"))).isGreaterThan(50L);
    assertThat(count(all, p -> p.lastName().endsWith("nen"))).isGreaterThan(1000L);
    assertThat(count(all, p -> p.gender().equals("female"))).isBetween(1000L, 1600L);
    assertThat(count(all, p -> p.group().equals("Elite") && !p.licenseValidation())).isZero();
    assertThat(count(all, p -> p.customFields().getOrDefault("Club", "").isEmpty())).isBetween(700L, 1600L);
    assertThat(count(all, p -> !p.customFields().containsKey("Emergency contact phone"))).isBetween(100L, 400L);
    assertThat(count(all, p -> p.distance().equals("Sprint")))
        .isGreaterThan(count(all, p -> p.distance().equals("Relay")));
    int anchorYear = 2025;
    assertThat(all).allSatisfy(p -> assertThat(anchorYear - p.birthdate().getYear()).isBetween(15, 80));
    assertThat(all).allSatisfy(p -> assertThat(p.orderDate()).isBefore(p.updatedAt()));
  }

  @Test
  void writesAreValidatedAgainstTheEvent() {
    PaceSimulator sim = start(PaceSimulator.builder());
    String order = sim.participants(sim.eventSlug()).get(0).orderNumber();
    assertThatThrownBy(() -> sim.updateDistance(sim.eventSlug(), order, "Ultra"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ultra");
    assertThatThrownBy(() -> sim.updateStatus(sim.eventSlug(), "AB123456", "refunded"))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> sim.addParticipant("no-such-event"))
        .isInstanceOf(IllegalArgumentException.class);
    // a rejected write changes nothing
    assertThat(sim.participant(sim.eventSlug(), order)).get()
        .extracting(PaceParticipantRow::distance).isNotEqualTo("Ultra");
    assertThat(sim.participantCount(sim.eventSlug())).isEqualTo(120);
    // an unknown status is accepted, so clients can be tested against statuses they do not know
    assertThat(sim.updateStatus(sim.eventSlug(), order, "disputed").status()).isEqualTo("disputed");
  }

  @Test
  void streamedAnswersLeaveTheKeptAliveConnectionUsable() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder().participants(20));
    okhttp3.OkHttpClient client = new okhttp3.OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    String body = JSON.writeValueAsString(credentials(sim));
    for (int i = 0; i < 3; i++) {
      Request request = new Request.Builder().url(PaceHttp.url(sim))
          .post(RequestBody.create(body, PaceHttp.JSON_TYPE)).build();
      try (Response r = client.newCall(request).execute()) {
        assertThat(r.code()).isEqualTo(200);
        assertThat(JSON.readTree(r.body().string())).hasSize(20);
      }
    }
    assertThat(client.connectionPool().connectionCount()).isEqualTo(1);
  }

  @Test
  void anEventThatJustOpenedIsEmptyUntilSomeoneRegisters() {
    SettableClock clock = new SettableClock(Instant.parse("2025-01-10T08:00:00Z"));
    PaceSimulator sim = start(PaceSimulator.builder().clock(clock)
        .event(PaceEventSpec.of("ruska-trail", "Ruska Trail").participants(0).customFields(List.of())));
    assertThat(fetch(sim, credentials(sim))).isEmpty();
    assertThat(fetch(sim, with(credentials(sim), "updatedAfter", "2020-01-01"))).isEmpty();
    PaceParticipantRow first = sim.addParticipant("ruska-trail");
    JsonNode rows = fetch(sim, credentials(sim));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("Order number").asText()).isEqualTo(first.orderNumber());
    assertThat(rows.get(0).get("Updated at").asText()).isEqualTo("2025-01-10T08:00:00.000Z");
    assertThat(rows.get(0).size()).isEqualTo(STANDARD.size());
  }

  @Test
  void concurrentWritesAndReadsStayConsistent() throws Exception {
    PaceSimulator sim = start(PaceSimulator.builder().participants(50));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            PaceParticipantRow p = sim.addParticipant(sim.eventSlug());
            sim.updateStatus(sim.eventSlug(), p.orderNumber(), PaceParticipantRow.PENDING);
            if (i % 10 == 0) {
              assertThat(fetch(sim, credentials(sim)).size()).isBetween(51, 150);
            }
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    JsonNode all = fetch(sim, credentials(sim));
    assertThat(all).hasSize(150);
    Set<String> orders = new HashSet<>();
    all.forEach(row -> orders.add(row.get("Order number").asText()));
    assertThat(orders).hasSize(150);
    assertThat(count(sim.participants(sim.eventSlug()), p -> p.status().equals("pending"))).isGreaterThanOrEqualTo(100);
  }

  @Test
  void builderRejectsCredentialsPaceWouldNeverIssue() {
    assertThatThrownBy(() -> PaceSimulator.builder().apiId("short"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaceSimulator.builder().apiSecret("not-base64"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaceEventSpec.defaultEvent().accessCode("abc"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaceEventSpec.of("Bad Slug", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaceSimulator.builder().event(PaceEventSpec.defaultEvent())
        .event(PaceEventSpec.defaultEvent())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaceSimulator.builder().participants(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long count(List<PaceParticipantRow> all, java.util.function.Predicate<PaceParticipantRow> test) {
    return all.stream().filter(test).count();
  }

  private static String text(PaceSimulator sim) throws IOException {
    try (Response r = post(sim, credentials(sim))) {
      return r.body().string();
    }
  }
}
