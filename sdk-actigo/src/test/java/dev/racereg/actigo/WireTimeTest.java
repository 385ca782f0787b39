package dev.racereg.actigo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and instants read by hand in the forms Actigo sends give what java.time gives, and every
 * other text is java.time's to accept or refuse.
 */
class WireTimeTest {

  @Test
  void everyDayOfBothFormsIsTheDateJavaTimeReads() {
    for (LocalDate d = LocalDate.of(1896, 1, 1); d.isBefore(LocalDate.of(2041, 1, 1)); d = d.plusDays(1)) {
      assertThat(Wire.birthDate(d.toString())).isEqualTo(LocalDate.parse(d.toString()));
      String instant = d + "T00:00:00Z";
      assertThat(Wire.birthDate(instant)).isEqualTo(ActigoInferred.birthDate(OffsetDateTime.parse(instant).toInstant()));
    }
    assertThat(Wire.birthDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(Wire.birthDate("9999-12-31T00:00:00Z")).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void otherInstantsAreTheDateOfTheNearestMidnight() {
    assertThat(Wire.birthDate("1975-11-26T23:00:00Z")).isEqualTo(LocalDate.of(1975, 11, 27));
    assertThat(Wire.birthDate("1975-11-27T00:00:00+01:00")).isEqualTo(LocalDate.of(1975, 11, 27));
    assertThat(Wire.birthDate("1975-11-27T00:00:00.000Z")).isEqualTo(LocalDate.of(1975, 11, 27));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1900-02-29", "2023-02-29", "2024-02-30", "2023-04-31", "2023-13-01", "2023-00-10",
      "2023-01-00", "2023-1-010", "27.11.1975", "1975-11-2a", "1975-02-30T00:00:00Z", "1975-11-27T00:00:00X",
      "1975-11-27T25:00:00Z", "+1975-11-2"})
  void textThatIsNoDateFailsAsJavaTimeFails(String text) {
    DateTimeParseException javaTime = javaTimeFailure(text);

    assertThatThrownBy(() -> Wire.birthDate(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(javaTime.getMessage());
  }

  private static DateTimeParseException javaTimeFailure(String text) {
    try {
      if (text.length() == 10) {
        LocalDate.parse(text);
      } else {
        OffsetDateTime.parse(text);
      }
    } catch (DateTimeParseException e) {
      return e;
    }
    throw new AssertionError("java.time reads " + text);
  }

  @Test
  void utcInstantsWithAnyFractionAreTheInstantJavaTimeReads() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong() % 4_000_000_000L, random.nextInt(1_000_000_000));
      String text = instant.toString();
      int fraction = random.nextInt(10);
      String cut = text.substring(0, 19) + (fraction == 0 ? "" : "." + String.format("%09d", instant.getNano()).substring(0, fraction)) + "Z";
      assertThat(Wire.instant(text)).isEqualTo(Instant.parse(text));
      assertThat(Wire.instant(cut)).isEqualTo(Instant.parse(cut));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-12-06T24:00:00Z", "2016-12-31T23:59:60Z", "2022-12-06T09:12:03.Z",
      "2022-12-06T09:12:03.7010000000Z", "2022-12-06T09:12Z", "+12022-12-06T09:12:03Z", "2022-12-06t09:12:03Z",
      "2022-12-06T09:12:03+01:00", "2022-12-06T09:12:03.5+01:00"})
  void otherInstantTextIsJavaTimesToRead(String text) {
    Object javaTime;
    try {
      javaTime = instantOrFailure(text);
    } catch (DateTimeParseException e) {
      javaTime = e.getMessage();
    }
    Object read;
    try {
      read = Wire.instant(text);
    } catch (DateTimeParseException e) {
      read = e.getMessage();
    }
    assertThat(read).isEqualTo(javaTime);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29T00:00:00Z", "2022-12-06T23:60:00Z", "2022-12-06T09:12:03.701", "2022-12-06",
      "2022-12-06T09:12:03.70aZ", "2022-13-06T09:12:03Z"})
  void textThatIsNoInstantFailsAsJavaTimeFails(String text) {
    assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Wire.instant(text)).isInstanceOf(DateTimeParseException.class)
        .hasMessage(javaTimeInstantFailure(text).getMessage());
  }

  /** What the reading before the hand reader gave: Instant.parse, else OffsetDateTime.parse. */
  private static Instant instantOrFailure(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e2) {
        throw e;
      }
    }
  }

  private static DateTimeParseException javaTimeInstantFailure(String text) {
    try {
      instantOrFailure(text);
    } catch (DateTimeParseException e) {
      return e;
    }
    throw new AssertionError("java.time reads " + text);
  }
}
