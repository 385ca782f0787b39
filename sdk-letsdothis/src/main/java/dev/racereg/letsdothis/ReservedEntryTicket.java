package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A reserved entry group's settings for one ticket ({@code ReservedEntryTicket}: "reserved entry
 * settings for particular tickets"). Immutable; build one to send with {@link #builder()}.
 *
 * <p><b>Inferred members.</b> The platform's reference collapses this schema. The SDK reads and
 * writes {@code ticketId}, the name the platform uses for a ticket's id on participants; any other
 * setting is kept on reading ({@link #unknownFields()}) and can be sent with
 * {@link Builder#put(String, JsonNode)}.
 */
public final class ReservedEntryTicket extends UnknownFieldsModel {

  @JsonProperty("ticketId")
  private String ticketId;


  private ReservedEntryTicket() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings for one ticket, by its id.
   *
   * @throws dev.racereg.core.error.ValidationException if the id is blank
   */
  public static ReservedEntryTicket of(String ticketId) {
    return builder().ticketId(ticketId).build();
  }


  /** The ticket's id. */
  public Optional<String> ticketId() {
    return Optional.ofNullable(ticketId);
  }


  ObjectNode toJson() {
    ObjectNode n = Json.object();
    if (ticketId != null) {
      n.put("ticketId", ticketId);
    }
    Json.putAll(n, unknownFields());
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReservedEntryTicket && Objects.equals(ticketId, ((ReservedEntryTicket) o).ticketId)
        && unknownFields().equals(((ReservedEntryTicket) o).unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ticketId);
  }

  @Override
  public String toString() {
    return "ReservedEntryTicket" + toJson();
  }

  /** Builds a {@link ReservedEntryTicket}. Not thread-safe. */
  public static final class Builder {
    private String ticketId;
    private final Map<String, JsonNode> extra = new LinkedHashMap<>();

    private Builder() {}

    /** The ticket's id. */
    public Builder ticketId(String v) {
      ticketId = v;
      return this;
    }

    /** Any other setting to send (a copy of the value is kept). */
    public Builder put(String name, JsonNode value) {
      extra.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value").deepCopy());
      return this;
    }

    /**
     * Builds the settings.
     *
     * @throws dev.racereg.core.error.ValidationException naming {@code tickets.ticketId} if it is
     *     blank, or {@code tickets} if nothing is set
     */
    public ReservedEntryTicket build() {
      if (ticketId != null) {
        Validation.notBlank(ticketId, "tickets.ticketId");
      }
      Validation.check(ticketId != null || !extra.isEmpty(), "tickets",
          "each ticket must name a ticketId or carry a setting");
      ReservedEntryTicket t = new ReservedEntryTicket();
      t.ticketId = ticketId;
      extra.forEach(t::putUnknownField);
      return t;
    }
  }
}
