package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.model.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunSignupValuesTest {

  @Test
  void booleansAreTAndFWithTheCommonAlternatives() {
    assertThat(RunSignupValues.parseBoolean("T")).isTrue();
    assertThat(RunSignupValues.parseBoolean("F")).isFalse();
    assertThat(RunSignupValues.parseBoolean(" t ")).isTrue();
    assertThat(RunSignupValues.parseBoolean("true")).isTrue();
    assertThat(RunSignupValues.parseBoolean("0")).isFalse();
    assertThat(RunSignupValues.parseBoolean("maybe")).isNull();
    assertThat(RunSignupValues.parseBoolean(null)).isNull();
  }

  @Test
  void moneyStringsAreUsDollarsInCents() {
    assertThat(RunSignupValues.parseMoney("$22.00")).isEqualTo(Money.ofMinor(2200, "USD"));
    assertThat(RunSignupValues.parseMoney("$1,065.50")).isEqualTo(Money.ofMinor(106550, "USD"));
    assertThat(RunSignupValues.parseMoney("-$5.25")).isEqualTo(Money.ofMinor(-525, "USD"));
    assertThat(RunSignupValues.parseMoney("$-5.25")).isEqualTo(Money.ofMinor(-525, "USD"));
    assertThat(RunSignupValues.parseMoney("30")).isEqualTo(Money.ofMinor(3000, "USD"));
    assertThat(RunSignupValues.parseMoney("$0.5")).isEqualTo(Money.ofMinor(50, "USD"));
    assertThat(RunSignupValues.parseMoney("$1.2500")).isEqualTo(Money.ofMinor(125, "USD"));
    assertThat(RunSignupValues.parseMoney("$1.255")).isNull();
    assertThat(RunSignupValues.parseMoney("free")).isNull();
    assertThat(RunSignupValues.parseMoney("--$5")).isNull();
    assertThat(RunSignupValues.parseMoney("")).isNull();
  }

  @Test
  void anAmountBeyondALongOfCentsIsUnreadableLikeAnyOtherOddAmount() {
    assertThat(RunSignupValues.parseMoney("$92,233,720,368,547,758.07")).isEqualTo(Money.ofMinor(Long.MAX_VALUE, "USD"));
    assertThat(RunSignupValues.parseMoney("$92,233,720,368,547,758.08")).isNull();
    assertThat(RunSignupValues.parseMoney("-$92233720368547758.09")).isNull();
    assertThat(RunSignupValues.parseMoney("99999999999999999999.00")).isNull();
    assertThat(RunSignupValues.parseMoney("$999999999999999.99")).isEqualTo(Money.ofMinor(99999999999999999L, "USD"));
  }

  @Test
  void handReadSpellingsAgreeWithTheDocumentedPatternsForSeededTexts() {
    // the documented patterns, read strictly, are the reference the quick readers must match
    List<DateTimeFormatter> dateTimes = List.of(strict("M/d/uuuu H:mm"), strict("M/d/uuuu H:mm:ss"),
        strict("uuuu-MM-dd HH:mm:ss"), strict("uuuu-MM-dd HH:mm"));
    List<DateTimeFormatter> dates = List.of(strict("uuuu-MM-dd"), strict("M/d/uuuu"));
    long seed = 20260614L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20_000; i++) {
      String dateTime = num(random, 1, 3, 14) + "/" + num(random, 1, 3, 33) + "/" + num(random, 3, 5, 2100) + " "
          + num(random, 1, 3, 26) + ":" + num(random, 1, 3, 62);
      assertThat(RunSignupValues.parseDateTime(dateTime)).as("seed %d, %s", seed, dateTime)
          .isEqualTo(RunSignupValuesTest.<LocalDateTime>reference(dateTime, dateTimes, (t, f) -> LocalDateTime.parse(t, f)));
      String date = num(random, 3, 5, 2100) + "-" + num(random, 1, 3, 14) + "-" + num(random, 1, 3, 33);
      assertThat(RunSignupValues.parseDate(date)).as("seed %d, %s", seed, date)
          .isEqualTo(RunSignupValuesTest.<LocalDate>reference(date, dates, (t, f) -> LocalDate.parse(t, f)));
      long cents = random.nextLong(0, 1_000_000_000_000L);
      String amount = (random.nextBoolean() ? "$" : "") + (cents / 100)
          + (random.nextBoolean() ? String.format(java.util.Locale.ROOT, ".%02d", cents % 100) : "");
      long expected = amount.contains(".") ? cents : cents / 100 * 100;
      assertThat(RunSignupValues.parseMoney(amount)).as("seed %d, %s", seed, amount)
          .isEqualTo(Money.ofMinor(expected, "USD"));
    }
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, java.util.Locale.US).withResolverStyle(ResolverStyle.STRICT);
  }

  /** A number below {@code bound}, zero-padded to a random width between min and max digits. */
  private static String num(SplittableRandom random, int minWidth, int maxWidth, int bound) {
    int width = random.nextInt(minWidth, maxWidth + 1);
    return String.format(java.util.Locale.ROOT, "%0" + width + "d", random.nextInt(bound));
  }

  private static <T> T reference(String text, List<DateTimeFormatter> formats,
      java.util.function.BiFunction<String, DateTimeFormatter, T> parse) {
    for (DateTimeFormatter f : formats) {
      try {
        return parse.apply(text, f);
      } catch (DateTimeParseException e) {
        // the next spelling
      }
    }
    return null;
  }

  @Test
  void theThreeDateFormatsAndUnixTimestamps() {
    assertThat(RunSignupValues.parseDateTime("6/13/2026 07:30")).isEqualTo(LocalDateTime.of(2026, 6, 13, 7, 30));
    assertThat(RunSignupValues.parseDateTime("12/1/2025 7:05")).isEqualTo(LocalDateTime.of(2025, 12, 1, 7, 5));
    assertThat(RunSignupValues.parseDateTime("2026-04-20 14:31:07")).isEqualTo(LocalDateTime.of(2026, 4, 20, 14, 31, 7));
    assertThat(RunSignupValues.parseDate("1984-11-02")).isEqualTo(LocalDate.of(1984, 11, 2));
    assertThat(RunSignupValues.parseDate("06/13/2026")).isEqualTo(LocalDate.of(2026, 6, 13));
    assertThat(RunSignupValues.parseDateTime("13/45/2026 99:99")).isNull();
    assertThat(RunSignupValues.parseDateTime("2026-02-30 10:00:00")).isNull();
    assertThat(RunSignupValues.parseUnixSeconds("1777600000")).isEqualTo(Instant.ofEpochSecond(1777600000L));
    assertThat(RunSignupValues.parseUnixSeconds("yesterday")).isNull();
  }

  @Test
  void registrationPeriodTimesAreWrittenAsTheDocShows() {
    assertThat(RunSignupValues.formatSql(LocalDateTime.of(2016, 5, 28, 23, 59, 59))).isEqualTo("2016-05-28 23:59:59");
    assertThat(RunSignupValues.formatSql(LocalDateTime.of(2015, 6, 7, 11, 0))).isEqualTo("2015-06-07 11:00:00");
  }

  @Test
  void resultTimesRoundTripForSeededDurations() {
    long seed = 20260613L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2000; i++) {
      Duration d = Duration.ofMillis(random.nextLong(0, 999L * 3600 * 1000));
      String text = RunSignupValues.formatResultTime(d);
      assertThat(RunSignupValues.parseResultTime(text)).as("seed %d, %s -> %s", seed, d, text).isEqualTo(d);
    }
    assertThat(RunSignupValues.formatResultTime(Duration.ofSeconds(3489))).isEqualTo("0:58:09");
    assertThat(RunSignupValues.formatResultTime(Duration.ofMillis(3492400))).isEqualTo("0:58:12.4");
    assertThat(RunSignupValues.parseResultTime("21:45")).isEqualTo(Duration.ofSeconds(21 * 60 + 45));
    assertThat(RunSignupValues.parseResultTime("DNF")).isNull();
  }
}
