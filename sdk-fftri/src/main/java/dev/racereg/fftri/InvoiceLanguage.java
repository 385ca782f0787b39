package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The language of the invoice sent for a pass compétition: {@code FR} (the platform's default)
 * or {@code EN}.
 *
 * <p>Open: a value this SDK version does not know still parses, keeps its spelling and
 * round-trips; {@link #isKnown()} is then false.
 */
public final class InvoiceLanguage extends OpenEnum {

  private static final Values<InvoiceLanguage> VALUES = new Values<>(InvoiceLanguage::new);

  /** {@code FR}: French (default). */
  public static final InvoiceLanguage FR = VALUES.known("FR");
  /** {@code EN}: English. */
  public static final InvoiceLanguage EN = VALUES.known("EN");

  private InvoiceLanguage(String value, boolean known) {
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
  public static InvoiceLanguage of(String value) {
    return VALUES.of(value.trim());
  }
}
