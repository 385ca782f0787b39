package dev.racereg.actigo;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * A person's {@code sex} on Actigo. Open: any value Actigo sends parses and keeps its spelling.
 *
 * <p>{@link #MALE} ({@code Male}) is seen in Actigo's documentation; {@link #FEMALE}
 * ({@code Female}) is <b>inferred</b> from it and may be spelled differently by the platform: if
 * so, the value Actigo sends still arrives (as an unknown instance) and can be sent back.
 */
public final class Sex extends OpenEnum {

  private static final Values<Sex> VALUES = new Values<>(Sex::new);

  /** {@code Male} (seen). */
  public static final Sex MALE = VALUES.known("Male");
  /** {@code Female} (inferred spelling, see the class description). */
  public static final Sex FEMALE = VALUES.known(ActigoInferred.FEMALE);

  private Sex(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown sex keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static Sex of(String value) {
    return VALUES.of(value);
  }
}
