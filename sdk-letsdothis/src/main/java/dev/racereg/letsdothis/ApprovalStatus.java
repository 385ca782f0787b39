package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * Where an application stands ({@code approvalStatus}), as the platform lists the values.
 *
 * <p>Open: any value the platform sends parses and keeps its exact spelling, and
 * {@link #isKnown()} tells whether this SDK declares it. Compare with {@code equals}.
 */
public final class ApprovalStatus extends OpenEnum {

  private static final Values<ApprovalStatus> VALUES = new Values<>(ApprovalStatus::new);

  /** {@code PENDING}: not decided yet. */
  public static final ApprovalStatus PENDING = VALUES.known("PENDING");

  /** {@code PENDING_PAYMENT}: approved, waiting for payment. */
  public static final ApprovalStatus PENDING_PAYMENT = VALUES.known("PENDING_PAYMENT");

  /** {@code APPROVED}: approved. */
  public static final ApprovalStatus APPROVED = VALUES.known("APPROVED");

  /** {@code REJECTED}: rejected. */
  public static final ApprovalStatus REJECTED = VALUES.known("REJECTED");

  /** {@code CANCELLED}: cancelled. */
  public static final ApprovalStatus CANCELLED = VALUES.known("CANCELLED");

  /** {@code ELIGIBLE}: eligible (e.g. for a good-for-age entry), not yet approved. */
  public static final ApprovalStatus ELIGIBLE = VALUES.known("ELIGIBLE");

  /** {@code NOT_ELIGIBLE}: not eligible. */
  public static final ApprovalStatus NOT_ELIGIBLE = VALUES.known("NOT_ELIGIBLE");

  private ApprovalStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown one keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static ApprovalStatus of(String value) {
    return VALUES.of(value);
  }
}
