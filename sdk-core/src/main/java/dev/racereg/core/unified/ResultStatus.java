package dev.racereg.core.unified;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * How a participant's race ended. Open: a timing file or a platform may use a status this SDK has
 * no constant for (say {@code OTL}, over the time limit), which keeps its spelling and
 * {@code isKnown()} is false.
 */
public final class ResultStatus extends OpenEnum {

  private static final Values<ResultStatus> VALUES = new Values<>(ResultStatus::new);

  /** Crossed the finish line: has a time and, usually, places. */
  public static final ResultStatus FINISHED = VALUES.known("FINISHED");
  /** Did not finish: started, then stopped or was timed out. */
  public static final ResultStatus DNF = VALUES.known("DNF");
  /** Did not start. */
  public static final ResultStatus DNS = VALUES.known("DNS");
  /** Disqualified. */
  public static final ResultStatus DSQ = VALUES.known("DSQ");

  private ResultStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown status that keeps the value.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static ResultStatus of(String value) {
    return VALUES.of(value);
  }

  /** Whether the participant finished ({@link #FINISHED}). */
  public boolean finished() {
    return equals(FINISHED);
  }
}
