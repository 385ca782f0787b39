package dev.racereg.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.codec.JsonArrayStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The decoder under test and its baseline, counting rows (and summing a field, so none is skipped). */
final class Decoders {

  private static final ObjectReader ROW = Codecs.json().readerFor(Row.class);

  private Decoders() {}

  /** The SDK's way: one row at a time from the stream. */
  static long streaming(InputStream body) {
    try (JsonArrayStream<Row> rows = JsonArrayStream.open(body, ROW, null)) {
      long sum = 0;
      while (rows.hasNext()) {
        sum += rows.next().orderNumber().length();
      }
      return sum;
    }
  }

  /** The baseline: read the whole document as a tree, then convert each element. */
  static long wholeTree(InputStream body) {
    try {
      JsonNode tree = Codecs.json().readTree(body);
      long sum = 0;
      for (JsonNode node : tree) {
        sum += ROW.<Row>readValue(node).orderNumber().length();
      }
      return sum;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
