package dev.racereg.actigo;

/**
 * The two ways the builders store text: what is sent to Actigo is trimmed, blank meaning absent;
 * what Actigo sent is kept as it came, only the empty string meaning absent.
 */
final class Text {

  private Text() {}

  /** Null for null or blank text, otherwise the text trimmed (values sent to Actigo). */
  static String trimmed(String v) {
    return v == null || v.isBlank() ? null : v.trim();
  }

  /** Null for null or empty text, otherwise the text as it is (values Actigo sent). */
  static String asSent(String v) {
    return v == null || v.isEmpty() ? null : v;
  }
}
