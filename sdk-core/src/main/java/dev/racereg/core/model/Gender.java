package dev.racereg.core.model;

/**
 * A participant's gender as the platforms report it for start lists and categories. Each provider
 * maps its own values; anything it cannot map is {@link #UNKNOWN} and the native value stays on
 * the native record.
 */
public enum Gender {
  /** Male. */
  MALE,
  /** Female. */
  FEMALE,
  /** Non-binary or another gender the platform records. */
  OTHER,
  /** Not given, or a value the provider mapping does not know. */
  UNKNOWN
}
