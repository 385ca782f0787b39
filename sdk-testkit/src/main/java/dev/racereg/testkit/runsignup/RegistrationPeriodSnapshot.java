package dev.racereg.testkit.runsignup;

import java.time.LocalDateTime;

/**
 * One registration period of an event: while it is open, registering costs {@code raceFeeCents}.
 * Times are local to the race's time zone, as RunSignup sends and accepts them.
 *
 * @param opens when the period opens (inclusive)
 * @param closes when the period closes (inclusive)
 * @param raceFeeCents the race fee in cents, never negative
 */
public record RegistrationPeriodSnapshot(LocalDateTime opens, LocalDateTime closes, long raceFeeCents) {

  /** Whether {@code time} falls inside this period, both ends included. */
  public boolean contains(LocalDateTime time) {
    return !time.isBefore(opens) && !time.isAfter(closes);
  }
}
