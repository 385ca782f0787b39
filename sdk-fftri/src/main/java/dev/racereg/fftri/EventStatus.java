package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The status of an event (a "manifestation") in the espacetri, from its creation to the
 * league's approval ({@code status}: {@code -1} to {@code 8}).
 *
 * <p>Open: a value this SDK version does not know still parses, keeps its spelling and
 * round-trips; {@link #isKnown()} is then false.
 */
public final class EventStatus extends OpenEnum {

  private static final Values<EventStatus> VALUES = new Values<>(EventStatus::new);

  /** {@code -1}: deleted ("Supprimée"). */
  public static final EventStatus DELETED = VALUES.known("-1");
  /** {@code 0}: being created ("En cours de création"). */
  public static final EventStatus DRAFT = VALUES.known("0");
  /** {@code 1}: dates sent to the league. */
  public static final EventStatus DATES_SENT_TO_LEAGUE = VALUES.known("1");
  /** {@code 2}: dates accepted by the league. */
  public static final EventStatus DATES_ACCEPTED = VALUES.known("2");
  /** {@code 3}: returned by the league for changes. */
  public static final EventStatus RETURNED_FOR_CHANGES = VALUES.known("3");
  /** {@code 4}: refused by the league. */
  public static final EventStatus REFUSED = VALUES.known("4");
  /** {@code 5}: completed but not submitted to the league. */
  public static final EventStatus COMPLETED_NOT_SUBMITTED = VALUES.known("5");
  /** {@code 6}: completed, awaiting the league's approval. */
  public static final EventStatus AWAITING_APPROVAL = VALUES.known("6");
  /** {@code 7}: completed and authorised by the league. */
  public static final EventStatus AUTHORISED = VALUES.known("7");
  /** {@code 8}: cancelled by the league. */
  public static final EventStatus CANCELLED_BY_LEAGUE = VALUES.known("8");

  private EventStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown one that keeps the value.
   *
   * @param value the platform's spelling
   * @return the value
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static EventStatus of(String value) {
    return VALUES.of(value.trim());
  }

  /**
   * The value for its number, e.g. {@code of(2)}; the platform sends the code as a string or a
   * number.
   *
   * @param code the numeric code
   * @return the value
   */
  @JsonCreator
  public static EventStatus of(long code) {
    return VALUES.of(Long.toString(code));
  }
}
