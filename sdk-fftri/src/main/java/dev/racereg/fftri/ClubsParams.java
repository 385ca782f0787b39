package dev.racereg.fftri;

import dev.racereg.core.Validation;
import java.util.Objects;

/** Parameters of {@link FftriClient#clubs(ClubsParams)}. Immutable; build with {@link #builder()}. */
public final class ClubsParams {

  private final long seasonId;

  private ClubsParams(Builder b) {
    this.seasonId = Validation.atLeast(Validation.required(b.seasonId, "seasonId"), 1, "seasonId");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder().seasonId(seasonId);
  }

  /** The season's id (see {@link FftriClient#seasons()}), e.g. {@code 10} for 2018. */
  public long seasonId() {
    return seasonId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClubsParams && ((ClubsParams) o).seasonId == seasonId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(seasonId);
  }

  @Override
  public String toString() {
    return "ClubsParams{seasonId=" + seasonId + "}";
  }

  /** Builds {@link ClubsParams}. Not thread-safe. */
  public static final class Builder {
    private Long seasonId;

    private Builder() {}

    /** The season's id (see {@link FftriClient#seasons()}), e.g. {@code 10} for 2018. Required, at least 1. */
    public Builder seasonId(long seasonId) {
      this.seasonId = seasonId;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code seasonId} is missing or below 1
     */
    public ClubsParams build() {
      return new ClubsParams(this);
    }
  }
}
