package dev.racereg.runsignup;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;

/** Parameters of {@link RunSignupClient#getRace}. Immutable. */
public final class GetRaceParams extends RequestParams {

  private final long raceId;

  private GetRaceParams(Builder b) {
    super(b);
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
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  protected void components(Components c) {
    c.add("raceId", raceId);
  }

  /** Builds {@link GetRaceParams}. */
  public static final class Builder extends RequestParams.Builder<GetRaceParams, Builder> {
    private Long raceId;

    private Builder() {}

    private Builder(GetRaceParams p) {
      super(p);
      raceId = p.raceId;
    }

    /** The race's id (required, positive). */
    public Builder raceId(long v) {
      raceId = v;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if the race id is missing or not positive
     */
    @Override
    public GetRaceParams build() {
      return new GetRaceParams(this);
    }
  }
}
