package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three HTTP-date forms RFC 9110 asks recipients to read, and delay-seconds. */
class RetryAfterTest {

  private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");

  @ParameterizedTest(name = "[{0}] -> {1} s")
  @CsvSource(delimiter = '|', value = {
      "120                           | 120",
      "Sun, 06 Nov 1994 08:49:37 GMT | 37",
      "Sunday, 06-Nov-94 08:49:37 GMT| 37",
      "Sun Nov  6 08:49:37 1994      | 37",
      "Sun Nov 6 08:49:37 1994       | 37",
      "Sun, 06 Nov 1994 08:48:00 GMT | 0",
      "Sunday, 06-Nov-94 08:48:00 GMT| 0",
      "Sun Nov  6 08:48:00 1994      | 0",
      "Mon, 07 Nov 1994 08:49:00 GMT | 86400",
      "Monday, 07-Nov-94 08:49:00 GMT| 86400",
      "Mon Nov  7 08:49:00 1994      | 86400",
      "Wed Nov 16 08:49:00 1994      | 864000"})
  void readsEveryForm(String value, long seconds) {
    assertThat(RetryAfter.parse(value, NOW)).contains(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest(name = "[{0}] is unreadable")
  @CsvSource(delimiter = '|', value = {
      "Sun, 06 Nov 1994 08:49:37",
      "06-Nov-94 08:49:37 GMT",
      "Sun Nov  6 08:49:37",
      "tomorrow",
      "Sun Nov 32 08:49:37 1994"})
  void rejectsWhatIsNoHttpDate(String value) {
    assertThat(RetryAfter.parse(value, NOW)).isEmpty();
  }

  @ParameterizedTest(name = "{0} seen in {1} -> {2}")
  @CsvSource({
      // RFC 9110: a two-digit year more than 50 years ahead is in the past century
      "'Saturday, 01-Jan-77 00:00:00 GMT', 2026-05-01T10:00:00Z, 0",
      "'Friday, 01-May-26 10:00:10 GMT', 2026-05-01T10:00:00Z, 10",
      "'Friday, 01-May-76 10:00:00 GMT', 2026-05-01T10:00:00Z, 1577923200"})
  void resolvesTwoDigitYearsAgainstNow(String value, String now, long seconds) {
    assertThat(RetryAfter.parse(value, Instant.parse(now))).contains(Duration.ofSeconds(seconds));
  }
}
