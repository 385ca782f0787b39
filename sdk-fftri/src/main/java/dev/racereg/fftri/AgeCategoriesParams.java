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

  /** A builder holding these values, additional ones included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link AgeCategoriesParams}. Not thread-safe. */
  public static final class Builder extends SeasonIdParams.SeasonIdBuilder<AgeCategoriesParams, Builder> {

    private Builder() {}

    private Builder(AgeCategoriesParams p) {
      super(p);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code seasonId} is missing or below 1
     */
    @Override
    public AgeCategoriesParams build() {
      return new AgeCategoriesParams(this);
    }
  }
}
