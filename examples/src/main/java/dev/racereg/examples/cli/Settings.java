package dev.racereg.examples.cli;

import dev.racereg.core.auth.Secret;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where provider settings come from: explicit {@code --set} values, then environment variables,
 * then a properties file. Values are never printed; a missing one is reported by name only.
 * Immutable.
 */
public final class Settings {

  private final Map<String, String> explicit;
  private final Function<String, String> env;
  private final Properties file;

  private Settings(Map<String, String> explicit, Function<String, String> env, Properties file) {
    this.explicit = Map.copyOf(explicit);
    this.env = env;
    this.file = file;
  }

  /**
   * Settings from the command line, the process environment and an optional file.
   *
   * @throws CliException (bad input) if the file cannot be read
   */
  public static Settings from(Map<String, String> explicit, Path configFile) {
    return new Settings(explicit, System::getenv, load(configFile));
  }

  /** Settings from these values only (the sandbox and tests). */
  public static Settings of(Map<String, String> values) {
    return new Settings(values, name -> null, new Properties());
  }

  /** These settings with {@code overrides} taking precedence. */
  public Settings with(Map<String, String> overrides) {
    Map<String, String> merged = new HashMap<>(explicit);
    merged.putAll(overrides);
    return new Settings(merged, env, file);
  }

  /** The value of a setting, if given anywhere. */
  public Optional<String> get(SettingKey key) {
    String v = explicit.get(key.name());
    if (v == null) {
      v = env.apply(key.envName());
    }
    if (v == null) {
      v = file.getProperty(key.name());
    }
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  /**
   * The value of a required setting.
   *
   * @throws CliException (bad input) naming the three ways to give it
   */
  public String require(SettingKey key) {
    return get(key).orElseThrow(() -> new CliException(ExitCode.BAD_INPUT,
        "missing setting " + key.name() + " (" + key.description() + "): pass --set " + key.name()
            + "=..., set " + key.envName() + ", or put " + key.name() + " in the --config file"));
  }

  /** A required secret setting. */
  public Secret requireSecret(SettingKey key) {
    return Secret.of(require(key));
  }

  private static Properties load(Path configFile) {
    Properties p = new Properties();
    if (configFile == null) {
      return p;
    }
    try (Reader in = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
      p.load(in);
      return p;
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(ExitCode.BAD_INPUT, "cannot read the config file " + configFile + ": " + e.getMessage());
    }
  }

  /** Names the sources only: values are never shown. */
  @Override
  public String toString() {
    return "Settings{explicit=" + explicit.keySet() + ", file=" + file.stringPropertyNames() + "}";
  }

  /** For tests: settings whose environment is the given map. */
  static Settings withEnvironment(Map<String, String> explicit, Map<String, String> environment, Path file) {
    Objects.requireNonNull(environment, "environment");
    return new Settings(explicit, environment::get, load(file));
  }
}
