package dev.racereg.actigo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads by hand the exact date and instant forms Actigo sends ({@code 1975-11-27},
 * {@code 2022-12-06T09:12:03.701Z}), because java.time's general parsers cost more than the rest
 * of a downloaded registration. Each reader gives exactly what java.time gives for the text it
 * accepts, and null for any other text (another form, or a date or time that does not exist),
 * which the caller then hands to java.time to read or refuse in its own words.
 */
final class IsoTime {

  private static final int SECONDS_PER_DAY = 86_400;

  private IsoTime() {}

  /** {@code yyyy-MM-dd} at the start of {@code v} (a year of four digits), or null. */
  static LocalDate date(String v) {
    if (v.length() < 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      return null;
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 7);
    int day = digits(v, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ssZ}, with an optional fraction of one to nine digits before the
   * {@code Z}, as {@link Instant#parse} reads it; null for any other text.
   */
  static Instant utcInstant(String v) {
    int length = v.length();
    if (length < 20 || v.charAt(10) != 'T' || v.charAt(13) != ':' || v.charAt(16) != ':'
        || v.charAt(length - 1) != 'Z') {
      return null;
    }
    LocalDate date = date(v);
    int hour = digits(v, 11, 13);
    int minute = digits(v, 14, 16);
    int second = digits(v, 17, 19);
    if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      int fraction = length - 21;
      if (v.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(v, 20, length - 1);
      if (nanos < 0) {
        return null;
      }
      for (int i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    }
    return Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
  }

  /** The decimal number of {@code v}'s characters {@code from} to {@code to} (at most 9), or -1 if one is not a digit. */
  private static int digits(String v, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + c - '0';
    }
    return n;
  }
}
