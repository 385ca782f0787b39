package dev.racereg.fftri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.racereg.core.internal.codec.Codecs;
import org.junit.jupiter.api.Test;

/** The espacetri sends whole numbers as numbers or strings; both read alike, and range is checked. */
class FftriJsonTest {

  record Holder(
      @JsonProperty("small") @JsonDeserialize(using = FftriJson.LenientInt.class) Integer small,
      @JsonProperty("big") @JsonDeserialize(using = FftriJson.LenientLong.class) Long big) {}

  private static Holder read(String json) throws Exception {
    return Codecs.json().readValue(json, Holder.class);
  }

  @Test
  void numbersAndStringsReadAlikeAndEmptyIsAbsent() throws Exception {
    assertThat(read("{\"small\":12,\"big\":\"9000000000\"}")).isEqualTo(new Holder(12, 9_000_000_000L));
    assertThat(read("{\"small\":\"12\",\"big\":9000000000}")).isEqualTo(new Holder(12, 9_000_000_000L));
    assertThat(read("{\"small\":\"\",\"big\":\" \"}")).isEqualTo(new Holder(null, null));
  }

  @Test
  void aNumberTooLargeForItsFieldIsInvalidNotWrapped() {
    assertThatThrownBy(() -> read("{\"small\":\"9000000000\"}")).isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("a whole number in range");
    assertThatThrownBy(() -> read("{\"small\":9000000000}")).isInstanceOf(InvalidFormatException.class);
    assertThatThrownBy(() -> read("{\"big\":\"12a\"}")).isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("a whole number");
  }
}
