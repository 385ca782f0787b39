package dev.racereg.pace;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The {@code "Gender"} column of a PACE participant. Open: PACE's documentation shows
 * {@code female} and {@code male}; any other value parses and keeps its exact spelling.
 */
public final class PaceGender extends OpenEnum {

  private static final Values<PaceGender> VALUES = new Values<>(PaceGender::new);

  /** {@code female} (seen). */
  public static final PaceGender FEMALE = VALUES.known("female");
  /** {@code male} (seen). */
  public static final PaceGender MALE = VALUES.known("male");

  private PaceGender(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown gender keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static PaceGender of(String value) {
    return VALUES.of(value);
  }
}
