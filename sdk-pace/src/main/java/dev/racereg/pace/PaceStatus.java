package dev.racereg.pace;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The {@code "Status"} column of a PACE participant: the state of the order's payment. Open: any
 * value PACE sends parses and keeps its exact spelling, and {@link #isKnown()} tells whether this
 * SDK declares it.
 *
 * <p>Only {@link #SUCCEEDED} is documented, so it is the only constant. Other values (PACE's
 * spelling suggests card-payment states such as {@code pending}, {@code refunded},
 * {@code canceled} or {@code failed}) arrive as unknown instances; how each maps to the unified
 * status is documented on {@link PaceRegistrationMapper}.
 */
public final class PaceStatus extends OpenEnum {

  private static final Values<PaceStatus> VALUES = new Values<>(PaceStatus::new);

  /** {@code succeeded}: the order is paid (documented). */
  public static final PaceStatus SUCCEEDED = VALUES.known("succeeded");

  private PaceStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown status keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static PaceStatus of(String value) {
    return VALUES.of(value);
  }
}
