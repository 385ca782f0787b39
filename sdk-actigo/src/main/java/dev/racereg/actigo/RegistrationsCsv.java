package dev.racereg.actigo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.CsvCodecs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A registrations CSV document as Actigo exchanges it ({@code registrations.csv}): the columns
 * as received, every row as an ordered column map ({@link #rows()}), and the same rows as typed
 * {@link ActigoRegistration}s ({@link #registrations()}) equal to what the JSON download gives for
 * the columns CSV carries. Immutable.
 *
 * <p>The documented header, exactly and in this order, is {@link #HEADER}:
 * {@code registration.id,registration.state,registration.startNumber,person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate},
 * with {@code person.birthDate} as {@code yyyy-MM-dd}. Columns Actigo may add are kept: in the
 * row maps, and in the typed rows' {@code unknownFields()} ({@code registration.x} as field {@code x} of
 * the registration, {@code person.x} of the person, any other column under its full name).
 * Empty cells are absent values.
 */
public final class RegistrationsCsv {

  /** The documented CSV header, in order. */
  public static final List<String> HEADER = List.of("registration.id", "registration.state",
      "registration.startNumber", "person.id", "person.givenName", "person.middleName",
      "person.surname", "person.sex", "person.birthDate");

  private static final CsvSchema WRITE_SCHEMA = schema();
  private static final ObjectWriter WRITER = CsvCodecs.csv().writer(WRITE_SCHEMA);
  /** The parser settings; the rows are then read token by token. */
  private static final ObjectReader READER = CsvCodecs.csv().reader()
      .with(CsvSchema.emptySchema().withHeader())
      .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
      .with(CsvParser.Feature.SKIP_EMPTY_LINES);

  private final List<String> columns;
  private final List<Map<String, String>> rows;
  private final List<ActigoRegistration> registrations;

  private RegistrationsCsv(List<String> columns, List<Map<String, String>> rows,
      List<ActigoRegistration> registrations) {
    this.columns = List.copyOf(columns);
    this.rows = Collections.unmodifiableList(rows);
    this.registrations = List.copyOf(registrations);
  }

  /**
   * Parses a registrations CSV (as downloaded, or as Actigo answers a CSV sync).
   *
   * @throws DecodingException if the text is empty, is not CSV (an HTML page, JSON), lacks one of
   *     the documented columns, repeats a column, has a row with too few or too many cells or an
   *     unclosed quote, or a cell that cannot be read (a malformed birth date); the message names
   *     the row and column
   */
  public static RegistrationsCsv parse(String text) {
    Objects.requireNonNull(text, "text");
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      throw new DecodingException("empty CSV body: expected the header " + String.join(",", HEADER), null, "");
    }
    List<String[]> cells = new ArrayList<>();
    List<String> columns;
    try (JsonParser parser = READER.createParser(body)) {
      // the first token needs the header line read, and is the first row's start (none if empty)
      JsonToken token = parser.nextToken();
      columns = header((CsvSchema) parser.getSchema());
      while (token == JsonToken.START_OBJECT) {
        cells.add(row(parser, columns.size()));
        token = parser.nextToken();
      }
    } catch (JacksonException e) {
      throw new DecodingException("malformed CSV: " + e.getOriginalMessage() + " " + where(e), e, "");
    } catch (IOException | RuntimeException e) {
      if (e instanceof DecodingException) {
        throw (DecodingException) e;
      }
      Throwable cause = e.getCause() instanceof JacksonException ? e.getCause() : e;
      String message = cause instanceof JacksonException
          ? ((JacksonException) cause).getOriginalMessage() + " " + where((JacksonException) cause)
          : String.valueOf(e.getMessage());
      throw new DecodingException("malformed CSV: " + message, e, "");
    }
    // typed only once every row has been read, so a malformed line anywhere is reported before a
    // malformed cell
    String[] names = columns.toArray(new String[0]);
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < names.length; c++) {
      index.put(names[c], c);
    }
    CsvRegistrationReader reader = new CsvRegistrationReader(columns);
    List<Map<String, String>> rows = new ArrayList<>(cells.size());
    List<ActigoRegistration> registrations = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      registrations.add(reader.read(cells.get(i), i + 1));
      rows.add(new CsvRow(names, index, cells.get(i)));
    }
    return new RegistrationsCsv(columns, rows, registrations);
  }

  /**
   * The cells of the row whose start the parser is on, in column order: with the header as its
   * schema the parser names every column of a row in order, and fails on a row with too few or
   * too many cells.
   */
  private static String[] row(JsonParser parser, int columns) throws IOException {
    String[] cells = new String[columns];
    int c = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      // a cell is text (JSON null only if the parser were told to read some text as null)
      cells[c++] = parser.nextToken() == JsonToken.VALUE_NULL ? null : parser.getText();
    }
    return cells;
  }

  private static List<String> header(CsvSchema schema) {
    List<String> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvSchema.Column c : schema) {
      if (!seen.add(c.getName())) {
        throw new DecodingException("the CSV header repeats column '" + c.getName() + "'", null, "");
      }
      columns.add(c.getName());
    }
    List<String> missing = HEADER.stream().filter(c -> !seen.contains(c)).toList();
    if (!missing.isEmpty()) {
      String first = columns.isEmpty() ? "" : String.join(",", columns);
      throw new DecodingException("not an Actigo registrations CSV: the header lacks " + missing
          + " (header read: '" + (first.length() > 80 ? first.substring(0, 80) + "..." : first) + "')", null, "");
    }
    return columns;
  }

  private static String where(JacksonException e) {
    return e.getLocation() == null ? "" : "(line " + e.getLocation().getLineNr() + ")";
  }

  /**
   * The CSV text Actigo's sync expects for these items: the documented header, then one row per
   * item in order, birth dates as {@code yyyy-MM-dd}, unset values as empty cells, quoted where
   * a value needs it. Written with jackson-dataformat-csv.
   *
   * @throws dev.racereg.core.error.ValidationException if an item's person has a country, which
   *     the CSV format cannot carry (send such items with the JSON sync)
   */
  public static String format(List<RegistrationSyncItem> items) {
    Objects.requireNonNull(items, "items");
    List<Map<String, String>> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      RegistrationSyncItem item = Validation.required(items.get(i), "items[" + i + "]");
      SyncPerson p = item.person().orElse(null);
      Validation.check(p == null || p.country().isEmpty(), "items[" + i + "].person.country",
          "cannot be sent as CSV (the format has no country column); use the JSON sync");
      Map<String, String> row = new LinkedHashMap<>();
      row.put("registration.id", item.id().orElse(null));
      row.put("registration.state", item.state().map(RegistrationState::value).orElse(null));
      row.put("registration.startNumber", item.startNumber().orElse(null));
      row.put("person.id", p == null ? null : p.id().orElse(null));
      row.put("person.givenName", p == null ? null : p.givenName().orElse(null));
      row.put("person.middleName", p == null ? null : p.middleName().orElse(null));
      row.put("person.surname", p == null ? null : p.surname().orElse(null));
      row.put("person.sex", p == null ? null : p.sex().map(Sex::value).orElse(null));
      row.put("person.birthDate", p == null ? null : p.birthDate().map(Object::toString).orElse(null));
      rows.add(row);
    }
    try {
      return WRITER.writeValueAsString(rows);
    } catch (IOException e) {
      throw new IllegalStateException("writing CSV to a string cannot fail", e);
    }
  }

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    HEADER.forEach(b::addColumn);
    return b.build().withHeader().withLineSeparator("\n");
  }

  /** The columns as received, in order. */
  public List<String> columns() {
    return columns;
  }

  /** Every row as a map from column to cell text ({@code ""} when empty), in column order. */
  public List<Map<String, String>> rows() {
    return rows;
  }

  /** Every row as a typed registration, in file order. */
  public List<ActigoRegistration> registrations() {
    return registrations;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /**
   * Every row as a sync item that changes nothing ({@link ActigoRegistration#toSyncItem()}).
   *
   * @throws dev.racereg.core.error.ValidationException as {@link ActigoRegistration#toSyncItem()}
   */
  public List<RegistrationSyncItem> toSyncItems() {
    return registrations.stream().map(ActigoRegistration::toSyncItem).toList();
  }

  /** Equal when the columns and rows are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RegistrationsCsv && columns.equals(((RegistrationsCsv) o).columns)
        && rows.equals(((RegistrationsCsv) o).rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, rows);
  }

  @Override
  public String toString() {
    return "RegistrationsCsv{" + rows.size() + " rows, columns=" + columns + "}";
  }
}
