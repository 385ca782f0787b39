package dev.racereg.actigo;

import dev.racereg.core.internal.Validation;
import java.util.regex.Pattern;

/**
 * Actigo's ids: organised activities, registrations and persons are 24 hexadecimal digits (seen
 * for the activity id in Actigo's material, and in every id of its examples).
 */
final class Ids {

  private Ids() {}

  static final Pattern HEX24 = Pattern.compile("[0-9a-fA-F]{24}");

  static final String RULE = "must be 24 hexadecimal digits";

  /** @throws dev.racereg.core.error.ValidationException if not 24 hex digits */
  static String check(String id, String field) {
    Validation.required(id, field);
    return Validation.matches(id, HEX24, field, RULE + ", was '" + shown(id) + "'");
  }

  private static String shown(String id) {
    return id.length() > 40 ? id.substring(0, 40) + "..." : id;
  }
}
