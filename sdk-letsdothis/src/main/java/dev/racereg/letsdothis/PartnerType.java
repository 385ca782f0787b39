package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The type of a partner ({@code PartnerType} in the platform's schema).
 *
 * <p>Open: any value the platform sends parses and keeps its exact spelling, and
 * {@link #isKnown()} tells whether this SDK declares it. Compare with {@code equals}.
 */
public final class PartnerType extends OpenEnum {

  private static final Values<PartnerType> VALUES = new Values<>(PartnerType::new);

  /** {@code CHARITY}: a charity. */
  public static final PartnerType CHARITY = VALUES.known("CHARITY");

  /** {@code CORPORATE}: a company. */
  public static final PartnerType CORPORATE = VALUES.known("CORPORATE");

  /** {@code FRIENDS_AND_FAMILY}: friends and family of the organiser. */
  public static final PartnerType FRIENDS_AND_FAMILY = VALUES.known("FRIENDS_AND_FAMILY");

  /** {@code MERCH_PARTNER}: a merchandise partner. */
  public static final PartnerType MERCH_PARTNER = VALUES.known("MERCH_PARTNER");

  /** {@code SPONSOR}: a sponsor. */
  public static final PartnerType SPONSOR = VALUES.known("SPONSOR");

  private PartnerType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown one keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static PartnerType of(String value) {
    return VALUES.of(value);
  }
}
