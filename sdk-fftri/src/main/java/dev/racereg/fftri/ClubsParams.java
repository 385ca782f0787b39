package dev.racereg.fftri;

/** Parameters of {@link FftriClient#clubs(ClubsParams)}. Immutable; build with {@link #builder()}. */
public final class ClubsParams extends SeasonIdParams {

  private ClubsParams(Builder b) {
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

  /** Builds {@link ClubsParams}. Not thread-safe. */
  public static final class Builder extends SeasonIdParams.SeasonIdBuilder<ClubsParams, Builder> {

    private Builder() {}

    private Builder(ClubsParams p) {
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
    public ClubsParams build() {
      return new ClubsParams(this);
    }
  }
}
