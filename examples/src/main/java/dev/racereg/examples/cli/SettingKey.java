package dev.racereg.examples.cli;

import java.util.Locale;

/**
 * One setting a provider needs (a credential, an event id). It can be given as
 * {@code --set <name>=<value>}, as the environment variable {@link #envName()}, or as the property
 * {@code <name>} in the {@code --config} file, in that order of precedence.
 *
 * @param name the property name, e.g. {@code pace.api-secret}
 * @param description what it is, for {@code racereg providers}
 * @param secret whether it is a secret (never echoed)
 * @param required whether the provider cannot work without it
 */
public record SettingKey(String name, String description, boolean secret, boolean required) {

  /** A required, non-secret setting. */
  public static SettingKey required(String name, String description) {
    return new SettingKey(name, description, false, true);
  }

  /** A required secret. */
  public static SettingKey secret(String name, String description) {
    return new SettingKey(name, description, true, true);
  }

  /** An optional, non-secret setting. */
  public static SettingKey optional(String name, String description) {
    return new SettingKey(name, description, false, false);
  }

  /** The environment variable: {@code RACEREG_} + the name upper-cased, dots and dashes as underscores. */
  public String envName() {
    return "RACEREG_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
