package dev.racereg.examples.cli;

import dev.racereg.core.unified.BibPushTarget;
import dev.racereg.core.unified.LicenceVerifier;
import dev.racereg.core.unified.RegistrationSource;
import java.util.Optional;

/**
 * One platform running on its in-process simulator, with a real client pointed at it. The demo and
 * {@code --sandbox} mode use these, so no credentials are needed.
 */
public interface SandboxPlatform extends AutoCloseable {

  /** The platform's short name, as in unified registrations. */
  String provider();

  /** A human name, e.g. "PACE (Finland)". */
  String displayName();

  /** Starts the simulator and builds the client. */
  void start();

  /** The registrations of the simulated event. */
  Optional<RegistrationSource> registrations();

  /** Where bibs can be pushed back, if the platform accepts them. */
  default Optional<BibPushTarget> bibs() {
    return Optional.empty();
  }

  /** The licence verifier, if the platform is a federation. */
  default Optional<LicenceVerifier> licences() {
    return Optional.empty();
  }

  /** Stops the simulator. */
  @Override
  void close();
}
