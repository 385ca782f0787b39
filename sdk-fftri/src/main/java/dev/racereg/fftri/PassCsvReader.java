package dev.racereg.fftri;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.codec.CsvCodecs;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the CSV variant of the pass list with jackson-dataformat-csv. The layout is not
 * documented: every assumption is in {@link FftriInferred}.
 */
final class PassCsvReader {

  /** The JSON field names of a pass, by lower-case name. */
  private static final Map<String, String> PASS_FIELDS = new TreeMap<>();

  static {
    for (String f : List.of("firstname", "lastname", "birthDate", "email", "passNumber", "created",
        "statusDescription", "isPaid", "refund", "type", "typeDescription", "trial", "event", "discipline",
        "distance", "date", "eventName", "place", "city", "zip")) {
      PASS_FIELDS.put(f.toLowerCase(Locale.ROOT), f);
    }
  }

  private PassCsvReader() {}

  static PassCsvExport read(String body) throws IOException {
    String text = unwrap(body);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return new PassCsvExport(text, List.of(), List.of());
    }
    char separator = separator(text);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = CsvCodecs.csv().readerForListOf(String.class)
        .with(schema)
        .with(CsvParser.Feature.WRAP_AS_ARRAY)
        .with(CsvParser.Feature.SKIP_EMPTY_LINES)
        .with(CsvParser.Feature.TRIM_SPACES)
        .readValues(text)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    }
    if (rows.isEmpty()) {
      return new PassCsvExport(text, List.of(), List.of());
    }
    List<String> header = rows.get(0);
    List<String> names = new ArrayList<>();
    for (String column : header) {
      names.add(fieldName(column));
    }
    List<Pass> passes = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      ObjectNode node = Codecs.json().createObjectNode();
      for (int i = 0; i < row.size(); i++) {
        String name = i < names.size() ? names.get(i) : "column" + (i + 1);
        node.put(name, row.get(i));
      }
      passes.add(Codecs.json().treeToValue(node, Pass.class));
    }
    return new PassCsvExport(text, header, passes);
  }

  /** The CSV text, unwrapped if the platform sent it as a JSON string. */
  private static String unwrap(String body) throws IOException {
    String trimmed = body.strip();
    if (trimmed.startsWith("\"") && trimmed.endsWith("\"") && trimmed.length() >= 2) {
      try {
        JsonNode node = Codecs.json().readTree(trimmed);
        if (node != null && node.isTextual()) {
          return node.asText();
        }
      } catch (IOException e) {
        // a CSV whose first cell is quoted: read as CSV
      }
    }
    return body;
  }

  private static char separator(String text) {
    int end = text.indexOf('\n');
    String firstLine = end < 0 ? text : text.substring(0, end);
    for (char c : FftriInferred.CSV_SEPARATORS) {
      if (firstLine.indexOf(c) >= 0) {
        return c;
      }
    }
    return FftriInferred.CSV_SEPARATORS[0];
  }

  /** The pass field a column holds, or the column's own name when it matches none. */
  static String fieldName(String column) {
    String trimmed = column.strip();
    String exact = PASS_FIELDS.get(trimmed.toLowerCase(Locale.ROOT));
    if (exact != null) {
      return exact;
    }
    String normalized = Normalizer.normalize(trimmed, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String viaAlias = FftriInferred.CSV_HEADER_ALIASES.get(normalized);
    if (viaAlias != null) {
      return viaAlias;
    }
    String loose = PASS_FIELDS.get(normalized);
    return loose != null ? loose : trimmed;
  }
}
