package dev.racereg.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcut agrees with java.time wherever it answers, and leaves every other text to it. */
class IsoTimesTest {

  @ParameterizedTest
  @ValueSource(strings = {"2022-03-14T13:50:46.873Z", "2022-03-14T13:50:46Z", "2022-03-14T13:50:46.1Z",
      "2022-03-14T13:50:46.123456789Z", "2022-03-14T13:50:46.873+02:00", "2022-03-14T00:10:00-05:30",
      "2024-02-29T23:59:59.999Z"})
  void readsTheIsoShapeExactlyAsJavaTimeDoes(String text) {
    assertThat(IsoTimes.instant(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-03-14 13:50:46Z", "2022-03-14T13:50Z", "2022-02-30T10:00:00Z",
      "2022-03-14T24:00:00Z", "2022-03-14T13:50:46.Z", "2022-03-14T13:50:46.1234567891Z",
      "2022-03-14T13:50:46", "2022-03-14T13:50:46+0200", "2022-03-14T13:50:46+19:00", "+2022-03-14T13:50:46Z",
      "2022-03-14T13:50:46ZZ", "2022-O3-14T13:50:46Z", "not a date at all, really"})
  void leavesAnythingElseToTheFullParser(String text) {
    assertThat(IsoTimes.instant(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2001-06-10", "2024-02-29", "1900-01-01"})
  void readsDatesExactlyAsJavaTimeDoes(String text) {
    assertThat(IsoTimes.date(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2001-6-10", "2001-06-10T00:00:00Z", "20010610", "2001/06/10", "2001-06-1x"})
  void leavesOtherDatesToTheFullParser(String text) {
    assertThat(IsoTimes.date(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-03-14T13:50:46.873Z"})
  void anInstantIsTheSameObjectValueAsInstantParse(String text) {
    assertThat(IsoTimes.instant(text)).isEqualTo(Instant.parse(text));
  }
}
