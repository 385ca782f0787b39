package dev.racereg.testkit.actigo;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;

/**
 * The CSV side of the registration API, on jackson-dataformat-csv: reading an uploaded file
 * (header checked exactly), writing rows, and a chunked streaming response for large downloads.
 */
final class ActigoCsv {

  static final String CONTENT_TYPE = "text/csv; charset=utf-8";

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final ObjectReader READER = MAPPER.readerFor(String[].class)
      .with(CsvSchema.emptySchema())
      .with(CsvParser.Feature.WRAP_AS_ARRAY)
      .with(CsvParser.Feature.SKIP_EMPTY_LINES);
  // quote only where CSV needs it (separator, quote, line break), not every value with a space
  private static final ObjectWriter WRITER = MAPPER.writer(CsvSchema.emptySchema())
      .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

  private ActigoCsv() {}

  /** An uploaded file did not match the format; the message says why. */
  static final class BadCsv extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadCsv(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads an uploaded file into data rows (the header excluded), each cell trimmed.
   *
   * @throws BadCsv if the file is empty, unreadable, has another header, or a row has the wrong
   *     number of cells
   */
  static List<String[]> read(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = READER.readValues(body)) {
      if (!it.hasNext()) {
        throw new BadCsv("the CSV is empty; its first line must be the header "
            + String.join(",", ActigoContract.CSV_HEADER));
      }
      String[] header = trim(it.next());
      if (!Arrays.asList(header).equals(ActigoContract.CSV_HEADER)) {
        throw new BadCsv("the CSV header must be exactly "
            + String.join(",", ActigoContract.CSV_HEADER) + " but was " + String.join(",", header));
      }
      int line = 1;
      while (it.hasNext()) {
        line++;
        String[] row = trim(it.next());
        if (row.length != header.length) {
          throw new BadCsv("CSV row " + line + " has " + row.length + " cells, expected "
              + header.length);
        }
        rows.add(row);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BadCsv) {
        throw (BadCsv) e;
      }
      throw new BadCsv("the CSV could not be read: " + e.getMessage());
    }
    return rows;
  }

  private static String[] trim(String[] row) {
    String[] out = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = row[i] == null ? "" : row[i].trim();
    }
    return out;
  }

  /** The whole file (header then rows) as text, for small answers. */
  static String write(List<String[]> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out, rows.iterator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void writeTo(OutputStream out, Iterator<String[]> rows) throws IOException {
    try (SequenceWriter writer = WRITER.writeValues(out)) {
      writer.write(ActigoContract.CSV_HEADER.toArray(new String[0]));
      while (rows.hasNext()) {
        writer.write(rows.next());
      }
    }
  }

  /**
   * A 200 CSV answer written row by row as the client reads it, with chunked transfer encoding,
   * so a large activity is never held in memory as one body.
   */
  static MockResponse stream(Supplier<? extends Iterator<String[]>> rows) {
    return ActigoStream.chunked(CONTENT_TYPE, out -> writeTo(out, rows.get()));
  }
}
