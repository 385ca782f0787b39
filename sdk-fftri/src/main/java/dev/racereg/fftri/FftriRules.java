package dev.racereg.fftri;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Validation rules shared by the parameter classes (not a params base: they share no fields). */
final class FftriRules {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private FftriRules() {}

  /** A date the platform reads as {@code YYYY-MM-DD}: a four-digit year. */
  static LocalDate date(LocalDate value, String field) {
    Validation.required(value, field);
    if (value.getYear() < 1000 || value.getYear() > 9999) {
      throw new ValidationException(field, "must be a date YYYY-MM-DD with a four-digit year, was " + value);
    }
    return value;
  }

  /** A gender the platform accepts: {@code m} or {@code f}. */
  static FftriGender gender(FftriGender value, String field) {
    Validation.required(value, field);
    if (!value.isKnown()) {
      throw new ValidationException(field, "must be m or f, was " + value.value());
    }
    return value;
  }

  /** An e-mail address (something@domain.tld). */
  static String email(String value, String field) {
    return Validation.matches(Validation.notBlank(value, field).strip(), EMAIL, field,
        "must be an e-mail address");
  }

  /** Optional text: null or blank is absent, otherwise stripped. */
  static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A money amount as the JSON number the doc shows ({@code 20}, {@code 7.5}). */
  static BigDecimal plainNumber(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
