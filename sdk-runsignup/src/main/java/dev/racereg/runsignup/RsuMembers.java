package dev.racereg.runsignup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.Money;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the members of one JSON object straight from a parser, by the same rules as
 * {@link RsuFields} reads them from a tree: the same typed values, and the same members kept raw
 * in {@link #rest()} (fields this SDK does not know, and values that did not parse), in document
 * order, as the nodes the tree would have held.
 *
 * <p>It only reads what it can read exactly like the tree. A member name met twice (the tree keeps
 * the last value at the first one's place), a list item that is not an object (the tree reader
 * fails the page with its own message) and the like throw {@link NotPlain}: the caller then
 * decodes the whole body through the tree, which gives today's answer or today's exception.
 */
final class RsuMembers {

  /**
   * Thrown when a body is not of the plain shape this reader handles; never escapes the decoder,
   * which falls back to the tree. Shared and without a stack trace: it is a signal, not an error.
   */
  static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotPlain INSTANCE = new NotPlain();

    private NotPlain() {
      super("not a plain body", null, false, false);
    }
  }

  /** Reads one object at the parser's {@code START_OBJECT} and leaves it at the {@code END_OBJECT}. */
  @FunctionalInterface
  interface ObjectReader<T> {
    T read(JsonParser p) throws IOException;
  }

  private final JsonParser p;
  /** The member names the caller reads (interned literals), for finding repeats without a set. */
  private final String[] known;
  private long seen;
  private int hint;
  private String name;
  /** The tree's node for the current scalar, once built (numbers the tree holds as decimals). */
  private JsonNode raw;
  private Map<String, JsonNode> rest;

  /**
   * Starts reading the object whose {@code START_OBJECT} is the parser's current token.
   *
   * @param known every member name the caller reads (at most 64)
   */
  RsuMembers(JsonParser p, String[] known) {
    this.p = p;
    this.known = known;
  }

  /**
   * Moves to the next member's value and returns the member's name; null at the object's end.
   *
   * @throws NotPlain if a known member comes a second time
   */
  String next() throws IOException {
    raw = null;
    name = p.nextFieldName();
    if (name == null) {
      if (p.currentToken() == JsonToken.END_OBJECT) {
        return null;
      }
      throw NotPlain.INSTANCE;
    }
    p.nextToken();
    int i = indexOf(name);
    if (i >= 0) {
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw NotPlain.INSTANCE;
      }
      seen |= bit;
    }
    return name;
  }

  /** Members usually come in the order the caller lists them: look there first, by reference. */
  private int indexOf(String n) {
    int count = known.length;
    for (int k = 0, i = hint; k < count; k++, i = i + 1 == count ? 0 : i + 1) {
      if (known[i] == n) {
        hint = i + 1 == count ? 0 : i + 1;
        return i;
      }
    }
    for (int i = 0; i < count; i++) {
      if (known[i].equals(n)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Keeps the current member raw, as the tree's node for it (the whole value, read to its end).
   *
   * @throws NotPlain if a member of that name was kept already
   */
  void keep() throws IOException {
    if (rest == null) {
      rest = new LinkedHashMap<>();
    } else if (rest.containsKey(name)) {
      throw NotPlain.INSTANCE;
    }
    rest.put(name, raw != null ? raw : Codecs.json().readTree(p));
  }

  /** The members kept raw, in document order. */
  Map<String, JsonNode> rest() {
    return rest == null ? Map.of() : rest;
  }

  /** As {@link RsuFields#text}: text of a scalar; null when JSON null or blank; structures kept raw. */
  String text() throws IOException {
    return scalarOrKeep();
  }

  /** As {@link RsuFields#parsed}: a value {@code parser} cannot read (null) is kept raw. */
  <T> T parsed(Function<String, T> parser) throws IOException {
    String s = scalarOrKeep();
    if (s == null) {
      return null;
    }
    T value = parser.apply(s);
    if (value == null) {
      keep();
    }
    return value;
  }

  /** The scalar's text; null for JSON null, blank text, or a structure (which is kept raw). */
  private String scalarOrKeep() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      keep();
      return null;
    }
    String s = scalarText(t);
    return s.isBlank() ? null : s;
  }

  /** As {@link RsuFields#longValue}. */
  Long longValue() throws IOException {
    if (isLongToken()) {
      return p.getLongValue();
    }
    return parsed(RsuFields::parseLong);
  }

  /** As {@link RsuFields#intValue}: a whole number beyond an int is kept raw. */
  Integer intValue() throws IOException {
    Long v = longValue();
    if (v == null) {
      return null;
    }
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      keep();
      return null;
    }
    return v.intValue();
  }

  /** As {@link RsuFields#money}. */
  Money money() throws IOException {
    return parsed(RunSignupValues::parseMoney);
  }

  /** As {@link RsuFields#dateTime}. */
  LocalDateTime dateTime() throws IOException {
    return parsed(RunSignupValues::parseDateTime);
  }

  /** As {@link RsuFields#date}. */
  LocalDate date() throws IOException {
    return parsed(RunSignupValues::parseDate);
  }

  /** As {@link RsuFields#unixSeconds}; a JSON integer is taken as a number, as its text would read. */
  Instant unixSeconds() throws IOException {
    if (isLongToken()) {
      try {
        return Instant.ofEpochSecond(p.getLongValue());
      } catch (DateTimeException e) {
        keep();
        return null;
      }
    }
    return parsed(RunSignupValues::parseUnixSeconds);
  }

  /**
   * As {@link RsuFields#object}: true when the value is an object, for the caller to read; JSON
   * null is understood as none, any other value kept raw.
   */
  boolean isObject() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      keep();
    }
    return false;
  }

  /**
   * As {@link RsuFields#list} followed by reading each item: an array of objects, a lone object as
   * a list of one, JSON null or blank text as none; any other value kept raw (and none read).
   *
   * @throws NotPlain if an item is not an object (the tree reader fails the page over it)
   */
  <T> List<T> list(ObjectReader<T> reader) throws IOException {
    JsonToken t = p.currentToken();
    List<T> out = new ArrayList<>();
    if (t == JsonToken.START_ARRAY) {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw NotPlain.INSTANCE;
        }
        out.add(reader.read(p));
      }
    } else if (t == JsonToken.START_OBJECT) {
      out.add(reader.read(p));
    } else if (t != JsonToken.VALUE_NULL && !(t == JsonToken.VALUE_STRING && p.getText().isBlank())) {
      keep();
    }
    // the same kind of list as the tree reader's stream().toList(), down to contains(null), even when empty
    return out.stream().toList();
  }

  /**
   * The text of each scalar in an array at the current {@code START_ARRAY}, as the tree's
   * {@code asText}; JSON nulls and nested structures are left out.
   */
  List<String> scalarTexts() throws IOException {
    List<String> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      } else if (t != JsonToken.VALUE_NULL) {
        raw = null;
        out.add(scalarText(t));
      }
    }
    raw = null;
    return out;
  }

  /** The current token as the parser's JSON integer within a long. */
  private boolean isLongToken() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return false;
    }
    JsonParser.NumberType type = p.getNumberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
  }

  /**
   * What the tree node's {@code asText()} gives for the current scalar: strings as they are,
   * booleans and integers within a long spelled as Java does, any other number through the node
   * the tree would build for it (kept for {@link #keep}).
   */
  private String scalarText(JsonToken t) throws IOException {
    switch (t) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      default:
        if (isLongToken()) {
          return Long.toString(p.getLongValue());
        }
        raw = Codecs.json().readTree(p);
        return raw.asText();
    }
  }
}
