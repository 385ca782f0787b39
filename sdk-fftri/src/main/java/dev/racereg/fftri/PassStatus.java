package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The status of a pass compétition ({@code statusDescription}).
 *
 * <p>Open: a value this SDK version does not know still parses, keeps its spelling and
 * round-trips; {@link #isKnown()} is then false.
 */
public final class PassStatus extends OpenEnum {

  private static final Values<PassStatus> VALUES = new Values<>(PassStatus::new);

  /** {@code created}: created, not yet valid ("Créé"). */
  public static final PassStatus CREATED = VALUES.known("created");
  /** {@code valid}: valid ("Valide"). */
  public static final PassStatus VALID = VALUES.known("valid");
  /** {@code used}: used at the race ("Utilisé"). */
  public static final PassStatus USED = VALUES.known("used");
  /** {@code refund}: refunded ("Remboursé"). */
  public static final PassStatus REFUNDED = VALUES.known("refund");
  /** {@code cancel}: cancelled ("Annulé"). */
  public static final PassStatus CANCELLED = VALUES.known("cancel");

  private PassStatus(String value, boolean known) {
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
  public static PassStatus of(String value) {
    return VALUES.of(value.trim());
  }
}
