package dev.racereg.letsdothis;

import dev.racereg.core.internal.Validation;
import java.util.regex.Pattern;

/** The rules the platform's reference states for request bodies, checked before sending. */
final class Rules {

  /** Names of partners and reserved entry groups: {@code ^(\S).+$}, as the reference states. */
  private static final Pattern NAME = Pattern.compile("^(\\S).+$");

  // deliberately loose: one @, no white space, a dot in the domain. Stricter checks reject real
  // addresses; the platform has the last word on its "<email>" format.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private Rules() {}

  /**
   * A name matching {@code ^(\S).+$}: not starting with white space, at least two characters, on
   * one line.
   */
  static String name(String value, String field) {
    return Validation.matches(value, NAME, field,
        "must match ^(\\S).+$ (start with a non-space character, at least 2 characters, one line)");
  }

  /** An e-mail address ({@code <email>} format). */
  static String email(String value, String field) {
    return Validation.matches(value, EMAIL, field, "must be an e-mail address (name@domain.tld)");
  }

  /** A number {@code >= 0}. */
  static int nonNegative(Integer value, String field) {
    Validation.required(value, field);
    return (int) Validation.atLeast(value, 0, field);
  }
}
