package dev.racereg.runsignup;

import dev.racereg.core.internal.Validation;

/** Parameters of {@link RunSignupClient#getRace}. Immutable. */
public final class GetRaceParams {

  private final long raceId;

  private GetRaceParams(Builder b) {
    this.raceId = Validation.atLeast(Validation.required(b.raceId, "raceId"), 1, "raceId");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shorthand for {@code builder().raceId(raceId).build()}. */
  public static GetRaceParams of(long raceId) {
    return builder().raceId(raceId).build();
  }

  /** The race's id. */
  public long raceId() {
    return raceId;
  }

  @Override
  public String toString() {
    return "GetRaceParams{raceId=" + raceId + "}";
  }

  /** Builds {@link GetRaceParams}. */
  public static final class Builder {
    private Long raceId;

    private Builder() {}

    /** The race's id (required, positive). */
    public Builder raceId(long v) {
      raceId = v;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if the race id is missing or not positive
     */
    public GetRaceParams build() {
      return new GetRaceParams(this);
    }
  }
}
