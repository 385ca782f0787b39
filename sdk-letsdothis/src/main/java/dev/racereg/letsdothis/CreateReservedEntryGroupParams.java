package dev.racereg.letsdothis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "Create a new reserved entry group" under an event ({@code POST /events/{id}/reserved-entries},
 * path inferred). Immutable.
 *
 * <p>Rules from the platform's reference, checked in {@link Builder#build()}: {@code eventId} not
 * blank; {@code name} required, matching {@code ^(\S).+$}; {@code maxCapacity} required,
 * {@code >= 0}; at least one ticket; {@code type} required, one of the listed
 * {@link ReservedEntryGroupType}s; {@code partnerId}, when set, not blank (without it only the
 * organiser manages the entries).
 */
public final class CreateReservedEntryGroupParams extends RequestParams {

  private final String eventId;
  private final String name;
  private final String partnerId;
  private final int maxCapacity;
  private final List<ReservedEntryTicket> tickets;
  private final String description;
  private final ReservedEntryGroupType type;
  private final OpenObject settings;

  private CreateReservedEntryGroupParams(Builder b) {
    super(b);
    this.eventId = Validation.notBlank(b.eventId, "eventId");
    this.name = Rules.name(b.name, "name");
    this.partnerId = b.partnerId == null ? null : Validation.notBlank(b.partnerId, "partnerId");
    this.maxCapacity = Rules.nonNegative(b.maxCapacity, "maxCapacity");
    Validation.check(!b.tickets.isEmpty(), "tickets", "must hold at least one ticket");
    this.tickets = List.copyOf(b.tickets);
    this.description = b.description;
    this.type = Validation.required(b.type, "type");
    Validation.check(type.isKnown(), "type", "must be one of MULTI_USE, SINGLE_USE, UNKNOWN, was " + type);
    this.settings = b.settings;
  }

  /** A builder; {@code eventId}, {@code name}, {@code maxCapacity}, a ticket and {@code type} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event (path parameter). */
  public String eventId() {
    return eventId;
  }

  /** The group's name. */
  public String name() {
    return name;
  }

  /** The partner the group is assigned to. */
  public Optional<String> partnerId() {
    return Optional.ofNullable(partnerId);
  }

  /** How many entries the group holds. */
  public int maxCapacity() {
    return maxCapacity;
  }

  /** The settings per ticket (at least one). */
  public List<ReservedEntryTicket> tickets() {
    return tickets;
  }

  /** The description. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Multi-use or single-use links. */
  public ReservedEntryGroupType type() {
    return type;
  }

  /** The group's settings. */
  public Optional<OpenObject> settings() {
    return Optional.ofNullable(settings);
  }

  /** The JSON body, members in the reference's order; unset members are left out. */
  ObjectNode toJson() {
    ObjectNode n = Json.object();
    n.put("name", name);
    if (partnerId != null) {
      n.put("partnerId", partnerId);
    }
    n.put("maxCapacity", maxCapacity);
    ArrayNode t = n.putArray("tickets");
    tickets.forEach(ticket -> t.add(ticket.toJson()));
    if (description != null) {
      n.put("description", description);
    }
    n.put("type", type.value());
    if (settings != null) {
      n.set("settings", settings.json());
    }
    return n;
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  protected void components(Components c) {
    c.add("eventId", eventId)
        .add("name", name)
        .add("partnerId", partnerId)
        .add("maxCapacity", maxCapacity)
        .add("tickets", tickets)
        .add("description", description)
        .add("type", type)
        .add("settings", settings);
  }

  /** Builds {@link CreateReservedEntryGroupParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<CreateReservedEntryGroupParams, Builder> {
    private String eventId;
    private String name;
    private String partnerId;
    private Integer maxCapacity;
    private final List<ReservedEntryTicket> tickets = new ArrayList<>();
    private String description;
    private ReservedEntryGroupType type;
    private OpenObject settings;

    private Builder() {}

    private Builder(CreateReservedEntryGroupParams p) {
      super(p);
      eventId = p.eventId;
      name = p.name;
      partnerId = p.partnerId;
      maxCapacity = p.maxCapacity;
      tickets.addAll(p.tickets);
      description = p.description;
      type = p.type;
      settings = p.settings;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The event (required). */
    public Builder eventId(String v) {
      eventId = v;
      return this;
    }

    /** The name (required): at least 2 characters, not starting with white space. */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** The partner to assign the group to; null for one the organiser manages. */
    public Builder partnerId(String v) {
      partnerId = v;
      return this;
    }

    /** How many entries the group holds (required, {@code >= 0}). */
    public Builder maxCapacity(Integer v) {
      maxCapacity = v;
      return this;
    }

    /** Adds settings for one ticket (at least one is required). */
    public Builder addTicket(ReservedEntryTicket ticket) {
      tickets.add(Objects.requireNonNull(ticket, "ticket"));
      return this;
    }

    /** Adds a ticket by id, with no further settings. */
    public Builder addTicket(String ticketId) {
      return addTicket(ReservedEntryTicket.of(ticketId));
    }

    /** Replaces the tickets. */
    public Builder tickets(List<ReservedEntryTicket> v) {
      tickets.clear();
      v.forEach(this::addTicket);
      return this;
    }

    /** The description. */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /** Multi-use or single-use links (required). */
    public Builder type(ReservedEntryGroupType v) {
      type = v;
      return this;
    }

    /** The group's settings. */
    public Builder settings(OpenObject v) {
      settings = v;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws dev.racereg.core.error.ValidationException naming the broken member
     */
    @Override
    public CreateReservedEntryGroupParams build() {
      return new CreateReservedEntryGroupParams(this);
    }
  }
}
