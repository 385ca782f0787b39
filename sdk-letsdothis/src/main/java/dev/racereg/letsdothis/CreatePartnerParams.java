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
 * The body of "create a partner" ({@code POST /partners}, path inferred). Immutable.
 *
 * <p>Rules from the platform's reference, checked in {@link Builder#build()}: {@code name}
 * required, matching {@code ^(\S).+$}; at least one contact; {@code type}, when set, one of the
 * listed {@link PartnerType}s.
 */
public final class CreatePartnerParams extends RequestParams {

  private final String name;
  private final String description;
  private final PartnerExternalIds externalIds;
  private final PartnerType type;
  private final List<PartnerContact> contacts;
  private final OpenObject defaultMarketing;
  private final List<OpenObject> specificMarketings;
  private final Boolean canCreateSubPartners;

  private CreatePartnerParams(Builder b) {
    super(b);
    this.name = Rules.name(b.name, "name");
    this.description = b.description;
    this.externalIds = b.externalIds;
    this.type = b.type;
    if (type != null) {
      Validation.check(type.isKnown(), "type", "must be one of " + PartnerType.CHARITY + ", "
          + PartnerType.CORPORATE + ", " + PartnerType.FRIENDS_AND_FAMILY + ", "
          + PartnerType.MERCH_PARTNER + ", " + PartnerType.SPONSOR + ", was " + type);
    }
    Validation.check(!b.contacts.isEmpty(), "contacts", "must hold at least one contact");
    this.contacts = List.copyOf(b.contacts);
    this.defaultMarketing = b.defaultMarketing;
    this.specificMarketings = b.specificMarketings == null ? null : List.copyOf(b.specificMarketings);
    this.canCreateSubPartners = b.canCreateSubPartners;
  }

  /** A builder; {@code name} and one contact are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The partner's name. */
  public String name() {
    return name;
  }

  /** The description. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The external ids. */
  public Optional<PartnerExternalIds> externalIds() {
    return Optional.ofNullable(externalIds);
  }

  /** The type. */
  public Optional<PartnerType> type() {
    return Optional.ofNullable(type);
  }

  /** The contacts (at least one). */
  public List<PartnerContact> contacts() {
    return contacts;
  }

  /** The default marketing information. */
  public Optional<OpenObject> defaultMarketing() {
    return Optional.ofNullable(defaultMarketing);
  }

  /** Event-specific marketing information; empty when not sent. */
  public Optional<List<OpenObject>> specificMarketings() {
    return Optional.ofNullable(specificMarketings);
  }

  /** Whether the partner can create sub-partners. */
  public Optional<Boolean> canCreateSubPartners() {
    return Optional.ofNullable(canCreateSubPartners);
  }

  /** The JSON body, members in the reference's order; unset members are left out. */
  ObjectNode toJson() {
    ObjectNode n = Json.object();
    n.put("name", name);
    PartnerBody.putDetails(n, description, externalIds);
    if (type != null) {
      n.put("type", type.value());
    }
    ArrayNode c = n.putArray("contacts");
    contacts.forEach(contact -> c.add(contact.toJson()));
    PartnerBody.putMarketing(n, defaultMarketing, specificMarketings, canCreateSubPartners);
    return n;
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@code contacts} is personal data: {@code toString()} masks it. */
  @Override
  protected void components(Components c) {
    c.add("name", name)
        .add("description", description)
        .add("externalIds", externalIds)
        .add("type", type)
        .secret("contacts", contacts)
        .add("defaultMarketing", defaultMarketing)
        .add("specificMarketings", specificMarketings)
        .add("canCreateSubPartners", canCreateSubPartners);
  }

  /** Builds {@link CreatePartnerParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<CreatePartnerParams, Builder> {
    private String name;
    private String description;
    private PartnerExternalIds externalIds;
    private PartnerType type;
    private final List<PartnerContact> contacts = new ArrayList<>();
    private OpenObject defaultMarketing;
    private List<OpenObject> specificMarketings;
    private Boolean canCreateSubPartners;

    private Builder() {}

    private Builder(CreatePartnerParams p) {
      super(p);
      name = p.name;
      description = p.description;
      externalIds = p.externalIds;
      type = p.type;
      contacts.addAll(p.contacts);
      defaultMarketing = p.defaultMarketing;
      specificMarketings = p.specificMarketings == null ? null : new ArrayList<>(p.specificMarketings);
      canCreateSubPartners = p.canCreateSubPartners;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The name (required): at least 2 characters, not starting with white space. */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** The description. */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /** The ids on fundraising platforms. */
    public Builder externalIds(PartnerExternalIds v) {
      externalIds = v;
      return this;
    }

    /** The type, one of the {@link PartnerType} constants. */
    public Builder type(PartnerType v) {
      type = v;
      return this;
    }

    /** Adds a contact (at least one is required). */
    public Builder addContact(PartnerContact contact) {
      contacts.add(Objects.requireNonNull(contact, "contact"));
      return this;
    }

    /** Replaces the contacts. */
    public Builder contacts(List<PartnerContact> v) {
      contacts.clear();
      v.forEach(this::addContact);
      return this;
    }

    /** The default marketing information. */
    public Builder defaultMarketing(OpenObject v) {
      defaultMarketing = v;
      return this;
    }

    /** Event-specific marketing information. */
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
     * Builds the body.
     *
     * @throws dev.racereg.core.error.ValidationException naming {@code name}, {@code type} or
     *     {@code contacts} if a rule is broken
     */
    @Override
    public CreatePartnerParams build() {
      return new CreatePartnerParams(this);
    }
  }
}
