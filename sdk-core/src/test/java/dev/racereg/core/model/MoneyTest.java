package dev.racereg.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void twoDecimalCurrencies() {
    Money usd = Money.ofMajor(dec("22.50"), "USD");

    assertThat(usd.minorUnits()).isEqualTo(2250);
    assertThat(usd.toMajor()).isEqualByComparingTo("22.50");
    assertThat(usd.toMajor().scale()).isEqualTo(2);
    assertThat(usd).hasToString("22.50 USD");
    assertThat(Money.ofMajor(dec("30"), "EUR")).isEqualTo(Money.ofMinor(3000, "EUR")).hasToString("30.00 EUR");
    assertThat(Money.ofMajor(dec("1.230"), "EUR").minorUnits()).isEqualTo(123);
  }

  @Test
  void yenHasNoMinorUnits() {
    Money yen = Money.ofMajor(dec("1500"), "JPY");

    assertThat(yen.minorUnits()).isEqualTo(1500);
    assertThat(yen.toMajor()).isEqualTo(dec("1500"));
    assertThat(yen).hasToString("1500 JPY");
    assertThat(Money.ofMajor(dec("1500.00"), "JPY").minorUnits()).isEqualTo(1500);
    assertThat(Money.ofMinor(1500, "JPY")).isEqualTo(yen);
  }

  @Test
  void threeDecimalCurrencies() {
    Money dinar = Money.ofMajor(dec("1.234"), "KWD");

    assertThat(dinar.minorUnits()).isEqualTo(1234);
    assertThat(dinar).hasToString("1.234 KWD");
  }

  @Test
  void excessDecimalsAreRefusedRatherThanRounded() {
    assertThatThrownBy(() -> Money.ofMajor(dec("22.505"), "USD")).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofMajor(dec("1500.5"), "JPY")).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofMajor(dec("0.0001"), "KWD")).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void amountsTooLargeForMinorUnitsAreRefused() {
    assertThatThrownBy(() -> Money.ofMajor(dec("1e18"), "EUR")).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void refundsAreNegative() {
    Money refund = Money.ofMajor(dec("-5.10"), "EUR");

    assertThat(refund.minorUnits()).isEqualTo(-510);
    assertThat(refund).hasToString("-5.10 EUR");
  }

  @Test
  void currencyWithoutDecimalsDefinedCountsWhole() {
    Money gold = Money.ofMajor(dec("3"), Currency.getInstance("XAU"));

    assertThat(gold.minorUnits()).isEqualTo(3);
    assertThat(gold.toMajor()).isEqualTo(dec("3"));
  }

  @Test
  void comparesOnlyWithinACurrency() {
    assertThat(Money.ofMinor(100, "EUR")).isLessThan(Money.ofMinor(101, "EUR"));
    assertThatThrownBy(() -> Money.ofMinor(100, "EUR").compareTo(Money.ofMinor(100, "USD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
    assertThat(Money.ofMinor(100, "EUR")).isNotEqualTo(Money.ofMinor(100, "USD"));
  }

  @Test
  void unknownCurrencyCodeAndMissingCurrencyAreRefused() {
    assertThatThrownBy(() -> Money.ofMinor(1, "EURO")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class);
  }
}
