package dev.racereg.runsignup;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * Why a registration left the race, from {@code removed_reason} (seen: {@code cleared},
 * {@code removed}, {@code transferred}, {@code deferred}). Open: a reason RunSignup adds later
 * parses and keeps its spelling.
 */
public final class RemovedReason extends OpenEnum {

  private static final Values<RemovedReason> VALUES = new Values<>(RemovedReason::new);

  /** The registration was cleared (e.g. an unpaid or test registration wiped). */
  public static final RemovedReason CLEARED = VALUES.known("cleared");
  /** The race removed the participant. */
  public static final RemovedReason REMOVED = VALUES.known("removed");
  /** The entry moved to another registration ({@code new_registration_id}). */
  public static final RemovedReason TRANSFERRED = VALUES.known("transferred");
  /** The entry was deferred to a later edition. */
  public static final RemovedReason DEFERRED = VALUES.known("deferred");

  private RemovedReason(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known reason, or an unknown one that keeps its spelling.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static RemovedReason of(String value) {
    return VALUES.of(value);
  }
}
