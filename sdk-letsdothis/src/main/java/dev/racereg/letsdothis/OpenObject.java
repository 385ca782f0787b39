package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value whose members the platform's published reference does not list: its schema is
 * collapsed there ({@code PartnerMarketing}, {@code ReservedEntryGroupSettings}, a participant's
 * {@code waves}, {@code tracking}, {@code course}...). Rather than guess at types, the SDK keeps
 * the value exactly as sent and gives typed reads of its members. Immutable: the JSON is copied
 * in and out.
 *
 * <p>To send one (marketing, settings), build it with {@link #builder()}:
 *
 * <pre>{@code
 * OpenObject settings = OpenObject.builder().put("requireApproval", true).build();
 * }</pre>
 */
public final class OpenObject {

  private final JsonNode json;

  private OpenObject(JsonNode json) {
    this.json = json;
  }

  /**
   * Wraps a copy of a JSON value (usually an object).
   *
   * @throws NullPointerException if {@code json} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OpenObject of(JsonNode json) {
    return new OpenObject(Objects.requireNonNull(json, "json").deepCopy());
  }

  /** A builder of a JSON object. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy of the value, exactly as the platform sent it (or as built). */
  @JsonValue
  public JsonNode json() {
    return json.deepCopy();
  }

  /** Whether the value is a JSON object (the usual case). */
  public boolean isObject() {
    return json.isObject();
  }

  /** The member names, in the order sent; empty when the value is not an object. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return Collections.unmodifiableList(names);
  }

  /** A copy of a member's value; empty when absent (a JSON {@code null} is present). */
  public Optional<JsonNode> get(String name) {
    JsonNode v = json.get(name);
    return v == null ? Optional.empty() : Optional.of(v.deepCopy());
  }

  /**
   * A member as text: strings as they are, numbers and booleans as JSON writes them; empty when
   * absent, {@code null} or not a scalar.
   */
  public Optional<String> string(String name) {
    JsonNode v = json.get(name);
    return v == null || v.isNull() || v.isContainerNode() ? Optional.empty() : Optional.of(v.asText());
  }

  /** A member as a boolean; empty when absent or not a JSON boolean. */
  public Optional<Boolean> bool(String name) {
    JsonNode v = json.get(name);
    return v != null && v.isBoolean() ? Optional.of(v.booleanValue()) : Optional.empty();
  }

  /** A member as a number; empty when absent or not a JSON number. */
  public Optional<BigDecimal> number(String name) {
    JsonNode v = json.get(name);
    return v != null && v.isNumber() ? Optional.of(v.decimalValue()) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpenObject && json.equals(((OpenObject) o).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** The JSON text. */
  @Override
  public String toString() {
    return json.toString();
  }

  /** Builds an {@link OpenObject} holding a JSON object. Not thread-safe. */
  public static final class Builder {
    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    private Builder() {}

    /** Sets a text member (null sends JSON {@code null}). */
    public Builder put(String name, String value) {
      node.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** Sets a boolean member. */
    public Builder put(String name, boolean value) {
      node.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** Sets a whole-number member. */
    public Builder put(String name, long value) {
      node.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** Sets a member to a copy of any JSON value (null sends JSON {@code null}). */
    public Builder put(String name, JsonNode value) {
      node.set(Objects.requireNonNull(name, "name"),
          value == null ? JsonNodeFactory.instance.nullNode() : value.deepCopy());
      return this;
    }

    /** Builds the object. */
    public OpenObject build() {
      return new OpenObject(node.deepCopy());
    }
  }
}
