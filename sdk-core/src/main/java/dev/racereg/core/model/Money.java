package dev.racereg.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the currency's minor units (cents, pence, haléře), so arithmetic is exact.
 *
 * @param minorUnits the amount in minor units; negative for refunds
 * @param currency the currency
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

  /** Requires a currency. */
  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  /** An amount in minor units of the currency with this ISO 4217 code. */
  public static Money ofMinor(long minorUnits, String currencyCode) {
    return new Money(minorUnits, Currency.getInstance(currencyCode));
  }

  /**
   * An amount in major units ({@code 30} EUR, {@code 22.50} USD).
   *
   * @throws ArithmeticException if it has more decimals than the currency allows
   */
  public static Money ofMajor(BigDecimal amount, Currency currency) {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits)
        .longValueExact(), currency);
  }

  /** An amount in major units of the currency with this ISO 4217 code. */
  public static Money ofMajor(BigDecimal amount, String currencyCode) {
    return ofMajor(amount, Currency.getInstance(currencyCode));
  }

  /** The amount in major units, with the currency's number of decimals. */
  public BigDecimal toMajor() {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return BigDecimal.valueOf(minorUnits, digits);
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
    }
    return Long.compare(minorUnits, other.minorUnits);
  }

  /** For example {@code 30.00 EUR}. */
  @Override
  public String toString() {
    return toMajor().toPlainString() + " " + currency.getCurrencyCode();
  }
}
