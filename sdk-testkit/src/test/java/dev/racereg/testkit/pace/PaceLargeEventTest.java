package dev.racereg.testkit.pace;

import dev.racereg.testkit.SettableClock;
import static dev.racereg.testkit.pace.PaceHttp.credentials;
import static dev.racereg.testkit.pace.PaceHttp.post;
import static dev.racereg.testkit.pace.PaceHttp.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A large event is streamed row by row: these tests read it the same way, with a streaming
 * {@link JsonParser}, never holding the whole body.
 */
class PaceLargeEventTest {

  private static final int ROWS = 50_000;

  /** What one streamed pass saw. */
  private record Pass(int rows, boolean ordered, String first, String last, int after, String lastOrder) {}

  /**
   * Streams the answer, counting rows, checking they come in {@code Updated at} order, and
   * counting those later than {@code cutoff}.
   */
  private static Pass stream(PaceSimulator sim, Map<String, Object> body, boolean ascending, String cutoff)
      throws IOException {
    try (Response r = post(sim, body)) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Transfer-Encoding")).isEqualTo("chunked");
      try (InputStream in = r.body().byteStream(); JsonParser p = PaceHttp.JSON.getFactory().createParser(in)) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
        int rows = 0;
        int after = 0;
        boolean ordered = true;
        String first = null;
        String previous = null;
        String lastOrder = null;
        while (p.nextToken() == JsonToken.START_OBJECT) {
          String updated = null;
          String order = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("Updated at")) {
              updated = p.getText();
            } else if (name.equals("Order number")) {
              order = p.getText();
            } else {
              p.skipChildren();
            }
          }
          rows++;
          if (first == null) {
            first = updated;
          }
          if (previous != null) {
            int cmp = updated.compareTo(previous);
            ordered &= ascending ? cmp >= 0 : cmp <= 0;
          }
          if (cutoff != null && updated.compareTo(cutoff) > 0) {
            after++;
          }
          previous = updated;
          lastOrder = order;
        }
        assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
        return new Pass(rows, ordered, first, previous, after, lastOrder);
      }
    }
  }

  @Test
  void streamsFiftyThousandRowsInOrderAndFiltersThemWithoutMaterialising() throws IOException {
    SettableClock clock = new SettableClock(java.time.Instant.parse("2025-06-03T12:00:00Z"));
    try (PaceSimulator sim = PaceSimulator.builder().participants(ROWS).clock(clock).build().start()) {
      sim.recordRequests(false);
      String cutoff = "2025-05-01T00:00:00.000Z";

      Pass desc = stream(sim, credentials(sim), false, cutoff);
      assertThat(desc.rows()).isEqualTo(ROWS);
      assertThat(desc.ordered()).isTrue();
      // registrations rush towards the event: a good share of them in its last month
      assertThat(desc.after()).isBetween(ROWS / 10, ROWS / 2);

      Pass recent = stream(sim, with(with(credentials(sim), "updatedAfter", "2025-05-01T00:00:00Z"),
          "sortDirection", "asc"), true, null);
      assertThat(recent.rows()).isEqualTo(desc.after());
      assertThat(recent.ordered()).isTrue();
      assertThat(recent.first()).isGreaterThan(cutoff);
      assertThat(recent.last()).isEqualTo(desc.first());

      // a write to the oldest row of a large event is all an incremental sync sees next
      sim.updateStatus(sim.eventSlug(), desc.lastOrder(), PaceParticipantRow.CANCELED);
      Pass delta = stream(sim, with(credentials(sim), "updatedAfter", desc.first()), false, null);
      assertThat(delta.rows()).isEqualTo(1);
      assertThat(delta.first()).isEqualTo("2025-06-03T12:00:00.000Z");
      assertThat(delta.lastOrder()).isEqualTo(desc.lastOrder());
      assertThat(sim.participantCount(sim.eventSlug())).isEqualTo(ROWS);
      assertThat(sim.participant(sim.eventSlug(), desc.lastOrder())).get()
          .extracting(PaceParticipantRow::status).isEqualTo(PaceParticipantRow.CANCELED);
    }
  }
}
