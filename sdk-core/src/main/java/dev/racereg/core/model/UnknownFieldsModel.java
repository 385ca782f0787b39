package dev.racereg.core.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model read from a platform that keeps the JSON members this SDK does not know, in the order
 * they arrived, instead of dropping them: a member a platform adds tomorrow is readable today
 * through {@link #unknownFields()}, and is written back out if the model is ever serialized.
 *
 * <p>A model adopts it by extending it and declaring its known members as usual; Jackson hands
 * every other member to this base. Nothing else is needed:
 *
 * <pre>{@code
 * public final class Partner extends UnknownFieldsModel {
 *   @JsonProperty("id") private String id;
 *   @JsonProperty("name") private String name;
 *
 *   public String id() { return id; }
 *   public Optional<String> name() { return Optional.ofNullable(name); }
 * }
 * }</pre>
 *
 * <p>Every unknown member reaches the base whatever the mapper's {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} says (an any-setter takes them all); the model must not declare an
 * any-setter of its own. A model that kept its unknown members itself before drops that field and
 * its {@code extra()} / {@code raw()} accessor in favour of {@link #unknownFields()}. A model with a custom deserializer calls {@link
 * #putUnknownField} for each member it does not map. Models are filled once while decoding and
 * are safe to share between threads afterwards.
 */
public abstract class UnknownFieldsModel {

  private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

  /** For subclasses. */
  protected UnknownFieldsModel() {}

  /**
   * Keeps one member the model does not declare. Called by Jackson while decoding, or by a
   * subclass's own decoding code; a later member of the same name replaces an earlier one, as
   * Jackson does for declared members. A Java {@code null} is kept as JSON {@code null}.
   */
  @JsonAnySetter
  protected final void putUnknownField(String name, JsonNode value) {
    unknownFields.put(name, value == null ? NullNode.getInstance() : value);
  }

  /**
   * The members the platform sent that this SDK version does not model, by name, in arrival
   * order, as raw JSON. Unmodifiable; the values are copies, so changing one changes nothing
   * here.
   *
   * @return the unknown members, empty when there were none
   */
  public final Map<String, JsonNode> unknownFields() {
    Map<String, JsonNode> copies = new LinkedHashMap<>();
    unknownFields.forEach((k, v) -> copies.put(k, v.deepCopy()));
    return Collections.unmodifiableMap(copies);
  }

  /** What Jackson writes after the declared members, so a written model loses nothing read. */
  @JsonAnyGetter
  private Map<String, JsonNode> unknownFieldsForWriting() {
    return Collections.unmodifiableMap(unknownFields);
  }
}
