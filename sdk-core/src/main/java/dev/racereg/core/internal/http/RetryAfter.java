package dev.racereg.core.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the {@code Retry-After} header (RFC 9110 section 10.2.3): delay-seconds, or an HTTP-date
 * in any of the three forms a recipient must accept (section 5.6.7): the preferred RFC 1123 form,
 * the obsolete RFC 850 form and C's asctime() form.
 */
public final class RetryAfter {

  /** {@code Sunday, 06-Nov-94 08:49:37 GMT}: the two-digit year is resolved against "now". */
  private static final String RFC_850_START = "EEEE, dd-MMM-";

  /** {@code Sun Nov  6 08:49:37 1994}: the day of month padded with a space. */
  private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("EEE MMM ppd HH:mm:ss yyyy").toFormatter(Locale.US);

  private RetryAfter() {}

  /**
   * The wait a {@code Retry-After} value asks for.
   *
   * @param value delay-seconds ({@code "120"}) or an HTTP-date ({@code "Wed, 21 Oct 2015 07:28:00 GMT"},
   *     {@code "Wednesday, 21-Oct-15 07:28:00 GMT"} or {@code "Wed Oct 21 07:28:00 2015"}); may be null
   * @param now the current time, for the date forms (a date in the past means no wait)
   * @return the wait, or empty when the value is absent or unreadable
   */
  public static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
      }
    }
    return date(v, now).map(at -> {
      Duration wait = Duration.between(now, at);
      return wait.isNegative() ? Duration.ZERO : wait;
    });
  }

  private static Optional<Instant> date(String v, Instant now) {
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException notRfc1123) {
      // one of the obsolete forms
    }
    try {
      return Optional.of(LocalDateTime.parse(v, rfc850(now)).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notRfc850) {
      // try the last form
    }
    try {
      // asctime() carries no zone: HTTP dates are always UTC
      return Optional.of(LocalDateTime.parse(v.replaceAll("\\s+", " ").replaceFirst(" (\\d) ", "  $1 "), ASCTIME)
          .toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * The RFC 850 form, whose two-digit year RFC 9110 reads as the most recent year with those
   * digits that is not more than 50 years in the future.
   */
  private static DateTimeFormatter rfc850(Instant now) {
    int thisYear = now.atZone(ZoneOffset.UTC).getYear();
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(RFC_850_START)
        .appendValueReduced(ChronoField.YEAR, 2, 2, thisYear - 49)
        .appendPattern(" HH:mm:ss 'GMT'").toFormatter(Locale.US);
  }
}
