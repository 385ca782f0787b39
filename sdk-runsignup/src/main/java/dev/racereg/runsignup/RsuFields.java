package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one JSON object of a RunSignup response field by field, remembering which fields were
 * understood. {@link #rest()} is everything else: fields RunSignup added after this SDK version,
 * and values that did not parse as documented (kept raw rather than dropped or fatal). Numbers
 * and booleans are read whether RunSignup sends them as JSON numbers or as text.
 */
final class RsuFields {

  private final JsonNode node;
  private final String what;
  /**
   * The names of present fields read so far, each once. An object holds a dozen or so fields, so
   * a short array scanned by reference first (field names and the literals asking for them are
   * interned alike) beats a hash set built per object.
   */
  private String[] understood = new String[16];
  private int understoodCount;

  private RsuFields(JsonNode node, String what) {
    this.node = node;
    this.what = what;
  }

  /**
   * Starts reading {@code node}.
   *
   * @param what names the object in error messages, e.g. {@code "a participant"}
   * @throws IllegalArgumentException if it is not a JSON object (the executor reports it as a
   *     {@link dev.racereg.core.error.DecodingException} with a body excerpt)
   */
  static RsuFields of(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(what + " is not a JSON object but "
          + (node == null || node.isMissingNode() ? "absent" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    return new RsuFields(node, what);
  }

  /** The raw node. */
  JsonNode node() {
    return node;
  }

  /** Text of a scalar field; null when absent, JSON null or blank. */
  String text(String name) {
    JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (!v.isValueNode()) {
      return null; // not understood: kept in rest()
    }
    understand(name);
    if (v.isNull()) {
      return null;
    }
    String t = v.asText();
    return t.isBlank() ? null : t;
  }

  /** A field parsed by {@code parser}; a value it cannot read (null result) stays in {@link #rest()}. */
  <T> T parsed(String name, Function<String, T> parser) {
    JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (v.isNull()) {
      understand(name);
      return null;
    }
    if (!v.isValueNode()) {
      return null;
    }
    String t = v.asText();
    if (t.isBlank()) {
      understand(name);
      return null;
    }
    T value = parser.apply(t);
    if (value != null) {
      understand(name);
    }
    return value;
  }

  /** A whole number; null when absent or unreadable (then kept raw). */
  Long longValue(String name) {
    JsonNode v = node.get(name);
    if (v != null && v.isIntegralNumber() && v.canConvertToLong()) {
      // a JSON integer that fits: the same number its text would parse to, without the text
      understand(name);
      return v.longValue();
    }
    return parsed(name, RsuFields::parseLong);
  }

  static Long parseLong(String t) {
    try {
      return Long.parseLong(t.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A whole number that must be present. */
  long requiredLong(String name) {
    Long v = longValue(name);
    if (v == null) {
      JsonNode raw = node.get(name);
      throw new IllegalArgumentException(what + " has " + (raw == null || raw.isNull() ? "no " + name
          : "a " + name + " that is not a whole number"));
    }
    return v;
  }

  /** A small whole number; null when absent or unreadable. */
  Integer intValue(String name) {
    Long v = longValue(name);
    if (v == null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      if (v != null) {
        forget(name);
      }
      return null;
    }
    return v.intValue();
  }

  /** A {@code T}/{@code F} flag. */
  Boolean bool(String name) {
    return parsed(name, RunSignupValues::parseBoolean);
  }

  /** A money string. */
  Money money(String name) {
    return parsed(name, RunSignupValues::parseMoney);
  }

  /** A date-time in one of RunSignup's spellings. */
  LocalDateTime dateTime(String name) {
    return parsed(name, RunSignupValues::parseDateTime);
  }

  /** A date. */
  LocalDate date(String name) {
    return parsed(name, RunSignupValues::parseDate);
  }

  /** Unix seconds. */
  Instant unixSeconds(String name) {
    return parsed(name, RunSignupValues::parseUnixSeconds);
  }

  /** A nested object, or null when absent or not an object (then kept raw). */
  JsonNode object(String name) {
    JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (v.isNull()) {
      understand(name);
      return null;
    }
    if (!v.isObject()) {
      return null;
    }
    understand(name);
    return v;
  }

  /**
   * The items of a list field. RunSignup's XML (and some JSON) gives a one-item list as the item
   * itself, so a lone object counts as a list of one.
   */
  List<JsonNode> list(String name) {
    JsonNode v = node.get(name);
    if (v == null) {
      return List.of();
    }
    if (v.isNull()) {
      understand(name);
      return List.of();
    }
    if (v.isArray()) {
      understand(name);
      List<JsonNode> out = new ArrayList<>(v.size());
      v.forEach(out::add);
      return out;
    }
    if (v.isObject()) {
      understand(name);
      return List.of(v);
    }
    if (v.isTextual() && v.asText().isBlank()) {
      understand(name);
      return List.of();
    }
    return List.of();
  }

  /** Marks a field as understood without reading it (e.g. a duplicate of another). */
  void skip(String name) {
    if (node.has(name)) {
      understand(name);
    }
  }

  /** The fields not understood, in document order, as deep copies. */
  Map<String, JsonNode> rest() {
    if (understoodCount == node.size()) {
      return Map.of(); // every present field was read (understood holds present names only, once each)
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (indexOf(e.getKey()) < 0) {
        out.put(e.getKey(), e.getValue().deepCopy());
      }
    }
    return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
  }

  /** Remembers a present field as read. */
  private void understand(String name) {
    if (indexOf(name) >= 0) {
      return;
    }
    if (understoodCount == understood.length) {
      understood = java.util.Arrays.copyOf(understood, understoodCount * 2);
    }
    understood[understoodCount++] = name;
  }

  private void forget(String name) {
    int i = indexOf(name);
    if (i >= 0) {
      understood[i] = understood[--understoodCount];
      understood[understoodCount] = null;
    }
  }

  private int indexOf(String name) {
    for (int i = 0; i < understoodCount; i++) {
      if (understood[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < understoodCount; i++) {
      if (understood[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** A defensive copy of an unknown-fields map for a model accessor. */
  static Map<String, JsonNode> copy(Map<String, JsonNode> extra) {
    if (extra.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    extra.forEach((k, v) -> out.put(k, v.deepCopy()));
    return Collections.unmodifiableMap(out);
  }
}
