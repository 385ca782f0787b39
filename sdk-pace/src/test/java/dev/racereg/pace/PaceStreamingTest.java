package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.testkit.SimResponses;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A huge export is decoded while it arrives, never held whole. */
class PaceStreamingTest {

  private static final int ROWS = 200_000;
  private static final int ROWS_BEFORE_GATE = 1_000;

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  /** Generates rows on demand; after {@code gateAt} rows it waits for the client's signal. */
  private static final class Rows implements Iterator<Map<String, Object>> {
    private final int total;
    private final int gateAt;
    private final CountDownLatch gate;
    private final AtomicBoolean gateTimedOut;
    private final AtomicInteger produced = new AtomicInteger();

    Rows(int total, int gateAt, CountDownLatch gate, AtomicBoolean gateTimedOut) {
      this.total = total;
      this.gateAt = gateAt;
      this.gate = gate;
      this.gateTimedOut = gateTimedOut;
    }

    @Override
    public boolean hasNext() {
      return produced.get() < total;
    }

    @Override
    public Map<String, Object> next() {
      int i = produced.get();
      if (i >= total) {
        throw new NoSuchElementException();
      }
      if (i == gateAt) {
        try {
          // the client must have decoded a row while the rest of the body is still unwritten
          if (!gate.await(60, TimeUnit.SECONDS)) {
            gateTimedOut.set(true);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      produced.incrementAndGet();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("Distance", i % 3 == 0 ? "Marathon" : "Half Marathon");
      row.put("Payment", 30 + i % 20);
      row.put("Currency", "EUR");
      row.put("Order number", "OR" + (1_000_000 + i));
      row.put("Status", "succeeded");
      row.put("Updated at", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i).toString());
      row.put("First name", "Runner" + i);
      row.put("Last name", "Virtanen");
      return row;
    }
  }

  @Test
  void twoHundredThousandParticipantsStreamAndTheFirstArriveBeforeTheBodyEnds() {
    CountDownLatch firstRowDecoded = new CountDownLatch(1);
    AtomicBoolean gateTimedOut = new AtomicBoolean();
    Rows rows = new Rows(ROWS, ROWS_BEFORE_GATE, firstRowDecoded, gateTimedOut);
    server.enqueue(SimResponses.jsonArrayStream(() -> rows));
    ClientOptions options = test.builder(server.url("/api").toString())
        .logLevel(dev.racereg.core.http.LogLevel.BASIC).build();
    PaceClient client = PaceClient.builder().credentials(PaceCredentials.of(Fixtures.DOC_API_ID, Fixtures.DOC_API_SECRET))
        .options(options).build();

    long count;
    long paidMinor;
    try (Stream<PaceParticipant> participants = client.participants(ParticipantsParams.of("VZ5B066Z", "big-event"))) {
      Iterator<PaceParticipant> it = participants.iterator();
      PaceParticipant first = it.next();
      assertThat(first.orderNumber()).contains("OR1000000");
      assertThat(rows.produced.get()).as("rows written when the first was decoded").isLessThan(ROWS);
      firstRowDecoded.countDown();
      count = 1;
      paidMinor = first.payment().orElseThrow().minorUnits();
      while (it.hasNext()) {
        PaceParticipant p = it.next();
        count++;
        paidMinor += p.payment().orElseThrow().minorUnits();
      }
    }

    assertThat(gateTimedOut).as("the client needed the whole body before its first row").isFalse();
    assertThat(count).isEqualTo(ROWS);
    long expected = 0;
    for (int i = 0; i < ROWS; i++) {
      expected += (30 + i % 20) * 100L;
    }
    assertThat(paidMinor).isEqualTo(expected);
  }

  @Test
  void closingEarlyReleasesTheConnectionForTheNextCall() {
    server.enqueue(SimResponses.jsonArrayStream(
        () -> new Rows(20_000, Integer.MAX_VALUE, new CountDownLatch(0), new AtomicBoolean())));
    server.enqueue(Fixtures.fixture("participants-en.json"));
    PaceClient client = Fixtures.client(server.url("/api").toString(), test);
    ParticipantsParams request = ParticipantsParams.of("VZ5B066Z", "big-event");

    try (Stream<PaceParticipant> participants = client.participants(request)) {
      assertThat(participants.limit(10).count()).isEqualTo(10);
    }

    assertThat(client.participantList(request)).hasSize(2);
  }
}
