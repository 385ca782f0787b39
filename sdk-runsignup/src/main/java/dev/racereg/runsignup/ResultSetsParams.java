package dev.racereg.runsignup;

/** Parameters of {@link RunSignupClient#getResultSets}: the race and event. Immutable. */
public final class ResultSetsParams extends RsuEventParams {

  private ResultSetsParams(Builder b) {
    super(b);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shorthand for a builder with both ids. */
  public static ResultSetsParams of(long raceId, long eventId) {
    return builder().raceId(raceId).eventId(eventId).build();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link ResultSetsParams}. */
  public static final class Builder extends RsuEventParams.EventBuilder<ResultSetsParams, Builder> {

    private Builder() {}

    private Builder(ResultSetsParams p) {
      super(p);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if an id is missing or not positive
     */
    @Override
    public ResultSetsParams build() {
      return new ResultSetsParams(this);
    }
  }
}
