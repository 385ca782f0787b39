package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The booking status of a participant or application, the value of its {@code status} field
 * (see {@link ParticipantFields#status()}). The ten constants are the values the platform lists;
 * its examples also show {@code PENDING_BALLOT}, declared too. How each maps to the unified status
 * is documented on {@link LetsDoThisRegistrationMapper}.
 *
 * <p>Open: any value the platform sends parses and keeps its exact spelling, and
 * {@link #isKnown()} tells whether this SDK declares it. Compare with {@code equals}.
 */
public final class BookingStatus extends OpenEnum {

  private static final Values<BookingStatus> VALUES = new Values<>(BookingStatus::new);

  /** {@code CONFIRMED}: booked and on the start list. */
  public static final BookingStatus CONFIRMED = VALUES.known("CONFIRMED");

  /** {@code CANCELLED}: cancelled. */
  public static final BookingStatus CANCELLED = VALUES.known("CANCELLED");

  /** {@code DEFERRED}: deferred to a later occurrence. */
  public static final BookingStatus DEFERRED = VALUES.known("DEFERRED");

  /** {@code PENDING}: not complete yet (payment or approval). */
  public static final BookingStatus PENDING = VALUES.known("PENDING");

  /** {@code PENDING_BALLOT}: waiting for a ballot draw (seen in the platform's examples). */
  public static final BookingStatus PENDING_BALLOT = VALUES.known("PENDING_BALLOT");

  /** {@code REFUNDED}: refunded. */
  public static final BookingStatus REFUNDED = VALUES.known("REFUNDED");

  /** {@code REFUNDING}: a refund is in progress. */
  public static final BookingStatus REFUNDING = VALUES.known("REFUNDING");

  /** {@code TO_BE_TRANSFERRED}: a transfer was requested. */
  public static final BookingStatus TO_BE_TRANSFERRED = VALUES.known("TO_BE_TRANSFERRED");

  /** {@code TRANSFERRED_EVENTS}: transferred to another event. */
  public static final BookingStatus TRANSFERRED_EVENTS = VALUES.known("TRANSFERRED_EVENTS");

  /** {@code TRANSFERRED_TO_CREDIT}: turned into credit. */
  public static final BookingStatus TRANSFERRED_TO_CREDIT = VALUES.known("TRANSFERRED_TO_CREDIT");

  /** {@code FAILED}: the booking failed (payment or processing). */
  public static final BookingStatus FAILED = VALUES.known("FAILED");

  private BookingStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown one keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static BookingStatus of(String value) {
    return VALUES.of(value);
  }
}
