package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * How an application is decided ({@code applicationResolutionType}).
 *
 * <p>Open: any value the platform sends parses and keeps its exact spelling, and
 * {@link #isKnown()} tells whether this SDK declares it. Compare with {@code equals}.
 */
public final class ResolutionType extends OpenEnum {

  private static final Values<ResolutionType> VALUES = new Values<>(ResolutionType::new);

  /** {@code BALLOT}: by a ballot draw. */
  public static final ResolutionType BALLOT = VALUES.known("BALLOT");

  /** {@code AUTOMATIC}: automatically. */
  public static final ResolutionType AUTOMATIC = VALUES.known("AUTOMATIC");

  /** {@code MANUAL}: manually, by the organiser. */
  public static final ResolutionType MANUAL = VALUES.known("MANUAL");

  private ResolutionType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown one keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static ResolutionType of(String value) {
    return VALUES.of(value);
  }
}
