package dev.racereg.letsdothis;

import java.util.Optional;

/**
 * Parameters of "get a partner by ID" ({@code GET /partners/{id}}, path inferred), by its Let's Do
 * This id or, with {@link #externalIdType()}, by an external id ({@code ?externalId=enthuse}).
 *
 * <p>Immutable; validated when built, before anything is sent.
 */
public final class GetPartnerParams extends SingleIdParams<ExternalIdType> {

  private GetPartnerParams(Builder b) {
    super("id", b.id, "externalIdType", b.externalIdType);
  }

  /** A builder; {@code id} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters for one partner, with nothing else set.
   *
   * @throws dev.racereg.core.error.ValidationException if {@code id} is blank
   */
  public static GetPartnerParams of(String id) {
    return builder().id(id).build();
  }

  /** The partner's id (path parameter). */
  public String id() {
    return pathId();
  }

  /**
   * {@code externalId}: when set, {@link #id()} is the partner's id of this type (e.g. its
   * JustGiving id) rather than its Let's Do This id.
   */
  public Optional<ExternalIdType> externalIdType() {
    return option();
  }

  /** Builds {@link GetPartnerParams}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private ExternalIdType externalIdType;

    private Builder() {}

    /** The partner's id (required). */
    public Builder id(String v) {
      id = v;
      return this;
    }

    /** Look the partner up by this type of external id; null for its Let's Do This id. */
    public Builder externalIdType(ExternalIdType v) {
      externalIdType = v;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException naming {@code id} if it is blank
     */
    public GetPartnerParams build() {
      return new GetPartnerParams(this);
    }
  }
}
