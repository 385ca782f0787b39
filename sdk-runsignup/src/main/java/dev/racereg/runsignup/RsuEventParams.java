package dev.racereg.runsignup;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;

/**
 * What the params of one event of a race share ({@link ResultSetsParams}, {@link GetResultsParams},
 * {@link CreateResultSetParams}, {@link PostResultsParams}, {@link RegistrationPeriodsParams}): the
 * race and event ids, required and positive, with their getters and builder setters. Equality,
 * text and additional values come from {@link RequestParams}.
 */
abstract class RsuEventParams extends RequestParams {

  private final long raceId;
  private final long eventId;

  RsuEventParams(EventBuilder<?, ?> b) {
    super(b);
    this.raceId = Validation.atLeast(Validation.required(b.raceId, "raceId"), 1, "raceId");
    this.eventId = Validation.atLeast(Validation.required(b.eventId, "eventId"), 1, "eventId");
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
  protected void components(Components c) {
    c.add("raceId", raceId).add("eventId", eventId);
  }

  /** The builder setters for the race and event. */
  abstract static class EventBuilder<P extends RsuEventParams, B extends EventBuilder<P, B>>
      extends RequestParams.Builder<P, B> {
    Long raceId;
    Long eventId;

    EventBuilder() {}

    EventBuilder(RsuEventParams p) {
      super(p);
      raceId = p.raceId;
      eventId = p.eventId;
    }

    /** The race (required, positive). */
    public B raceId(long v) {
      raceId = v;
      return self();
    }

    /** The event (required, positive). */
    public B eventId(long v) {
      eventId = v;
      return self();
    }
  }
}
