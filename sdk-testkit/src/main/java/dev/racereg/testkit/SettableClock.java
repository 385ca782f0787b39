package dev.racereg.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A UTC clock that stands still until a test moves it. Give it to a simulator's builder
 * ({@code clock(..)}) to control what the simulator stamps as "now" (updates, expiries, new
 * records), and to a client so both agree on the time. Thread-safe.
 */
public final class SettableClock extends Clock {

  private volatile Instant now;

  /** A clock showing {@code start}. */
  public SettableClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /** Moves the clock forward (or back, with a negative duration). */
  public void advance(Duration by) {
    now = now.plus(by);
  }

  /** Sets the clock. */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Always UTC: the simulators work in UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
