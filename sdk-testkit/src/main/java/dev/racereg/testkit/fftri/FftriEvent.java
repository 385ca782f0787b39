package dev.racereg.testkit.fftri;

import java.time.LocalDate;
import java.util.List;

/**
 * An event (manifestation) of the simulated organiser, with its trials, as
 * {@code get-trials-by-orga} serves it.
 *
 * @param id the event id ({@code id_event})
 * @param name the event name ({@code name_event})
 * @param startDate first day ({@code date_start_event})
 * @param endDate last day ({@code date_end_event})
 * @param leagueId id of the regional league ({@code league_id})
 * @param league name of the regional league ({@code league})
 * @param status the event's status code ({@code status}, {@code 7} = completed and authorised)
 * @param place street address or site, served as {@code place} by the pass check
 * @param city town, served as {@code city} by the pass check
 * @param zip postcode, served as {@code zip} by the pass check
 * @param trials the event's trials
 */
public record FftriEvent(
    int id,
    String name,
    LocalDate startDate,
    LocalDate endDate,
    int leagueId,
    String league,
    int status,
    String place,
    String city,
    String zip,
    List<TrialRow> trials) {

  /** Copies the trial list so the record stays immutable. */
  public FftriEvent {
    trials = List.copyOf(trials);
  }
}
