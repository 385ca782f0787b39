package dev.racereg.testkit.fftri;

import java.time.LocalDate;

/**
 * A licence season as {@code GET seasons} serves it.
 *
 * @param id the season id used in the paths ({@code clubs/{id}}, {@code test-licence/{id}} ...)
 * @param name the name, {@code "2013-2014"} for the early seasons, the calendar year since 2016
 * @param startDate first day of the season
 * @param endDate last day of the season
 */
public record SeasonRow(int id, String name, LocalDate startDate, LocalDate endDate) {

  /**
   * The year that fixes ages and age categories in this season: the year of its last day
   * ({@code 2018} for season 10, where a child born in 2012 is "Mini-poussin 1", aged 6).
   */
  public int sportYear() {
    return endDate.getYear();
  }

  /** Whether {@code date} falls within this season, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }
}
