package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;

/** Parameters of {@link FftriClient#ituFederation(ItuFederationParams)}. Immutable; build with {@link #builder()}. */
public final class ItuFederationParams extends RequestParams {

  private final long federationId;

  private ItuFederationParams(Builder b) {
    super(b);
    this.federationId = Validation.atLeast(Validation.required(b.federationId, "federationId"), 1, "federationId");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, additional ones included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The ITU federation's id in the espacetri, e.g. {@code 4}. */
  public long federationId() {
    return federationId;
  }

  @Override
  protected void components(Components c) {
    c.add("federationId", federationId);
  }

  /** Builds {@link ItuFederationParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<ItuFederationParams, Builder> {
    private Long federationId;

    private Builder() {}

    private Builder(ItuFederationParams p) {
      super(p);
      federationId = p.federationId;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The ITU federation's id in the espacetri, e.g. {@code 4}. Required, at least 1. */
    public Builder federationId(long federationId) {
      this.federationId = federationId;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code federationId} is missing or below 1
     */
    @Override
    public ItuFederationParams build() {
      return new ItuFederationParams(this);
    }
  }
}
