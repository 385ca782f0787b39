package dev.racereg.letsdothis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON helpers shared by the models and the request bodies. */
final class Json {

  /** The wire format of the date filters: {@code 2020-01-01T20:15:00.000Z}, always UTC. */
  static final DateTimeFormatter WIRE_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** An instant as the platform writes it. */
  static String format(Instant instant) {
    return WIRE_INSTANT.format(instant);
  }

  /** Unmodifiable deep copies, in order: what models hand out as their unknown fields. */
  static Map<String, JsonNode> copies(Map<String, JsonNode> fields) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, v == null ? JsonNodeFactory.instance.nullNode() : v.deepCopy()));
    return Collections.unmodifiableMap(out);
  }

  /** A read-only view of a list that may be null. */
  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(list);
  }

  /** Puts every unknown field of a model back into a JSON object, after the known ones. */
  static void putAll(ObjectNode target, Map<String, JsonNode> unknown) {
    unknown.forEach((k, v) -> {
      if (!target.has(k)) {
        target.set(k, v == null ? JsonNodeFactory.instance.nullNode() : v.deepCopy());
      }
    });
  }

  /**
   * A price object {@code {"value": <minor units>, "currencyCode": "GBP"}} as {@link Money}. An
   * empty object or a null value is no price; an amount without a currency, a fractional amount
   * or an unknown currency code is a format error.
   */
  static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isObject()) {
        return ctxt.reportInputMismatch(Money.class, "a price must be an object with value and currencyCode");
      }
      JsonNode value = node.get("value");
      if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
        return null;
      }
      JsonNode code = node.has("currencyCode") ? node.get("currencyCode") : node.get("currency");
      if (code == null || !code.isTextual() || code.asText().isBlank()) {
        return ctxt.reportInputMismatch(Money.class, "a price has a value but no currencyCode");
      }
      long minor;
      try {
        BigDecimal amount = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
        minor = amount.longValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        return ctxt.reportInputMismatch(Money.class,
            "a price value must be a whole number of minor units (pence, cents)");
      }
      Currency currency;
      try {
        currency = Currency.getInstance(code.asText().trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(Money.class, "unknown currency code " + code.asText());
      }
      return new Money(minor, currency);
    }
  }

  /**
   * Tags as text: the doc collapses their schema, so a tag that is a string or number is kept as
   * its text, and an object as its compact JSON text.
   */
  static final class TagsDeserializer extends JsonDeserializer<List<String>> {
    @Override
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      List<String> tags = new ArrayList<>();
      if (node == null || node.isNull()) {
        return tags;
      }
      for (JsonNode tag : node.isArray() ? node : List.of(node)) {
        if (!tag.isNull()) {
          tags.add(tag.isValueNode() ? tag.asText() : tag.toString());
        }
      }
      return tags;
    }

    @Override
    public List<String> getNullValue(DeserializationContext ctxt) {
      return new ArrayList<>();
    }
  }

  /**
   * {@code bookingCodesUsed}: the platform's collected facts show an array of {@code {code}}
   * objects, while its reference sample shows an object. Both are read: an array item is a code
   * object or a bare string; an object is one code (none when it is empty).
   */
  static final class BookingCodesDeserializer extends JsonDeserializer<List<BookingCode>> {
    @Override
    public List<BookingCode> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      List<BookingCode> codes = new ArrayList<>();
      if (node == null || node.isNull()) {
        return codes;
      }
      if (node.isObject()) {
        if (node.size() > 0) {
          codes.add(BookingCode.from(node));
        }
        return codes;
      }
      if (!node.isArray()) {
        codes.add(BookingCode.from(node));
        return codes;
      }
      for (JsonNode item : node) {
        if (!item.isNull()) {
          codes.add(BookingCode.from(item));
        }
      }
      return codes;
    }

    @Override
    public List<BookingCode> getNullValue(DeserializationContext ctxt) {
      return new ArrayList<>();
    }
  }

  /** Reads a tree into a model with the SDK's mapper. */
  static <T> T convert(JsonNode node, Class<T> type) throws IOException {
    return Codecs.json().treeToValue(node, type);
  }
}
