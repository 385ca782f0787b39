package dev.racereg.core.internal.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the ISO shapes platforms write their dates in ({@code 2022-03-14T13:50:46.873Z},
 * {@code 2001-06-10}) directly from the characters: the {@code java.time} formatters are
 * general-purpose and cost several times more, and a large list has dates on every row. Anything else (another offset form, a space for the {@code T}, a value out of range)
 * returns null, and the caller falls back to the full {@code java.time} parser, which accepts
 * exactly what it accepted before and reports what it rejects.
 */
public final class IsoTimes {

  private IsoTimes() {}

  /**
   * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+HH:MM|-HH:MM)} as an instant, or null for any other
   * text (including an invalid date such as February 30th).
   */
  public static Instant instant(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = dash(s, 4) ? digits(s, 5, 2) : -1;
    int day = dash(s, 7) ? digits(s, 8, 2) : -1;
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nano = nano * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start) {
        return null;
      }
      for (int k = i - start; k < 9; k++) {
        nano *= 10;
      }
    }
    if (i >= n) {
      return null;
    }
    int offsetSeconds;
    char sign = s.charAt(i);
    if (sign == 'Z' && i + 1 == n) {
      offsetSeconds = 0;
    } else if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || om < 0 || oh > 18 || om > 59) {
        return null;
      }
      offsetSeconds = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nano)
          .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code yyyy-MM-dd} as a date, or null for any other text (including an invalid date). */
  public static LocalDate date(String s) {
    if (s.length() != 10 || !dash(s, 4) || !dash(s, 7)) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean dash(String s, int at) {
    return s.charAt(at) == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number in {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
