package dev.racereg.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * Where a registration stands, across platforms. Open: a provider may report a status it has no
 * mapping for, which keeps its native spelling and {@code isKnown()} is false.
 */
public final class RegistrationStatus extends OpenEnum {

  private static final Values<RegistrationStatus> VALUES = new Values<>(RegistrationStatus::new);

  /** Entered and paid or approved: on the start list. */
  public static final RegistrationStatus CONFIRMED = VALUES.known("CONFIRMED");
  /** Started but not complete: unpaid, awaiting approval or a ballot. */
  public static final RegistrationStatus PENDING = VALUES.known("PENDING");
  /** Cancelled or withdrawn. */
  public static final RegistrationStatus CANCELLED = VALUES.known("CANCELLED");
  /** Refunded (or being refunded). */
  public static final RegistrationStatus REFUNDED = VALUES.known("REFUNDED");
  /** Moved to another person, event or credit. */
  public static final RegistrationStatus TRANSFERRED = VALUES.known("TRANSFERRED");
  /** Deferred to a later edition. */
  public static final RegistrationStatus DEFERRED = VALUES.known("DEFERRED");
  /** Payment or processing failed. */
  public static final RegistrationStatus FAILED = VALUES.known("FAILED");
  /** Removed from the event by the organiser. */
  public static final RegistrationStatus REMOVED = VALUES.known("REMOVED");

  private RegistrationStatus(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a known value, or an unknown status that keeps the value. */
  @JsonCreator
  public static RegistrationStatus of(String value) {
    return VALUES.of(value);
  }

  /** Whether a registration with this status belongs on a start list. */
  public boolean isOnStartList() {
    return equals(CONFIRMED);
  }
}
