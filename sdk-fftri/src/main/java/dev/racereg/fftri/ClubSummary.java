package dev.racereg.fftri;

import java.util.Objects;

/**
 * A club affiliated for a season, as listed by {@link FftriClient#clubs(ClubsParams)}.
 *
 * @param id the club's id (the list's key), for {@link FftriClient#club(ClubParams)}
 * @param name the club's name
 */
public record ClubSummary(long id, String name) {

  /** Requires the name. */
  public ClubSummary {
    Objects.requireNonNull(name, "name");
  }
}
