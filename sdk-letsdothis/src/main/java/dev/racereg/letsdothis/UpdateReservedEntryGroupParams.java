package dev.racereg.letsdothis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Update a reserved entry group" ({@code PATCH /reserved-entries/{id}}; path and method
 * inferred): the members to change. Members left unset are not sent, so the platform keeps them.
 * Immutable.
 *
 * <p>Rules from the platform's reference, checked in {@link Builder#build()}: {@code id} not
 * blank; {@code name}, when set, matching {@code ^(\S).+$}; {@code maxCapacity}, when set,
 * {@code >= 0}; {@code tickets}, when set, at least one; at least one member to change. The
 * reference lists no {@code type} or {@code partnerId} for an update.
 */
public final class UpdateReservedEntryGroupParams extends RequestParams {

  private final String id;
  private final OpenObject settings;
  private final String name;
  private final Integer maxCapacity;
  private final List<ReservedEntryTicket> tickets;
  private final String description;

  private UpdateReservedEntryGroupParams(Builder b) {
    super(b);
    this.id = Validation.notBlank(b.id, "id");
    this.settings = b.settings;
    this.name = b.name == null ? null : Rules.name(b.name, "name");
    this.maxCapacity = b.maxCapacity == null ? null : Rules.nonNegative(b.maxCapacity, "maxCapacity");
    if (b.tickets != null) {
      Validation.check(!b.tickets.isEmpty(), "tickets", "must hold at least one ticket when set");
    }
    this.tickets = b.tickets == null ? null : List.copyOf(b.tickets);
    this.description = b.description;
    Validation.check(toJson().size() > 0, "members",
        "set at least one member to update (settings, name, maxCapacity, tickets or description)");
  }

  /** A builder; {@code id} and one member to change are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The group (path parameter). */
  public String id() {
    return id;
  }

  /** The new settings. */
  public Optional<OpenObject> settings() {
    return Optional.ofNullable(settings);
  }

  /** The new name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The new capacity. */
  public Optional<Integer> maxCapacity() {
    return Optional.ofNullable(maxCapacity);
  }

  /** The new settings per ticket (replacing the list). */
  public Optional<List<ReservedEntryTicket>> tickets() {
    return Optional.ofNullable(tickets);
  }

  /** The new description. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The JSON body: only the members set, in the reference's order. */
  ObjectNode toJson() {
    ObjectNode n = Json.object();
    if (settings != null) {
      n.set("settings", settings.json());
    }
    if (name != null) {
      n.put("name", name);
    }
    if (maxCapacity != null) {
      n.put("maxCapacity", maxCapacity);
    }
    if (tickets != null) {
      ArrayNode t = n.putArray("tickets");
      tickets.forEach(ticket -> t.add(ticket.toJson()));
    }
    if (description != null) {
      n.put("description", description);
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
    c.add("id", id)
        .add("settings", settings)
        .add("name", name)
        .add("maxCapacity", maxCapacity)
        .add("tickets", tickets)
        .add("description", description);
  }

  /** Builds {@link UpdateReservedEntryGroupParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<UpdateReservedEntryGroupParams, Builder> {
    private String id;
    private OpenObject settings;
    private String name;
    private Integer maxCapacity;
    private List<ReservedEntryTicket> tickets;
    private String description;

    private Builder() {}

    private Builder(UpdateReservedEntryGroupParams p) {
      super(p);
      id = p.id;
      settings = p.settings;
      name = p.name;
      maxCapacity = p.maxCapacity;
      tickets = p.tickets == null ? null : new ArrayList<>(p.tickets);
      description = p.description;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The group (required). */
    public Builder id(String v) {
      id = v;
      return this;
    }

    /** New settings. */
    public Builder settings(OpenObject v) {
      settings = v;
      return this;
    }

    /** A new name: at least 2 characters, not starting with white space. */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** A new capacity ({@code >= 0}). */
    public Builder maxCapacity(Integer v) {
      maxCapacity = v;
      return this;
    }

    /** New settings per ticket, replacing the list (at least one). */
    public Builder tickets(List<ReservedEntryTicket> v) {
      tickets = v == null ? null : new ArrayList<>(v);
      return this;
    }

    /** A new description. */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /**
     * Builds the update.
     *
     * @throws dev.racereg.core.error.ValidationException naming the broken member, or
     *     {@code members} when nothing would change
     */
    @Override
    public UpdateReservedEntryGroupParams build() {
      return new UpdateReservedEntryGroupParams(this);
    }
  }
}
