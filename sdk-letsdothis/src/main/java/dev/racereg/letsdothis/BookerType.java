package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * Who made a booking ({@code bookerType}). Only {@code PARTNER} appears in the platform's
 * documentation; other values (an individual, the organiser) arrive as unknown values and are kept.
 *
 * <p>Open: any value the platform sends parses and keeps its exact spelling, and
 * {@link #isKnown()} tells whether this SDK declares it. Compare with {@code equals}.
 */
public final class BookerType extends OpenEnum {

  private static final Values<BookerType> VALUES = new Values<>(BookerType::new);

  /** {@code PARTNER}: booked by a partner through a reserved entry. */
  public static final BookerType PARTNER = VALUES.known("PARTNER");

  private BookerType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown one keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static BookerType of(String value) {
    return VALUES.of(value);
  }
}
