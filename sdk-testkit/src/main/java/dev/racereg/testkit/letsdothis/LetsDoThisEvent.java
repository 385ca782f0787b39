package dev.racereg.testkit.letsdothis;

import java.util.List;

/**
 * One generated event of the simulated organiser, with the ids a test or a demo needs to call
 * the event, race and ticket endpoints.
 *
 * @param eventId the event id, e.g. {@code 2365756}
 * @param name the event's name, e.g. {@code Brighton Seafront 10K}
 * @param eventOccurrenceIds the occurrences (editions): last year's, then the coming one
 * @param upcomingEventOccurrenceId the coming edition, the one most participants are booked on
 * @param raceIds the races of the event, e.g. the 10K and the 5K
 * @param ticketIds every ticket of the event, across races and occurrences
 */
public record LetsDoThisEvent(String eventId, String name, List<String> eventOccurrenceIds,
    String upcomingEventOccurrenceId, List<String> raceIds, List<String> ticketIds) {

  /** Copies the lists, so the record is immutable. */
  public LetsDoThisEvent {
    eventOccurrenceIds = List.copyOf(eventOccurrenceIds);
    raceIds = List.copyOf(raceIds);
    ticketIds = List.copyOf(ticketIds);
  }
}
