package dev.racereg.runsignup;

import dev.racereg.core.Validation;

/** Parameters of {@link RunSignupClient#getResultSets}: the race and event. Immutable. */
public final class ResultSetsParams {

  private final long raceId;
  private final long eventId;

  private ResultSetsParams(Builder b) {
    this.raceId = Validation.atLeast(Validation.required(b.raceId, "raceId"), 1, "raceId");
    this.eventId = Validation.atLeast(Validation.required(b.eventId, "eventId"), 1, "eventId");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shorthand for a builder with both ids. */
  public static ResultSetsParams of(long raceId, long eventId) {
    return builder().raceId(raceId).eventId(eventId).build();
  }

  /** The race. */
  public long raceId() {
    return raceId;
  }

  /** The event. */
  public long eventId() {
    return eventId;
  }

  @Override
  public String toString() {
    return "ResultSetsParams{raceId=" + raceId + ", eventId=" + eventId + "}";
  }

  /** Builds {@link ResultSetsParams}. */
  public static final class Builder {
    private Long raceId;
    private Long eventId;

    private Builder() {}

    /** The race (required). */
    public Builder raceId(long v) {
      raceId = v;
      return this;
    }

    /** The event (required). */
    public Builder eventId(long v) {
      eventId = v;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if an id is missing or not positive
     */
    public ResultSetsParams build() {
      return new ResultSetsParams(this);
    }
  }
}
