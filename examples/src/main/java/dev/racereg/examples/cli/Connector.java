package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.BibPushTarget;
import dev.racereg.core.unified.LicenceVerifier;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.ResultPushTarget;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How the command line reaches one platform: which settings it needs, how to build its clients
 * from them, and how to start its simulator for {@code --sandbox} and the demo. The sandbox hands
 * back ordinary settings, so sandbox and real runs share one code path.
 */
public interface Connector {

  /** The platform's short name ({@code --provider} value, and {@code Registration.provider()}). */
  String provider();

  /** A human name, e.g. "PACE (Finland)". */
  String displayName();

  /** The settings it reads, with their names, environment variables and descriptions. */
  List<SettingKey> settings();

  /**
   * The registrations of the configured event, if the platform has registrations.
   *
   * @throws CliException (bad input) if a required setting is missing
   */
  default Optional<RegistrationSource> registrations(Settings settings, ClientOptions options) {
    return Optional.empty();
  }

  /** Where bibs can be pushed, if the platform accepts them. */
  default Optional<BibPushTarget> bibs(Settings settings, ClientOptions options) {
    return Optional.empty();
  }

  /**
   * Where results can be published, if the platform takes them.
   *
   * @param resultSetName the result set to publish into, where the platform has named sets
   * @param raceStart when the gun went, where the platform needs it for splits; may be null
   */
  default Optional<ResultPushTarget> results(Settings settings, ClientOptions options, String resultSetName,
      Instant raceStart) {
    return Optional.empty();
  }

  /**
   * How many results the platform holds in the named set, read back through its client, if it
   * has a way to read results.
   */
  default java.util.OptionalLong countResults(Settings settings, ClientOptions options, String resultSetName) {
    return java.util.OptionalLong.empty();
  }

  /** The licence verifier, if the platform is a federation. */
  default Optional<LicenceVerifier> licences(Settings settings, ClientOptions options) {
    return Optional.empty();
  }

  /** What the platform supports, without needing settings. */
  Capabilities capabilities();

  /**
   * Warnings about these settings to show once per command (a deprecated mode, a setting the
   * platform will soon require). Default none.
   */
  default List<String> warnings(Settings settings) {
    return List.of();
  }

  /** Starts the platform's simulator in-process with its default generated data on a free port. */
  default Sandbox startSandbox() {
    return startSandbox(SandboxSpec.defaults());
  }

  /**
   * Starts the platform's simulator in-process with data generated from {@code spec}'s seed, on
   * its port.
   *
   * @throws java.io.UncheckedIOException if the port cannot be bound
   */
  Sandbox startSandbox(SandboxSpec spec);

  /**
   * What a platform supports.
   *
   * @param registrations exports registrations
   * @param bibs accepts bibs
   * @param licences checks licences
   * @param results accepts results
   */
  record Capabilities(boolean registrations, boolean bibs, boolean licences, boolean results) {}
}
