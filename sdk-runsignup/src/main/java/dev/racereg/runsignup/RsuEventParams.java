package dev.racereg.runsignup;

import dev.racereg.core.internal.Validation;

/**
 * What the params of one event of a race share ({@link ResultSetsParams}, {@link GetResultsParams},
 * {@link CreateResultSetParams}, {@link PostResultsParams}, {@link RegistrationPeriodsParams}): the
 * race and event ids, required and positive, with their getters and builder setters.
 */
abstract class RsuEventParams {

  private final long raceId;
  private final long eventId;

  RsuEventParams(EventBuilder<?> b) {
    this.raceId = Validation.atLeast(Validation.required(b.raceId, "raceId"), 1, "raceId");
    this.eventId = Validation.atLeast(Validation.required(b.eventId, "eventId"), 1, "eventId");
  }

  /** Fills a builder with this race and event. */
  final <B extends EventBuilder<B>> B fill(B b) {
    b.raceId = raceId;
    b.eventId = eventId;
    return b;
  }

  /** {@code raceId=..., eventId=...}, for {@code toString}. */
  final String ids() {
    return "raceId=" + raceId + ", eventId=" + eventId;
  }

  /** The race. */
  public long raceId() {
    return raceId;
  }

  /** The event. */
  public long eventId() {
    return eventId;
  }

  /** The builder setters for the race and event. */
  abstract static class EventBuilder<B extends EventBuilder<B>> {
    Long raceId;
    Long eventId;

    EventBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /** The race (required). */
    public B raceId(long v) {
      raceId = v;
      return self();
    }

    /** The event (required). */
    public B eventId(long v) {
      eventId = v;
      return self();
    }
  }
}
