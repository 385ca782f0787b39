package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.racereg.core.model.UnknownFieldsModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A partner of the organiser (a charity, a sponsor, a company...) who can be given reserved
 * entries. Immutable. Members this SDK does not know are kept in {@link #unknownFields()}.
 */
public final class Partner extends UnknownFieldsModel {

  @JsonProperty("id")
  private String id;
  @JsonProperty("name")
  private String name;
  @JsonProperty("description")
  private String description;
  @JsonProperty("type")
  private PartnerType type;
  @JsonProperty("externalIds")
  private PartnerExternalIds externalIds;
  @JsonProperty("contacts")
  private List<PartnerContact> contacts;
  @JsonProperty("defaultMarketing")
  private OpenObject defaultMarketing;
  @JsonProperty("specificMarketings")
  private List<OpenObject> specificMarketings;
  @JsonProperty("canCreateSubPartners")
  private Boolean canCreateSubPartners;
  @JsonProperty("createdAt")
  private Instant createdAt;
  @JsonProperty("updatedAt")
  private Instant updatedAt;

  private Partner() {}

  /** The partner's id, e.g. {@code p_v7k8jsvoj2o}. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The name, e.g. {@code National Charity}. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The description. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The type, e.g. {@code CHARITY}. */
  public Optional<PartnerType> type() {
    return Optional.ofNullable(type);
  }

  /** The ids on fundraising platforms (empty ids when none). */
  public Optional<PartnerExternalIds> externalIds() {
    return Optional.ofNullable(externalIds);
  }

  /** The contacts. */
  public List<PartnerContact> contacts() {
    return Json.list(contacts);
  }

  /** The default marketing information ({@code PartnerMarketing}, schema collapsed in the doc). */
  public Optional<OpenObject> defaultMarketing() {
    return Optional.ofNullable(defaultMarketing);
  }

  /** Event-specific marketing information ({@code SpecificPartnerMarketing}, schema collapsed). */
  public List<OpenObject> specificMarketings() {
    return Json.list(specificMarketings);
  }

  /** Whether the partner can create sub-partners. */
  public Optional<Boolean> canCreateSubPartners() {
    return Optional.ofNullable(canCreateSubPartners);
  }

  /** When the partner was created. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the partner last changed. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  @Override
  public String toString() {
    return "Partner{id=" + id + ", name=" + name + ", type=" + type + "}";
  }
}
