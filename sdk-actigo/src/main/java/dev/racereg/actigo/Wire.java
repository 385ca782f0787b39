package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.internal.codec.IsoTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Strict readers for fields of Actigo's JSON documents: each either returns the typed value (null
 * when the field is absent or JSON {@code null}) or throws a {@link DecodingException} naming the
 * field's path and what was wrong with it. Never anything else.
 */
final class Wire {

  private Wire() {}

  static ObjectNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new DecodingException(path + ": expected a JSON object but found " + kind(node), null, "");
    }
    return (ObjectNode) node;
  }

  /** A text field; numbers and booleans are taken as their text (a start number sent as 7). */
  static String text(JsonNode obj, String field, String path) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw new DecodingException(path + "." + field + ": expected text but found " + kind(v), null, "");
    }
    return v.asText();
  }

  static String requiredText(JsonNode obj, String field, String path) {
    String v = text(obj, field, path);
    if (v == null || v.isEmpty()) {
      throw new DecodingException(path + "." + field + ": missing", null, "");
    }
    return v;
  }

  static Boolean bool(JsonNode obj, String field, String path) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    Boolean b = v.isTextual() ? bool(v.asText()) : null;
    if (b == null) {
      throw notABoolean(path, field, v);
    }
    return b;
  }

  /** {@code true} or {@code false} as text; null for any other text. */
  static Boolean bool(String text) {
    return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
  }

  static DecodingException notABoolean(String path, String field, JsonNode v) {
    return new DecodingException(path + "." + field + ": expected true or false but found " + kind(v), null, "");
  }

  /** A whole number, also from numeric text ({@code "85000"}). */
  static Long whole(JsonNode obj, String field, String path) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    if (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0) {
      return v.decimalValue().longValueExact();
    }
    if (v.isTextual() && v.asText().matches("-?\\d{1,18}")) {
      return Long.parseLong(v.asText());
    }
    throw new DecodingException(path + "." + field + ": expected a whole number but found " + kind(v), null, "");
  }

  static Instant instant(JsonNode obj, String field, String path) {
    String v = text(obj, field, path);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return instant(v);
    } catch (DateTimeParseException e) {
      throw notAnInstant(path, field, v, e);
    }
  }

  /**
   * An ISO-8601 instant, also with an offset other than {@code Z}; the form Actigo sends
   * ({@code 2022-12-06T09:12:03.701Z}) is read by hand ({@link IsoTimes}).
   *
   * @throws DateTimeParseException (the failure of the plain instant form) if it is neither
   */
  static Instant instant(String v) {
    Instant utc = IsoTimes.instant(v);
    if (utc != null) {
      return utc;
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(v).toInstant();
      } catch (DateTimeParseException e2) {
        throw e;
      }
    }
  }

  static DecodingException notAnInstant(String path, String field, String v, DateTimeParseException e) {
    return new DecodingException(path + "." + field + ": '" + v + "' is not an ISO-8601 instant", e, "");
  }

  /**
   * A birth date: an instant in JSON ({@code 1975-11-27T00:00:00Z}, seen) or a plain date
   * ({@code 1975-11-27}, as in CSV).
   */
  static LocalDate birthDate(JsonNode obj, String field, String path) {
    String v = text(obj, field, path);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return birthDate(v);
    } catch (DateTimeParseException e) {
      throw notABirthDate(path, field, v, e);
    }
  }

  /**
   * A birth date from its text: {@code yyyy-MM-dd}, or an instant read as the date of the nearest
   * midnight UTC ({@link ActigoInferred#birthDate(Instant)}). The two forms Actigo sends
   * ({@code 1975-11-27} and {@code 1975-11-27T00:00:00Z}) are read by hand ({@link IsoTimes}).
   *
   * @throws DateTimeParseException if it is neither a date nor an instant
   */
  static LocalDate birthDate(String v) {
    int length = v.length();
    if (length == 10 || length == 20 && v.endsWith("T00:00:00Z")) {
      LocalDate date = IsoTimes.date(length == 10 ? v : v.substring(0, 10));
      if (date != null) {
        return date;
      }
    }
    if (length == 10) {
      return LocalDate.parse(v);
    }
    return ActigoInferred.birthDate(java.time.OffsetDateTime.parse(v).toInstant());
  }

  static DecodingException notABirthDate(String path, String field, String v, DateTimeParseException e) {
    return new DecodingException(path + "." + field + ": '" + v + "' is not a date or an instant", e, "");
  }

  /** The fields not in {@code known}, deep-copied, in document order; unmodifiable. */
  static Map<String, JsonNode> unknownMembers(JsonNode obj, Set<String> known) {
    Map<String, JsonNode> extra = null;
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      if (!known.contains(e.getKey())) {
        if (extra == null) {
          extra = new LinkedHashMap<>();
        }
        extra.put(e.getKey(), e.getValue().deepCopy());
      }
    }
    return extra == null ? Map.of() : Collections.unmodifiableMap(extra);
  }

  /** Copies a map of JSON values so callers cannot change a model through it. */
  static Map<String, JsonNode> copy(Map<String, JsonNode> extra) {
    if (extra.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    extra.forEach((k, v) -> copy.put(k, v.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }

  /** The JSON birth date Actigo sends and expects: midnight UTC of the day (seen). */
  static String birthDateInstant(LocalDate date) {
    return date + "T00:00:00Z";
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    String text = node.toString();
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
        + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
  }
}
