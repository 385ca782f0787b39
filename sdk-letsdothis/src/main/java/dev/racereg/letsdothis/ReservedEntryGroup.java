package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.List;
import java.util.Optional;

/**
 * A reserved entry group: entries of an event set aside for a partner (or the organiser), who
 * hands them out through links. Immutable. Members this SDK does not know are kept in
 * {@link #unknownFields()}.
 */
public final class ReservedEntryGroup extends UnknownFieldsModel {

  @JsonProperty("id")
  private String id;
  @JsonProperty("name")
  private String name;
  @JsonProperty("description")
  private String description;
  @JsonProperty("eventId")
  private String eventId;
  @JsonProperty("partnerId")
  private String partnerId;
  @JsonProperty("maxCapacity")
  private Integer maxCapacity;
  @JsonProperty("usedCapacity")
  private Integer usedCapacity;
  @JsonProperty("tickets")
  private List<ReservedEntryTicket> tickets;
  @JsonProperty("type")
  private ReservedEntryGroupType type;
  @JsonProperty("settings")
  private OpenObject settings;

  private ReservedEntryGroup() {}

  /** The group's id, e.g. {@code re_abcd6ss01x8}. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The description. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The event the entries are for. */
  public Optional<String> eventId() {
    return Optional.ofNullable(eventId);
  }

  /** The partner the group is assigned to; empty when only the organiser manages it. */
  public Optional<String> partnerId() {
    return Optional.ofNullable(partnerId);
  }

  /** How many entries the group holds. */
  public Optional<Integer> maxCapacity() {
    return Optional.ofNullable(maxCapacity);
  }

  /** How many of them are used. */
  public Optional<Integer> usedCapacity() {
    return Optional.ofNullable(usedCapacity);
  }

  /** How many entries are left ({@code maxCapacity - usedCapacity}), when both are known. */
  public Optional<Integer> remainingCapacity() {
    return maxCapacity == null || usedCapacity == null ? Optional.empty()
        : Optional.of(Math.max(0, maxCapacity - usedCapacity));
  }

  /** The settings per ticket. */
  public List<ReservedEntryTicket> tickets() {
    return Json.list(tickets);
  }

  /** Whether links are multi-use or single-use. */
  public Optional<ReservedEntryGroupType> type() {
    return Optional.ofNullable(type);
  }

  /** The group's settings ({@code ReservedEntryGroupSettings}, schema collapsed in the doc). */
  public Optional<OpenObject> settings() {
    return Optional.ofNullable(settings);
  }

  @Override
  public String toString() {
    return "ReservedEntryGroup{id=" + id + ", name=" + name + ", used=" + usedCapacity + "/" + maxCapacity + "}";
  }
}
