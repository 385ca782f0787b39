package dev.racereg.runsignup;

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
    Matcher m = MONEY.matcher(text.trim());
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
    return Money.ofMajor(amount, RunSignupInferred.CURRENCY);
  }

  /** A date-time in any of RunSignup's spellings; null if blank or unreadable. */
  static LocalDateTime parseDateTime(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
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
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException e) {
        // try the next spelling
      }
    }
    return null;
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
