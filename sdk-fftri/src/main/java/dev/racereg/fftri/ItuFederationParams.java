package dev.racereg.fftri;

import dev.racereg.core.internal.Validation;
import java.util.Objects;

/** Parameters of {@link FftriClient#ituFederation(ItuFederationParams)}. Immutable; build with {@link #builder()}. */
public final class ItuFederationParams {

  private final long federationId;

  private ItuFederationParams(Builder b) {
    this.federationId = Validation.atLeast(Validation.required(b.federationId, "federationId"), 1, "federationId");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder().federationId(federationId);
  }

  /** The ITU federation's id in the espacetri, e.g. {@code 4}. */
  public long federationId() {
    return federationId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItuFederationParams && ((ItuFederationParams) o).federationId == federationId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(federationId);
  }

  @Override
  public String toString() {
    return "ItuFederationParams{federationId=" + federationId + "}";
  }

  /** Builds {@link ItuFederationParams}. Not thread-safe. */
  public static final class Builder {
    private Long federationId;

    private Builder() {}

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
    public ItuFederationParams build() {
      return new ItuFederationParams(this);
    }
  }
}
