package dev.racereg.letsdothis;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;
import java.util.Optional;

/**
 * Parameters of "get a partner by ID" ({@code GET /partners/{id}}, path inferred), by its Let's Do
 * This id or, with {@link #externalIdType()}, by an external id ({@code ?externalId=enthuse}).
 *
 * <p>Immutable; validated when built, before anything is sent.
 */
public final class GetPartnerParams extends RequestParams {

  private final String id;
  private final ExternalIdType externalIdType;

  private GetPartnerParams(Builder b) {
    super(b);
    this.id = Validation.notBlank(b.id, "id");
    this.externalIdType = b.externalIdType;
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
    return id;
  }

  /**
   * {@code externalId}: when set, {@link #id()} is the partner's id of this type (e.g. its
   * JustGiving id) rather than its Let's Do This id.
   */
  public Optional<ExternalIdType> externalIdType() {
    return Optional.ofNullable(externalIdType);
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  protected void components(Components c) {
    c.add("id", id).add("externalIdType", externalIdType);
  }

  /** Builds {@link GetPartnerParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<GetPartnerParams, Builder> {
    private String id;
    private ExternalIdType externalIdType;

    private Builder() {}

    private Builder(GetPartnerParams p) {
      super(p);
      id = p.id;
      externalIdType = p.externalIdType;
    }

    @Override
    protected Builder self() {
      return this;
    }

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
    @Override
    public GetPartnerParams build() {
      return new GetPartnerParams(this);
    }
  }
}
