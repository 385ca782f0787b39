package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * Whether a participant counts towards the organiser's incremental figures ({@code incrementalStatus}).
 *
 * <p>Open: any value the platform sends parses and keeps its exact spelling, and
 * {@link #isKnown()} tells whether this SDK declares it. Compare with {@code equals}.
 */
public final class IncrementalStatus extends OpenEnum {

  private static final Values<IncrementalStatus> VALUES = new Values<>(IncrementalStatus::new);

  /** {@code INCREMENTAL}: counted as incremental. */
  public static final IncrementalStatus INCREMENTAL = VALUES.known("INCREMENTAL");

  /** {@code NON_INCREMENTAL}: not counted as incremental. */
  public static final IncrementalStatus NON_INCREMENTAL = VALUES.known("NON_INCREMENTAL");

  private IncrementalStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown one keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static IncrementalStatus of(String value) {
    return VALUES.of(value);
  }
}
