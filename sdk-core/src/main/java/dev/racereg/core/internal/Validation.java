package dev.racereg.core.internal;

import dev.racereg.core.error.ValidationException;
import java.util.regex.Pattern;

/**
 * Checks for parameters, each throwing a {@link ValidationException} that names the field and the
 * rule. Used by every request builder before anything is sent.
 */
public final class Validation {

  private Validation() {}

  /**
   * Requires a value.
   *
   * @throws ValidationException "must be set" if null
   */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new ValidationException(field, "must be set");
    }
    return value;
  }

  /**
   * Requires non-blank text.
   *
   * @throws ValidationException if null or blank
   */
  public static String notBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "must not be blank");
    }
    return value;
  }

  /**
   * Requires text matching a pattern in full.
   *
   * @param rule the rule in words, e.g. {@code "must be 24 hexadecimal digits"}
   * @throws ValidationException if null or not matching
   */
  public static String matches(String value, Pattern pattern, String field, String rule) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new ValidationException(field, rule);
    }
    return value;
  }

  /**
   * Requires a number within a closed range.
   *
   * @throws ValidationException if outside {@code min..max}
   */
  public static long inRange(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new ValidationException(field, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Requires a number of at least {@code min}.
   *
   * @throws ValidationException if below
   */
  public static long atLeast(long value, long min, String field) {
    if (value < min) {
      throw new ValidationException(field, "must be at least " + min + ", was " + value);
    }
    return value;
  }

  /**
   * Requires a condition.
   *
   * @throws ValidationException with the rule if false
   */
  public static void check(boolean condition, String field, String rule) {
    if (!condition) {
      throw new ValidationException(field, rule);
    }
  }
}
