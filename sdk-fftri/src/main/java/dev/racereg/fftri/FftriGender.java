package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * A participant's sex as the espacetri spells it: {@code m} (masculin) or {@code f} (féminin).
 *
 * <p>Open: a value this SDK version does not know still parses, keeps its spelling and
 * round-trips; {@link #isKnown()} is then false.
 */
public final class FftriGender extends OpenEnum {

  private static final Values<FftriGender> VALUES = new Values<>(FftriGender::new);

  /** {@code m}: male. */
  public static final FftriGender MALE = VALUES.known("m");
  /** {@code f}: female. */
  public static final FftriGender FEMALE = VALUES.known("f");

  private FftriGender(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown one that keeps the value.
   *
   * @param value the platform's spelling
   * @return the value
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static FftriGender of(String value) {
    return VALUES.of(value.trim());
  }

  /** The unified gender: {@code MALE}, {@code FEMALE}, or {@code UNKNOWN} for any other value. */
  public dev.racereg.core.model.Gender toGender() {
    return equals(MALE) ? dev.racereg.core.model.Gender.MALE
        : equals(FEMALE) ? dev.racereg.core.model.Gender.FEMALE : dev.racereg.core.model.Gender.UNKNOWN;
  }
}
