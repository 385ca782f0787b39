package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.Objects;
import java.util.Optional;

/**
 * The ids a partner has on fundraising platforms ({@code PartnerExternalIds}): Enthuse,
 * JustGiving and the London Marathon, the three types a partner can also be looked up by (see
 * {@link ExternalIdType}). Other members the platform sends are kept. Immutable; build one to
 * send with {@link #builder()}.
 */
public final class PartnerExternalIds extends UnknownFieldsModel {

  @JsonProperty("enthuse")
  private String enthuse;
  @JsonProperty("justGiving")
  private String justGiving;
  @JsonProperty("londonMarathon")
  private String londonMarathon;


  private PartnerExternalIds() {}

  /** A builder; every id is optional. */
  public static Builder builder() {
    return new Builder();
  }


  /** The Enthuse id. */
  public Optional<String> enthuse() {
    return Optional.ofNullable(enthuse);
  }

  /** The JustGiving id. */
  public Optional<String> justGiving() {
    return Optional.ofNullable(justGiving);
  }

  /** The London Marathon id. */
  public Optional<String> londonMarathon() {
    return Optional.ofNullable(londonMarathon);
  }

  /** The id of the given type. */
  public Optional<String> get(ExternalIdType type) {
    switch (Objects.requireNonNull(type, "type")) {
      case ENTHUSE: return enthuse();
      case JUST_GIVING: return justGiving();
      default: return londonMarathon();
    }
  }


  /** Whether no id is set. */
  public boolean isEmpty() {
    return enthuse == null && justGiving == null && londonMarathon == null && unknownFields().isEmpty();
  }

  ObjectNode toJson() {
    ObjectNode n = Json.object();
    if (enthuse != null) {
      n.put("enthuse", enthuse);
    }
    if (justGiving != null) {
      n.put("justGiving", justGiving);
    }
    if (londonMarathon != null) {
      n.put("londonMarathon", londonMarathon);
    }
    Json.putAll(n, unknownFields());
    return n;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PartnerExternalIds)) {
      return false;
    }
    PartnerExternalIds x = (PartnerExternalIds) o;
    return Objects.equals(enthuse, x.enthuse) && Objects.equals(justGiving, x.justGiving)
        && Objects.equals(londonMarathon, x.londonMarathon) && unknownFields().equals(x.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(enthuse, justGiving, londonMarathon);
  }

  @Override
  public String toString() {
    return "PartnerExternalIds" + toJson();
  }

  /** Builds {@link PartnerExternalIds}. Not thread-safe. */
  public static final class Builder {
    private final PartnerExternalIds ids = new PartnerExternalIds();

    private Builder() {}

    /** The Enthuse id. */
    public Builder enthuse(String id) {
      ids.enthuse = id;
      return this;
    }

    /** The JustGiving id. */
    public Builder justGiving(String id) {
      ids.justGiving = id;
      return this;
    }

    /** The London Marathon id. */
    public Builder londonMarathon(String id) {
      ids.londonMarathon = id;
      return this;
    }

    /**
     * Builds the ids.
     *
     * @throws dev.racereg.core.error.ValidationException naming the id if one is blank
     */
    public PartnerExternalIds build() {
      PartnerExternalIds out = new PartnerExternalIds();
      out.enthuse = nonBlank(ids.enthuse, "externalIds.enthuse");
      out.justGiving = nonBlank(ids.justGiving, "externalIds.justGiving");
      out.londonMarathon = nonBlank(ids.londonMarathon, "externalIds.londonMarathon");
      return out;
    }

    private static String nonBlank(String v, String field) {
      if (v != null) {
        dev.racereg.core.internal.Validation.notBlank(v, field);
      }
      return v;
    }
  }
}
