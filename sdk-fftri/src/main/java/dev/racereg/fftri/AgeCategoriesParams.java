package dev.racereg.fftri;

import dev.racereg.core.Validation;
import java.util.Objects;

/** Parameters of {@link FftriClient#ageCategories(AgeCategoriesParams)}. Immutable; build with {@link #builder()}. */
public final class AgeCategoriesParams {

  private final long seasonId;

  private AgeCategoriesParams(Builder b) {
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

  /** The season's id (see {@link FftriClient#seasons()}). */
  public long seasonId() {
    return seasonId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeCategoriesParams && ((AgeCategoriesParams) o).seasonId == seasonId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(seasonId);
  }

  @Override
  public String toString() {
    return "AgeCategoriesParams{seasonId=" + seasonId + "}";
  }

  /** Builds {@link AgeCategoriesParams}. Not thread-safe. */
  public static final class Builder {
    private Long seasonId;

    private Builder() {}

    /** The season's id (see {@link FftriClient#seasons()}). Required, at least 1. */
    public Builder seasonId(long seasonId) {
      this.seasonId = seasonId;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code seasonId} is missing or below 1
     */
    public AgeCategoriesParams build() {
      return new AgeCategoriesParams(this);
    }
  }
}
