package dev.racereg.letsdothis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Update a partner by ID" ({@code PATCH /partners/{id}}; path and method inferred): the partner,
 * by its id or an external id, and the members to change. Members left unset are not sent, so the
 * platform keeps them. Immutable.
 *
 * <p>Rules, checked in {@link Builder#build()}: {@code id} not blank; {@code name}, when set,
 * matching {@code ^(\S).+$}; at least one member to change. The reference lists no {@code type}
 * or {@code contacts} for an update, so neither can be changed here.
 */
public final class UpdatePartnerParams extends RequestParams {

  private final String id;
  private final ExternalIdType externalIdType;
  private final String name;
  private final String description;
  private final PartnerExternalIds externalIds;
  private final OpenObject defaultMarketing;
  private final List<OpenObject> specificMarketings;
  private final Boolean canCreateSubPartners;

  private UpdatePartnerParams(Builder b) {
    super(b);
    this.id = Validation.notBlank(b.id, "id");
    this.externalIdType = b.externalIdType;
    this.name = b.name == null ? null : Rules.name(b.name, "name");
    this.description = b.description;
    this.externalIds = b.externalIds;
    this.defaultMarketing = b.defaultMarketing;
    this.specificMarketings = b.specificMarketings == null ? null : List.copyOf(b.specificMarketings);
    this.canCreateSubPartners = b.canCreateSubPartners;
    Validation.check(toJson().size() > 0, "members",
        "set at least one member to update (name, description, externalIds, defaultMarketing, "
            + "specificMarketings or canCreateSubPartners)");
  }

  /** A builder; {@code id} and one member to change are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The partner's id, or its external id when {@link #externalIdType()} is set. */
  public String id() {
    return id;
  }

  /** The type of external id {@link #id()} is ({@code ?externalId=...}). */
  public Optional<ExternalIdType> externalIdType() {
    return Optional.ofNullable(externalIdType);
  }

  /** The new name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The new description. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The new external ids. */
  public Optional<PartnerExternalIds> externalIds() {
    return Optional.ofNullable(externalIds);
  }

  /** The new default marketing information. */
  public Optional<OpenObject> defaultMarketing() {
    return Optional.ofNullable(defaultMarketing);
  }

  /** The new event-specific marketing information. */
  public Optional<List<OpenObject>> specificMarketings() {
    return Optional.ofNullable(specificMarketings);
  }

  /** Whether the partner can create sub-partners. */
  public Optional<Boolean> canCreateSubPartners() {
    return Optional.ofNullable(canCreateSubPartners);
  }

  /** The JSON body: only the members set, in the reference's order. */
  ObjectNode toJson() {
    ObjectNode n = Json.object();
    if (name != null) {
      n.put("name", name);
    }
    PartnerBody.putDetails(n, description, externalIds);
    PartnerBody.putMarketing(n, defaultMarketing, specificMarketings, canCreateSubPartners);
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
        .add("externalIdType", externalIdType)
        .add("name", name)
        .add("description", description)
        .add("externalIds", externalIds)
        .add("defaultMarketing", defaultMarketing)
        .add("specificMarketings", specificMarketings)
        .add("canCreateSubPartners", canCreateSubPartners);
  }


  /** Builds {@link UpdatePartnerParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<UpdatePartnerParams, Builder> {
    private String id;
    private ExternalIdType externalIdType;
    private String name;
    private String description;
    private PartnerExternalIds externalIds;
    private OpenObject defaultMarketing;
    private List<OpenObject> specificMarketings;
    private Boolean canCreateSubPartners;

    private Builder() {}

    private Builder(UpdatePartnerParams p) {
      super(p);
      id = p.id;
      externalIdType = p.externalIdType;
      name = p.name;
      description = p.description;
      externalIds = p.externalIds;
      defaultMarketing = p.defaultMarketing;
      specificMarketings = p.specificMarketings == null ? null : new ArrayList<>(p.specificMarketings);
      canCreateSubPartners = p.canCreateSubPartners;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The partner's id (required), or its external id with {@link #externalIdType}. */
    public Builder id(String v) {
      id = v;
      return this;
    }

    /** Find the partner by this type of external id; null for its Let's Do This id. */
    public Builder externalIdType(ExternalIdType v) {
      externalIdType = v;
      return this;
    }

    /** A new name: at least 2 characters, not starting with white space. */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** A new description. */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /** New external ids. */
    public Builder externalIds(PartnerExternalIds v) {
      externalIds = v;
      return this;
    }

    /** New default marketing information. */
    public Builder defaultMarketing(OpenObject v) {
      defaultMarketing = v;
      return this;
    }

    /** New event-specific marketing information (replaces the list). */
    public Builder specificMarketings(List<OpenObject> v) {
      specificMarketings = v == null ? null : new ArrayList<>(v);
      return this;
    }

    /** Whether the partner can create sub-partners. */
    public Builder canCreateSubPartners(Boolean v) {
      canCreateSubPartners = v;
      return this;
    }

    /**
     * Builds the update.
     *
     * @throws dev.racereg.core.error.ValidationException naming {@code id} or {@code name} if a
     *     rule is broken, or {@code members} when nothing would change
     */
    @Override
    public UpdatePartnerParams build() {
      return new UpdatePartnerParams(this);
    }
  }
}
