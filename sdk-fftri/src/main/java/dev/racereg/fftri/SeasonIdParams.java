package dev.racereg.fftri;

import dev.racereg.core.internal.Validation;
import java.util.Objects;

/**
 * What {@link AgeCategoriesParams} and {@link ClubsParams} share: a required season id, its
 * equality and its builder method.
 */
abstract class SeasonIdParams {

  private final long seasonId;

  SeasonIdParams(SeasonIdBuilder<?> b) {
    this.seasonId = Validation.atLeast(Validation.required(b.seasonId, "seasonId"), 1, "seasonId");
  }

  /** The season's id (see {@link FftriClient#seasons()}), e.g. {@code 10} for 2018. */
  public long seasonId() {
    return seasonId;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((SeasonIdParams) o).seasonId == seasonId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(seasonId);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{seasonId=" + seasonId + "}";
  }

  /** The builder method for the season id. */
  abstract static class SeasonIdBuilder<B extends SeasonIdBuilder<B>> {
    private Long seasonId;

    SeasonIdBuilder() {}

    /** The season's id (see {@link FftriClient#seasons()}), e.g. {@code 10} for 2018. Required, at least 1. */
    @SuppressWarnings("unchecked")
    public B seasonId(long seasonId) {
      this.seasonId = seasonId;
      return (B) this;
    }
  }
}
