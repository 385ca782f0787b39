package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The format of a trial ({@code format}).
 *
 * <p>Open: a value this SDK version does not know still parses, keeps its spelling and
 * round-trips; {@link #isKnown()} is then false.
 */
public final class TrialFormat extends OpenEnum {

  private static final Values<TrialFormat> VALUES = new Values<>(TrialFormat::new);

  /** {@code Ind.}: individual. */
  public static final TrialFormat INDIVIDUAL = VALUES.known("Ind.");
  /** {@code Relai}: relay. */
  public static final TrialFormat RELAY = VALUES.known("Relai");
  /** {@code CLM}: time trial ("Contre la montre"). */
  public static final TrialFormat TIME_TRIAL = VALUES.known("CLM");
  /** {@code CLM EQ}: team time trial. */
  public static final TrialFormat TEAM_TIME_TRIAL = VALUES.known("CLM EQ");
  /** {@code EQ}: team. */
  public static final TrialFormat TEAM = VALUES.known("EQ");

  private TrialFormat(String value, boolean known) {
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
  public static TrialFormat of(String value) {
    return VALUES.of(value.trim());
  }
}
