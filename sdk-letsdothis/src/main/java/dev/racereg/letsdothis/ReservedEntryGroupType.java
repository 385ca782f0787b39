package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The type of a reserved entry group ({@code ReservedEntryGroupType}).
 *
 * <p>Open: any value the platform sends parses and keeps its exact spelling, and
 * {@link #isKnown()} tells whether this SDK declares it. Compare with {@code equals}.
 */
public final class ReservedEntryGroupType extends OpenEnum {

  private static final Values<ReservedEntryGroupType> VALUES = new Values<>(ReservedEntryGroupType::new);

  /** {@code MULTI_USE}: links are generic: one link can be sent to every participant. */
  public static final ReservedEntryGroupType MULTI_USE = VALUES.known("MULTI_USE");

  /** {@code SINGLE_USE}: links are tied to one person's e-mail address and work once. */
  public static final ReservedEntryGroupType SINGLE_USE = VALUES.known("SINGLE_USE");

  /** {@code UNKNOWN}: the platform's own value for an unknown type (it is a value the platform sends, not this SDK's fallback). */
  public static final ReservedEntryGroupType UNKNOWN = VALUES.known("UNKNOWN");

  private ReservedEntryGroupType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown one keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static ReservedEntryGroupType of(String value) {
    return VALUES.of(value);
  }
}
