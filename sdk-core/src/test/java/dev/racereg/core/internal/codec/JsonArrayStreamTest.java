package dev.racereg.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.TransportException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonArrayStreamTest {

  /** One generated row. */
  public record Row(int id, String bib, boolean paid, String name) {}

  private static final ObjectReader ROWS = Codecs.json().readerFor(Row.class);

  private final AtomicInteger resourceClosed = new AtomicInteger();
  private final Closeable resource = resourceClosed::incrementAndGet;

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void largeArrayIsDecodedItemByItemWithoutReadingAhead() {
    int count = 200_000;
    GeneratedArray body = new GeneratedArray(count);
    JsonArrayStream<Row> rows = JsonArrayStream.open(body, ROWS, resource);

    Row first = rows.next();
    assertThat(first).isEqualTo(new Row(0, "00000", true, "Zoë 0"));
    assertThat(body.served()).as("bytes read to decode the first item").isLessThan(64 * 1024);

    int expected = 1;
    long maxAhead = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      if (row.id() != expected) {
        throw new AssertionError("expected item " + expected + " but got " + row);
      }
      if (expected == 100_000) {
        assertThat(row).isEqualTo(new Row(100_000, "100000", false, "Zoë 100000"));
        maxAhead = body.served();
      }
      expected++;
    }

    assertThat(expected).isEqualTo(count);
    assertThat(maxAhead).as("bytes read by the middle of the array").isLessThan(GeneratedArray.length(count) / 2 + 64 * 1024);
    assertThat(body.isClosed()).isTrue();
    assertThat(resourceClosed).hasValue(1);
    assertThat(rows.hasNext()).isFalse();
    assertThatThrownBy(rows::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void streamGivesTheItemsAndClosesWhenClosed() {
    GeneratedArray body = new GeneratedArray(50_000);
    List<Row> firstThree;
    try (Stream<Row> rows = JsonArrayStream.<Row>open(body, ROWS, resource).stream()) {
      firstThree = rows.limit(3).toList();
    }

    assertThat(firstThree).extracting(Row::id).containsExactly(0, 1, 2);
    assertThat(body.isClosed()).isTrue();
    assertThat(resourceClosed).hasValue(1);
    assertThat(body.served()).isLessThan(64 * 1024);
  }

  @Test
  void closingEarlyReleasesTheBodyAndTheResourceOnce() {
    GeneratedArray body = new GeneratedArray(200_000);
    JsonArrayStream<Row> rows = JsonArrayStream.open(body, ROWS, resource);
    rows.next();

    rows.close();
    rows.close();

    assertThat(body.isClosed()).isTrue();
    assertThat(resourceClosed).hasValue(1);
    assertThat(rows.hasNext()).isFalse();
  }

  @Test
  void malformedElementIsADecodingExceptionWithItsPosition() {
    JsonArrayStream<Row> rows = JsonArrayStream.open(text("[{\"id\":1},\n{\"id\":2,,\"x\":1}]"), ROWS, resource);

    assertThat(rows.next().id()).isEqualTo(1);
    assertThatThrownBy(rows::hasNext).isInstanceOfSatisfying(DecodingException.class,
        e -> assertThat(e.getMessage()).startsWith("malformed JSON at line 2, column "));
    assertThat(resourceClosed).hasValue(1);
    assertThat(rows.hasNext()).isFalse();
  }

  @Test
  void elementOfTheWrongTypeIsADecodingException() {
    JsonArrayStream<Row> rows = JsonArrayStream.open(text("[{\"id\":\"not a number\"}]"), ROWS, resource);

    assertThatThrownBy(rows::hasNext).isInstanceOf(DecodingException.class).hasMessageContaining("line 1");
  }

  @Test
  void bodyEndingInsideAnElementIsADecodingException() {
    JsonArrayStream<Row> rows = JsonArrayStream.open(text("[{\"id\":1},{\"id\":2,\"na"), ROWS, resource);

    assertThat(rows.next().id()).isEqualTo(1);
    assertThatThrownBy(rows::hasNext).isInstanceOfSatisfying(DecodingException.class,
        e -> assertThat(e.getMessage()).contains("at line 1, column"));
    assertThat(resourceClosed).hasValue(1);
  }

  @Test
  void bodyEndingBeforeTheClosingBracketIsADecodingException() {
    JsonArrayStream<Row> rows = JsonArrayStream.open(text("[{\"id\":1},{\"id\":2}"), ROWS, resource);

    assertThat(rows.next().id()).isEqualTo(1);
    assertThat(rows.next().id()).isEqualTo(2);
    assertThatThrownBy(rows::hasNext).isInstanceOfSatisfying(DecodingException.class,
        e -> assertThat(e.getMessage()).contains("at line 1, column 19").contains("end-of-input"));
  }

  @Test
  void connectionLostMidBodyIsATransportExceptionWithPosition() {
    GeneratedArray body = new GeneratedArray(10_000, 20_000);
    JsonArrayStream<Row> rows = JsonArrayStream.open(body, ROWS, resource);
    List<Integer> seen = new ArrayList<>();

    assertThatThrownBy(() -> rows.forEachRemaining(r -> seen.add(r.id())))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.getMessage()).startsWith("the response body was cut off at line 1, column ")
              .contains("connection reset (simulated)");
          assertThat(e.requestMayHaveBeenSent()).isTrue();
        });
    assertThat(seen).isNotEmpty();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(seen.size() - 1);
    assertThat(resourceClosed).hasValue(1);
  }

  @Test
  void nonArrayBodiesAreRefused() {
    assertThatThrownBy(() -> JsonArrayStream.open(text("{\"data\":[]}"), ROWS, resource).hasNext())
        .isInstanceOf(DecodingException.class).hasMessage("expected a JSON array but found '{'");
    assertThatThrownBy(() -> JsonArrayStream.open(text("42"), ROWS, resource).hasNext())
        .isInstanceOf(DecodingException.class).hasMessageContaining("expected a JSON array but found");
    assertThatThrownBy(() -> JsonArrayStream.open(text("<html>"), ROWS, resource).hasNext())
        .isInstanceOf(DecodingException.class).hasMessageContaining("malformed JSON at line 1");
    assertThat(resourceClosed).hasValue(3);
  }

  @Test
  void emptyBodyIsRefused() {
    assertThatThrownBy(() -> JsonArrayStream.open(text(""), ROWS, resource).hasNext())
        .isInstanceOf(DecodingException.class).hasMessage("expected a JSON array but found an empty body");
    assertThatThrownBy(() -> JsonArrayStream.open(text("  \n "), ROWS, resource).hasNext())
        .isInstanceOf(DecodingException.class).hasMessage("expected a JSON array but found an empty body");
  }

  @Test
  void emptyArrayHasNoItems() {
    JsonArrayStream<Row> rows = JsonArrayStream.open(text(" [ ] "), ROWS, resource);

    assertThat(rows.hasNext()).isFalse();
    assertThat(resourceClosed).hasValue(1);
  }

  @Test
  void trailingContentAfterTheArrayIsRefused() {
    for (String body : List.of("[1,2] [3]", "[1,2] garbage", "[1,2]{}")) {
      JsonArrayStream<Integer> numbers = JsonArrayStream.open(text(body), Codecs.json().readerFor(Integer.class), null);
      assertThat(numbers.next()).isEqualTo(1);
      assertThat(numbers.next()).isEqualTo(2);
      assertThatThrownBy(numbers::hasNext).as(body).isInstanceOf(DecodingException.class)
          .hasMessageContaining("at line 1, column");
    }
  }

  @Test
  void nullElementsAreSkipped() {
    JsonArrayStream<Integer> numbers = JsonArrayStream.open(text("[1,null,2,null]"),
        Codecs.json().readerFor(Integer.class), null);

    assertThat(numbers.stream().toList()).containsExactly(1, 2);
  }
}
