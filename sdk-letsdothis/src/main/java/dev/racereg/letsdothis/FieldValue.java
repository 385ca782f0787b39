package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of a booking form, an item of {@code fields[]}: {@code {"id": "firstName", "name":
 * "First name", "value": "Amelia"}}. The platform keeps personal data (names, e-mail, date of
 * birth, address, emergency contact, the booking status) and the organiser's own questions this
 * way; {@link ParticipantFields} reads the common ones. Immutable.
 */
public final class FieldValue extends UnknownFieldsModel {

  @JsonProperty("id")
  private String id;
  @JsonProperty("name")
  private String name;
  @JsonProperty("value")
  private JsonNode value;


  private FieldValue() {}


  /** The field's id, e.g. {@code firstName} or an organiser's custom id; may be absent. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The field's label as shown on the form, e.g. {@code First name}. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The answer as text: empty when it is absent, {@code null} or blank text (the platform sends
   * both for unanswered fields), or not a scalar (see {@link #rawValue()}). Numbers and booleans
   * come as JSON writes them.
   */
  public Optional<String> value() {
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** A copy of the answer exactly as sent (JSON {@code null} when absent). */
  public JsonNode rawValue() {
    return value == null ? NullNode.getInstance() : value.deepCopy();
  }


  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldValue)) {
      return false;
    }
    FieldValue f = (FieldValue) o;
    return Objects.equals(id, f.id) && Objects.equals(name, f.name)
        && Objects.equals(value, f.value) && unknownFields().equals(f.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, value);
  }

  /** The id only: values are personal data. */
  @Override
  public String toString() {
    return "FieldValue{" + id + "}";
  }
}
