package dev.racereg.pace;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code "License validation"} column of a PACE participant: whether the athlete's licence
 * (Sport ID) was validated. PACE's documentation shows {@code "Yes"}; {@code "No"} is its
 * natural counterpart. Open: any other value parses and keeps its exact spelling, and
 * {@link #asBoolean()} is empty for it.
 */
public final class PaceLicenceValidation extends OpenEnum {

  private static final Values<PaceLicenceValidation> VALUES = new Values<>(PaceLicenceValidation::new);

  /** {@code Yes}: validated (seen). */
  public static final PaceLicenceValidation YES = VALUES.known("Yes");
  /** {@code No}: not validated. */
  public static final PaceLicenceValidation NO = VALUES.known("No");

  private PaceLicenceValidation(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown value kept exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static PaceLicenceValidation of(String value) {
    return VALUES.of(value);
  }

  /**
   * The value as a yes/no answer: {@code Yes}/{@code No} in any letter case (and {@code true} /
   * {@code false}) give true/false; anything else is empty.
   */
  public Optional<Boolean> asBoolean() {
    switch (value().trim().toLowerCase(Locale.ROOT)) {
      case "yes":
      case "true":
        return Optional.of(Boolean.TRUE);
      case "no":
      case "false":
        return Optional.of(Boolean.FALSE);
      default:
        return Optional.empty();
    }
  }
}
