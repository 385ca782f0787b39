package dev.racereg.runsignup;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * A participant's gender as RunSignup spells it ({@code M}, {@code F}; seen). Open: another
 * spelling parses, keeps its value, and reports {@link #isKnown()} false.
 */
public final class RunSignupGender extends OpenEnum {

  private static final Values<RunSignupGender> VALUES = new Values<>(RunSignupGender::new);

  /** Male. */
  public static final RunSignupGender MALE = VALUES.known("M");
  /** Female. */
  public static final RunSignupGender FEMALE = VALUES.known("F");

  private RunSignupGender(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown gender that keeps the value.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static RunSignupGender of(String value) {
    return VALUES.of(value);
  }
}
