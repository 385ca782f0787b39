package dev.racereg.fftri;

/** Parameters of {@link FftriClient#ageCategories(AgeCategoriesParams)}. Immutable; build with {@link #builder()}. */
public final class AgeCategoriesParams extends SeasonIdParams {

  private AgeCategoriesParams(Builder b) {
    super(b);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder().seasonId(seasonId());
  }

  /** Builds {@link AgeCategoriesParams}. Not thread-safe. */
  public static final class Builder extends SeasonIdParams.SeasonIdBuilder<Builder> {

    private Builder() {}

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
