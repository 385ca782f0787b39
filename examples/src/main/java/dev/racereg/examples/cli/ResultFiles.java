package dev.racereg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.unified.Result;
import dev.racereg.core.unified.ResultStatus;
import dev.racereg.core.unified.Split;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads results files for {@code racereg push-results}: CSV (by the {@code .csv} name, or any
 * name but {@code .json}) or JSON (an array of objects with the same names as the CSV columns).
 *
 * <table>
 *   <caption>Columns (any order; only the header names matter; a column may be left out)</caption>
 *   <tr><td>{@code registration_id}</td><td>the registration's id on the platform (native id)</td></tr>
 *   <tr><td>{@code bib}</td><td>the bib; a row needs a registration id or a bib</td></tr>
 *   <tr><td>{@code status}</td><td>{@code FINISHED} (the default when empty), {@code DNF},
 *       {@code DNS}, {@code DSQ} or another word</td></tr>
 *   <tr><td>{@code chip_time}, {@code gun_time}</td><td>{@code h:mm:ss} with an optional fraction
 *       ({@code 0:42:10}, {@code 1:02:03.45}); hours may exceed 24</td></tr>
 *   <tr><td>{@code overall_place}, {@code gender_place}, {@code category_place}</td><td>whole
 *       numbers from 1</td></tr>
 *   <tr><td>{@code category}</td><td>text, e.g. {@code M40}</td></tr>
 *   <tr><td>{@code splits}</td><td>{@code WHERE=h:mm:ss} items separated by {@code ;}, where
 *       WHERE is a distance ending in {@code km} ({@code 5km}, {@code 21.0975km}) or a name
 *       ({@code Halfway}); in JSON also an array of {@code {"name", "distance_km", "time"}}</td></tr>
 * </table>
 *
 * <p>A bad row is reported with its line number and the reason and left out; the good rows are
 * still returned. An unknown column is refused (it is most likely a typo).
 */
final class ResultFiles {

  /** The columns, in their documented order. */
  static final List<String> COLUMNS = List.of("registration_id", "bib", "status", "chip_time", "gun_time",
      "overall_place", "gender_place", "category_place", "category", "splits");

  private static final Set<String> KNOWN = Set.copyOf(COLUMNS);
  private static final Pattern TIME = Pattern.compile("(\\d{1,4}):([0-5]\\d):([0-5]\\d)(?:[.,](\\d{1,9}))?");
  private static final Pattern KM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*km", Pattern.CASE_INSENSITIVE);

  private ResultFiles() {}

  /** A good row and the line it starts on. */
  record Row(int line, Result result) {}

  /** A bad row: its line and why it was left out. */
  record Problem(int line, String reason) {}

  /** What a file held. */
  record Contents(List<Row> rows, List<Problem> problems) {}

  /**
   * Reads a results file.
   *
   * @throws CliException (bad input) if the file is missing, unreadable, not CSV or JSON as a
   *     whole, or has an unknown column
   */
  static Contents read(Path file) {
    if (!Files.exists(file)) {
      throw new CliException(ExitCode.BAD_INPUT, "no such file: " + file);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? readJson(in) : readCsv(in);
    } catch (IOException e) {
      throw new CliException(ExitCode.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
    }
  }

  static Contents readCsv(Reader in) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
      boolean checked = false;
      while (it.hasNextValue()) {
        Map<String, String> values = it.nextValue();
        int line = it.getParser().currentTokenLocation().getLineNr();
        if (!checked) {
          checkColumns(values.keySet());
          checked = true;
        }
        Map<String, Object> cells = new LinkedHashMap<>(values);
        add(line, cells, rows, problems);
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new CliException(ExitCode.BAD_INPUT, "not a results CSV: " + e.getOriginalMessage());
    }
    return new Contents(rows, problems);
  }

  static Contents readJson(Reader in) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (JsonParser p = new JsonFactory(mapper).createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new CliException(ExitCode.BAD_INPUT, "a results JSON file is an array of objects");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        int line = p.currentTokenLocation().getLineNr();
        JsonNode node = mapper.readTree(p);
        Map<String, Object> cells = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> f = fields.next();
          cells.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().isValueNode() ? f.getValue().asText() : f.getValue());
        }
        if (!KNOWN.containsAll(cells.keySet())) {
          problems.add(new Problem(line, "unknown field(s) " + unknown(cells.keySet()) + "; known: " + COLUMNS));
          continue;
        }
        add(line, cells, rows, problems);
      }
      if (p.currentToken() != JsonToken.END_ARRAY) {
        throw new CliException(ExitCode.BAD_INPUT, "line " + p.currentTokenLocation().getLineNr()
            + ": expected a result object");
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new CliException(ExitCode.BAD_INPUT, "not a results JSON file: " + e.getOriginalMessage());
    }
    return new Contents(rows, problems);
  }

  private static void checkColumns(Set<String> columns) {
    if (!KNOWN.containsAll(columns)) {
      throw new CliException(ExitCode.BAD_INPUT, "unknown column(s) " + unknown(columns) + "; known: " + COLUMNS);
    }
  }

  private static List<String> unknown(Set<String> names) {
    return names.stream().filter(n -> !KNOWN.contains(n)).toList();
  }

  private static void add(int line, Map<String, Object> cells, List<Row> rows, List<Problem> problems) {
    try {
      rows.add(new Row(line, result(cells)));
    } catch (ValidationException e) {
      problems.add(new Problem(line, e.getMessage()));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(line, e.getMessage()));
    }
  }

  private static Result result(Map<String, Object> c) {
    Result.Builder b = Result.builder()
        .registrationId(text(c, "registration_id"))
        .bib(text(c, "bib"))
        .chipTime(time(text(c, "chip_time"), "chip_time"))
        .gunTime(time(text(c, "gun_time"), "gun_time"))
        .overallPlace(place(text(c, "overall_place"), "overall_place"))
        .genderPlace(place(text(c, "gender_place"), "gender_place"))
        .categoryPlace(place(text(c, "category_place"), "category_place"))
        .category(text(c, "category"));
    String status = text(c, "status");
    if (status != null) {
      b.status(ResultStatus.of(status.toUpperCase(Locale.ROOT)));
    }
    Object splits = c.get("splits");
    if (splits instanceof JsonNode) {
      for (JsonNode s : (JsonNode) splits) {
        b.addSplit(Split.of(s.path("name").isMissingNode() || s.path("name").isNull() ? null : s.path("name").asText(),
            s.hasNonNull("distance_km") ? new BigDecimal(s.get("distance_km").asText()) : null,
            required(time(s.path("time").asText(null), "splits.time"), "splits.time")));
      }
    } else if (splits != null && !splits.toString().isBlank()) {
      for (String item : splits.toString().split(";")) {
        if (item.isBlank()) {
          continue;
        }
        int eq = item.lastIndexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("splits: '" + item.trim() + "' is not WHERE=h:mm:ss");
        }
        String where = item.substring(0, eq).trim();
        Duration t = required(time(item.substring(eq + 1).trim(), "splits"), "splits");
        Matcher km = KM.matcher(where);
        b.addSplit(km.matches() ? Split.atDistance(new BigDecimal(km.group(1)), t) : Split.named(where, t));
      }
    }
    return b.build();
  }

  private static String text(Map<String, Object> c, String name) {
    Object v = c.get(name);
    return v == null || v.toString().isBlank() ? null : v.toString().trim();
  }

  private static <T> T required(T v, String field) {
    if (v == null) {
      throw new IllegalArgumentException(field + ": a time is required");
    }
    return v;
  }

  /**
   * Parses {@code h:mm:ss} with an optional fraction ({@code .} or {@code ,}); null for empty.
   *
   * @throws IllegalArgumentException naming the column if malformed
   */
  static Duration time(String text, String column) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = TIME.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(column + ": '" + text.trim() + "' is not a time as h:mm:ss[.fff]");
    }
    Duration d = Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)))
        .plusSeconds(Long.parseLong(m.group(3)));
    if (m.group(4) != null) {
      d = d.plusNanos(Long.parseLong((m.group(4) + "00000000").substring(0, 9)));
    }
    return d;
  }

  private static Integer place(String text, String column) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + ": '" + text + "' is not a whole number");
    }
  }
}
