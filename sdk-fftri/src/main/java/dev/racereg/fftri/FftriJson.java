package dev.racereg.fftri;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The espacetri's JSON habits, decoded once: numbers and booleans sent as strings ({@code "1"},
 * {@code "true"}), empty strings for missing values, and lists sent as objects keyed by id
 * ({@code {"2": {...}, "6": {...}}}). The deserializers are reused by every model through
 * {@code @JsonDeserialize(using = ...)}.
 */
final class FftriJson {

  private FftriJson() {}

  /** Text of a scalar token, trimmed; null for an empty string. */
  private static String scalarText(JsonParser p, DeserializationContext ctxt, Class<?> target)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT
        || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      String text = p.getText().trim();
      return text.isEmpty() ? null : text;
    }
    return (String) ctxt.handleUnexpectedToken(target, p);
  }

  /**
   * A scalar read from its trimmed text: absent for {@code ""}, otherwise {@link #parse parsed};
   * a text that does not read fails with an {@link InvalidFormatException}.
   */
  abstract static class LenientScalar<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    LenientScalar(Class<T> type) {
      super(type);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = scalarText(p, ctxt, handledType());
      return text == null ? null : parse(p, text);
    }

    /** The value a non-empty text stands for. */
    abstract T parse(JsonParser p, String text) throws IOException;

    /** The error for a text that is not {@code expected}. */
    final InvalidFormatException invalid(JsonParser p, String expected, String text) {
      return InvalidFormatException.from(p, "expected " + expected + ", got \"" + text + "\"", text, handledType());
    }
  }

  /**
   * A whole number, as a JSON number or a string ({@code 10}, {@code "10"}); {@code ""} is absent.
   * Read as a {@code long}, then narrowed by {@link #narrow}; a value out of range is invalid.
   */
  abstract static class LenientWhole<T> extends LenientScalar<T> {
    private static final long serialVersionUID = 1L;

    LenientWhole(Class<T> type) {
      super(type);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        return narrowed(p, p.getLongValue(), p.getText());
      }
      return super.deserialize(p, ctxt);
    }

    @Override
    final T parse(JsonParser p, String text) throws IOException {
      try {
        return narrowed(p, Long.parseLong(text), text);
      } catch (NumberFormatException e) {
        throw invalid(p, "a whole number", text);
      }
    }

    private T narrowed(JsonParser p, long value, String text) throws IOException {
      try {
        return narrow(value);
      } catch (ArithmeticException e) {
        throw invalid(p, "a whole number in range", text);
      }
    }

    /** The value as this type; throws {@link ArithmeticException} when it does not fit. */
    abstract T narrow(long value);
  }

  /** A whole number as a {@code Long}. */
  static final class LenientLong extends LenientWhole<Long> {
    private static final long serialVersionUID = 1L;

    LenientLong() {
      super(Long.class);
    }

    @Override
    Long narrow(long value) {
      return value;
    }
  }

  /** A whole number as an {@code Integer}, for small counts and years. */
  static final class LenientInt extends LenientWhole<Integer> {
    private static final long serialVersionUID = 1L;

    LenientInt() {
      super(Integer.class);
    }

    @Override
    Integer narrow(long value) {
      return Math.toIntExact(value);
    }
  }

  /** A decimal ({@code 48.98595}, {@code "48.98595"}); {@code ""} is absent. */
  static final class LenientDecimal extends LenientScalar<BigDecimal> {
    private static final long serialVersionUID = 1L;

    LenientDecimal() {
      super(BigDecimal.class);
    }

    @Override
    BigDecimal parse(JsonParser p, String text) throws IOException {
      return decimal(p, text);
    }
  }

  /**
   * A boolean in any of the espacetri's spellings: {@code true}, {@code 1}, {@code "1"},
   * {@code "true"}, {@code "OUI"} (and their negatives); {@code ""} is absent. Any other whole
   * number counts as true, so a flag that later carries a level (a label's grade) still reads.
   */
  static final class LenientBoolean extends LenientScalar<Boolean> {
    private static final long serialVersionUID = 1L;

    LenientBoolean() {
      super(Boolean.class);
    }

    @Override
    Boolean parse(JsonParser p, String text) throws IOException {
      Boolean b = parseBoolean(text);
      if (b == null) {
        throw invalid(p, "a boolean", text);
      }
      return b;
    }
  }

  /** The boolean a text stands for, or null if it is not one. */
  static Boolean parseBoolean(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true": case "1": case "oui": case "yes": case "o": case "y":
        return Boolean.TRUE;
      case "false": case "0": case "non": case "no": case "n":
        return Boolean.FALSE;
      default:
        try {
          return Long.parseLong(text.trim()) != 0;
        } catch (NumberFormatException e) {
          return null;
        }
    }
  }

  /**
   * A calendar date, {@code YYYY-MM-DD}. See {@link FftriInferred#parseDate(String)} for the
   * other spellings accepted; {@code ""} is absent.
   */
  static final class LenientDate extends LenientScalar<LocalDate> {
    private static final long serialVersionUID = 1L;

    LenientDate() {
      super(LocalDate.class);
    }

    @Override
    LocalDate parse(JsonParser p, String text) throws IOException {
      try {
        return FftriInferred.parseDate(text);
      } catch (RuntimeException e) {
        throw invalid(p, "a date YYYY-MM-DD", text);
      }
    }
  }

  /** A price in euros ({@code "5"}, {@code 20}, {@code "7.50"}) as {@link Money}; {@code ""} is absent. */
  static final class Euros extends LenientScalar<Money> {
    private static final long serialVersionUID = 1L;

    Euros() {
      super(Money.class);
    }

    @Override
    Money parse(JsonParser p, String text) throws IOException {
      BigDecimal amount = decimal(p, text.replace(',', '.'));
      try {
        return Money.ofMajor(amount, FftriInferred.CURRENCY);
      } catch (ArithmeticException e) {
        throw InvalidFormatException.from(p, "a price with more than 2 decimals: " + text, text, Money.class);
      }
    }
  }

  private static BigDecimal decimal(JsonParser p, String text) throws IOException {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw InvalidFormatException.from(p, "expected a number, got \"" + text + "\"", text, BigDecimal.class);
    }
  }

  /**
   * The entries of a collection keyed by id, in the platform's order. Accepts the documented
   * object form and, for an empty or index-keyed collection, an array (see
   * {@link FftriInferred#EMPTY_COLLECTION_AS_ARRAY}).
   *
   * @throws IllegalArgumentException if the node is neither
   */
  static List<Map.Entry<String, JsonNode>> entries(JsonNode root, String what) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new IllegalArgumentException("expected " + what + " as a JSON object keyed by id, got nothing");
    }
    if (root.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = root.fields();
      it.forEachRemaining(out::add);
      return out;
    }
    if (root.isArray() && FftriInferred.EMPTY_COLLECTION_AS_ARRAY) {
      for (int i = 0; i < root.size(); i++) {
        out.add(Map.entry(String.valueOf(i), root.get(i)));
      }
      return out;
    }
    throw new IllegalArgumentException("expected " + what + " as a JSON object keyed by id, got " + kind(root));
  }

  /** Decodes every value of a keyed collection as {@code type}; the keys are not used. */
  static <T> List<T> keyedList(JsonNode root, Class<T> type, String what) throws IOException {
    return keyedList(root, type, what, (item, key) -> { });
  }

  /**
   * Decodes every value of a keyed collection as {@code type}, handing each its key through
   * {@code withKey} (so items that do not repeat their id still carry it).
   */
  static <T> List<T> keyedList(JsonNode root, Class<T> type, String what, BiConsumer<T, String> withKey)
      throws IOException {
    List<T> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : entries(root, what)) {
      if (!e.getValue().isObject()) {
        throw new IllegalArgumentException("expected each " + what + " entry to be an object, got "
            + kind(e.getValue()) + " under key \"" + e.getKey() + "\"");
      }
      T item = Codecs.json().treeToValue(e.getValue(), type);
      withKey.accept(item, e.getKey());
      out.add(item);
    }
    return List.copyOf(out);
  }

  /**
   * Like {@link #keyedList(JsonNode, Class, String)} on {@link #tree(byte[], String)} of the body,
   * with the same results and errors, but binding each item straight from the parser: a large
   * list (a trial's passes) is not built as a tree first and then converted again. A key that
   * repeats keeps its first position and its last value, as in a tree.
   *
   * @throws IllegalArgumentException for an empty body, a body that is neither an object keyed
   *     by id nor an array, or an entry that is not an object
   * @throws IOException for malformed JSON or an item that cannot be bound
   */
  static <T> List<T> keyedList(byte[] body, Class<T> type, String what) throws IOException {
    ObjectMapper mapper = Codecs.json();
    try (JsonParser p = mapper.createParser(body)) {
      JsonToken root = p.nextToken();
      if (root == null) {
        throw new IllegalArgumentException("expected " + what + ", got an empty body");
      }
      boolean keyed = root == JsonToken.START_OBJECT;
      if (!keyed && !(root == JsonToken.START_ARRAY && FftriInferred.EMPTY_COLLECTION_AS_ARRAY)) {
        JsonNode node = mapper.readTree(p);
        throw new IllegalArgumentException("expected " + what + " as a JSON object keyed by id, got " + kind(node));
      }
      Map<String, T> items = new LinkedHashMap<>();
      int index = 0;
      while (true) {
        JsonToken t = p.nextToken();
        String key;
        if (keyed) {
          if (t == JsonToken.END_OBJECT) {
            break;
          }
          key = p.currentName();
          t = p.nextToken();
        } else {
          if (t == JsonToken.END_ARRAY) {
            break;
          }
          key = String.valueOf(index++);
        }
        if (t != JsonToken.START_OBJECT) {
          JsonNode node = mapper.readTree(p);
          throw new IllegalArgumentException("expected each " + what + " entry to be an object, got "
              + kind(node == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node)
              + " under key \"" + key + "\"");
        }
        items.put(key, mapper.readValue(p, type));
      }
      if (mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) && p.nextToken() != null) {
        throw new IllegalArgumentException("expected " + what + ", got more after the end of the document");
      }
      return List.copyOf(items.values());
    }
  }

  /** Parses a whole body as a JSON tree, refusing an empty body. */
  static JsonNode tree(byte[] body, String what) throws IOException {
    JsonNode root = Codecs.json().readTree(body);
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException("expected " + what + ", got an empty body");
    }
    return root;
  }

  /** Parses a whole body that must be a JSON object. */
  static JsonNode object(byte[] body, String what) throws IOException {
    JsonNode root = tree(body, what);
    if (!root.isObject()) {
      throw new IllegalArgumentException("expected " + what + " as a JSON object, got " + kind(root));
    }
    return root;
  }

  /** Parses an id that is a key of a keyed collection. */
  static long idKey(String key, String what) {
    try {
      return Long.parseLong(key.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a numeric " + what + " id as key, got \"" + key + "\"");
    }
  }

  static String kind(JsonNode node) {
    return node.isArray() ? "an array" : node.isObject() ? "an object" : node.isTextual() ? "a string"
        : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : node.isNull() ? "null" : "nothing";
  }
}
