package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The type of a pass compétition ({@code type}): {@code 1} individual, {@code 2} relay,
 * {@code 3} leisure. Only {@link #INDIVIDUAL} and {@link #RELAY} can be created through the API.
 *
 * <p>Open: a value this SDK version does not know still parses, keeps its spelling and
 * round-trips; {@link #isKnown()} is then false.
 */
public final class PassType extends OpenEnum {

  private static final Values<PassType> VALUES = new Values<>(PassType::new);

  /** {@code 1}: individual ("Individuel"). */
  public static final PassType INDIVIDUAL = VALUES.known("1");
  /** {@code 2}: relay ("Relais"). */
  public static final PassType RELAY = VALUES.known("2");
  /** {@code 3}: leisure ("Loisir"); reported on passes, not accepted by create. */
  public static final PassType LEISURE = VALUES.known("3");

  private PassType(String value, boolean known) {
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
  public static PassType of(String value) {
    return VALUES.of(value.trim());
  }

  /**
   * The value for its number, e.g. {@code of(1)}; the platform sends the code as a string or a
   * number.
   *
   * @param code the numeric code
   * @return the value
   */
  @JsonCreator
  public static PassType of(long code) {
    return VALUES.of(Long.toString(code));
  }

  /** Whether the create operation accepts this type ({@code 1} or {@code 2}). */
  public boolean isCreatable() {
    return equals(INDIVIDUAL) || equals(RELAY);
  }
}
