package dev.racereg.core.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses the {@code Retry-After} header in both of its forms (RFC 9110 section 10.2.3). */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait a {@code Retry-After} value asks for.
   *
   * @param value delay-seconds ({@code "120"}) or an HTTP-date ({@code "Wed, 21 Oct 2015 07:28:00 GMT"});
   *     may be null
   * @param now the current time, for the date form (a date in the past means no wait)
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
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
