package dev.racereg.runsignup;

import dev.racereg.core.internal.codec.IsoTimes;
import dev.racereg.core.model.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RunSignup's value spellings (seen): booleans {@code T}/{@code F}, money as formatted strings
 * ({@code "$1,022.50"}), date-times as {@code M/d/yyyy HH:mm} (race and participant payloads) or
 * {@code yyyy-MM-dd HH:mm:ss} (removed participants, registration-period requests), dates as
 * {@code yyyy-MM-dd} (dates of birth) or {@code MM/dd/yyyy} (a race's next and last dates), and
 * {@code last_modified} as unix seconds. Every parser returns null for text it cannot read, so the
 * caller can keep the raw value instead of failing a whole page over one odd field.
 */
final class RunSignupValues {

  private RunSignupValues() {}

  /** {@code yyyy-MM-dd HH:mm:ss}, the request format of registration periods. */
  static final DateTimeFormatter SQL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.US).withResolverStyle(ResolverStyle.STRICT);

  private static final List<DateTimeFormatter> DATE_TIMES = List.of(
      DateTimeFormatter.ofPattern("M/d/uuuu H:mm", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("M/d/uuuu H:mm:ss", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      SQL_DATE_TIME,
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.US).withResolverStyle(ResolverStyle.STRICT));

  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.US).withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT));

  private static final Pattern MONEY = Pattern.compile("(-)?\\s*\\$?\\s*(-)?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?|\\.[0-9]+)");

  /** {@code T}/{@code F} (also {@code true}/{@code false}, {@code Y}/{@code N}, {@code 1}/{@code 0}); null otherwise. */
  static Boolean parseBoolean(String text) {
    if (text == null) {
      return null;
    }
    switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "T": case "TRUE": case "Y": case "YES": case "1":
        return Boolean.TRUE;
      case "F": case "FALSE": case "N": case "NO": case "0":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** {@code T} or {@code F}. */
  static String tf(boolean value) {
    return value ? "T" : "F";
  }

  /**
   * A money string ({@code "$22.00"}, {@code "$1,022.50"}, {@code "-$5.00"}, {@code "22"}) in US
   * dollars; null for blank or unreadable text or more than two decimals.
   */
  static Money parseMoney(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    long plain = plainCents(t);
    if (plain >= 0) {
      return new Money(plain, RunSignupInferred.CURRENCY);
    }
    Matcher m = MONEY.matcher(t);
    if (!m.matches() || (m.group(1) != null && m.group(2) != null)) {
      return null;
    }
    BigDecimal amount = new BigDecimal(m.group(3).replace(",", ""));
    if (amount.scale() > RunSignupInferred.CURRENCY.getDefaultFractionDigits()) {
      amount = amount.stripTrailingZeros();
      if (amount.scale() > RunSignupInferred.CURRENCY.getDefaultFractionDigits()) {
        return null;
      }
    }
    if (m.group(1) != null || m.group(2) != null) {
      amount = amount.negate();
    }
    try {
      return Money.ofMajor(amount, RunSignupInferred.CURRENCY);
    } catch (ArithmeticException e) {
      return null; // more cents than a long holds: unreadable like any other odd amount, kept raw
    }
  }

  /**
   * The cents of the common spellings, {@code $22.00}, {@code 25.00}, {@code 30} or {@code $0.5}
   * (an optional dollar sign, up to 15 digits without commas, up to two decimals), read without the
   * regular expression; -1 for anything else, which the full reading then handles.
   */
  private static long plainCents(String t) {
    int i = t.startsWith("$") ? 1 : 0;
    int n = t.length();
    int start = i;
    long dollars = 0;
    while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      dollars = dollars * 10 + (t.charAt(i) - '0');
      i++;
    }
    if (i == start || i - start > 15) {
      return -1;
    }
    if (i == n) {
      return dollars * 100;
    }
    if (t.charAt(i) != '.' || n - i - 1 < 1 || n - i - 1 > 2) {
      return -1;
    }
    long cents = 0;
    for (int j = i + 1; j < n; j++) {
      char c = t.charAt(j);
      if (c < '0' || c > '9') {
        return -1;
      }
      cents = cents * 10 + (c - '0');
    }
    return dollars * 100 + (n - i - 1 == 1 ? cents * 10 : cents);
  }

  /** A date-time in any of RunSignup's spellings; null if blank or unreadable. */
  static LocalDateTime parseDateTime(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    LocalDateTime quick = slashDateTime(t);
    if (quick != null) {
      return quick;
    }
    for (DateTimeFormatter f : DATE_TIMES) {
      try {
        return LocalDateTime.parse(t, f);
      } catch (DateTimeParseException e) {
        // try the next spelling
      }
    }
    return null;
  }

  /** A date as {@code yyyy-MM-dd} or {@code M/d/yyyy}; null if blank or unreadable. */
  static LocalDate parseDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    LocalDate quick = IsoTimes.date(t);
    if (quick != null) {
      return quick;
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException e) {
        // try the next spelling
      }
    }
    return null;
  }

  /**
   * The participants' spelling {@code M/d/yyyy H:mm} (one or two digits for month, day and hour,
   * four for the year, two for the minutes), read by hand; null for any other shape or an
   * impossible date, which the formatters then judge exactly as before.
   */
  private static LocalDateTime slashDateTime(String t) {
    int[] pos = {0};
    int month = digits(t, pos, 1, 2);
    if (month < 0 || !expect(t, pos, '/')) {
      return null;
    }
    int day = digits(t, pos, 1, 2);
    if (day < 0 || !expect(t, pos, '/')) {
      return null;
    }
    int year = digits(t, pos, 4, 4);
    if (year < 0 || !expect(t, pos, ' ')) {
      return null;
    }
    int hour = digits(t, pos, 1, 2);
    if (hour < 0 || !expect(t, pos, ':')) {
      return null;
    }
    int minute = digits(t, pos, 2, 2);
    if (minute < 0 || pos[0] != t.length()) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Reads {@code min} to {@code max} ASCII digits at {@code pos[0]}; -1 if fewer, or more follow. */
  private static int digits(String t, int[] pos, int min, int max) {
    int i = pos[0];
    int value = 0;
    int count = 0;
    while (i < t.length() && count < max && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      value = value * 10 + (t.charAt(i) - '0');
      i++;
      count++;
    }
    if (count < min || (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9')) {
      return -1;
    }
    pos[0] = i;
    return value;
  }

  private static boolean expect(String t, int[] pos, char c) {
    if (pos[0] < t.length() && t.charAt(pos[0]) == c) {
      pos[0]++;
      return true;
    }
    return false;
  }

  /** Unix seconds as an instant; null if blank or not a whole number. */
  static Instant parseUnixSeconds(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(text.trim()));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return null;
    }
  }

  /** {@code yyyy-MM-dd HH:mm:ss}. */
  static String formatSql(LocalDateTime value) {
    return SQL_DATE_TIME.format(value);
  }

  /**
   * A duration as RunSignup result times: {@code h:mm:ss}, with {@code .SSS} (trailing zeros
   * dropped) when it has a fraction of a second.
   */
  static String formatResultTime(Duration d) {
    long seconds = d.getSeconds();
    int millis = d.getNano() / 1_000_000;
    String whole = String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    if (millis == 0) {
      return whole;
    }
    String fraction = String.format(Locale.ROOT, "%03d", millis).replaceAll("0+$", "");
    return whole + "." + fraction;
  }

  /**
   * A result time ({@code h:mm:ss}, {@code mm:ss}, optional fraction) as a duration; null if blank
   * or unreadable.
   */
  static Duration parseResultTime(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] parts = text.trim().split(":");
    if (parts.length < 2 || parts.length > 3) {
      return null;
    }
    try {
      long total = 0;
      for (int i = 0; i < parts.length - 1; i++) {
        if (!parts[i].matches("[0-9]{1,3}")) {
          return null;
        }
        total = total * 60 + Long.parseLong(parts[i]);
      }
      String last = parts[parts.length - 1];
      if (!last.matches("[0-9]{1,2}(\\.[0-9]{1,9})?")) {
        return null;
      }
      BigDecimal secs = new BigDecimal(last);
      BigDecimal nanos = secs.add(BigDecimal.valueOf(total * 60)).movePointRight(9);
      return Duration.ofNanos(nanos.longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }
}
