package dev.racereg.actigo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Birth dates read by hand in the two forms Actigo sends give what java.time gives, and every
 * other text is java.time's to accept or refuse.
 */
class WireDatesTest {

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
}
