package dev.racereg.testkit.runsignup;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One event of the simulated race as the simulator holds it right now (read-only copy).
 *
 * @param eventId the event's id, as sent in {@code event_id}
 * @param name the event name, for example {@code "10K"}
 * @param distance the distance label shown by {@code GET /race/{race_id}}, for example
 *     {@code "10K"} or {@code "13.1 Miles"}
 * @param distanceMiles the distance in miles, used to compute result paces
 * @param startTime local start time in the race's time zone
 * @param endTime local end time in the race's time zone
 * @param registrationPeriods the registration periods in force, ordered by opening time
 */
public record EventSnapshot(long eventId, String name, String distance, double distanceMiles,
    LocalDateTime startTime, LocalDateTime endTime, List<RegistrationPeriodSnapshot> registrationPeriods) {

  /** Copies the period list so the snapshot cannot change under the caller. */
  public EventSnapshot {
    Objects.requireNonNull(name, "name");
    registrationPeriods = List.copyOf(registrationPeriods);
  }

  EventSnapshot withRegistrationPeriods(List<RegistrationPeriodSnapshot> periods) {
    return new EventSnapshot(eventId, name, distance, distanceMiles, startTime, endTime, periods);
  }
}
