package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;

/**
 * What {@link AgeCategoriesParams} and {@link ClubsParams} share: a required season id, its
 * validation and its builder method.
 */
abstract class SeasonIdParams extends RequestParams {

  private final long seasonId;

  SeasonIdParams(SeasonIdBuilder<?, ?> b) {
    super(b);
    this.seasonId = Validation.atLeast(Validation.required(b.seasonId, "seasonId"), 1, "seasonId");
  }

  /** The season's id (see {@link FftriClient#seasons()}), e.g. {@code 10} for 2018. */
  public long seasonId() {
    return seasonId;
  }

  @Override
  protected void components(Components c) {
    c.add("seasonId", seasonId);
  }

  /** The builder method for the season id. */
  abstract static class SeasonIdBuilder<P extends SeasonIdParams, B extends SeasonIdBuilder<P, B>>
      extends RequestParams.Builder<P, B> {
    private Long seasonId;

    SeasonIdBuilder() {}

    SeasonIdBuilder(SeasonIdParams p) {
      super(p);
      seasonId = p.seasonId();
    }

    /** The season's id (see {@link FftriClient#seasons()}), e.g. {@code 10} for 2018. Required, at least 1. */
    public B seasonId(long seasonId) {
      this.seasonId = seasonId;
      return self();
    }
  }
}
