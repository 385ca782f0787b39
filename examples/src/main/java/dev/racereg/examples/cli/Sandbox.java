package dev.racereg.examples.cli;

import dev.racereg.testkit.Simulator;
import java.util.Objects;

/**
 * A running simulator and the settings that reach it: credentials, event ids and its base URL.
 * Closing it stops the simulator.
 *
 * @param settings the settings a connector needs to talk to it
 * @param baseUrl the simulator's base URL
 * @param simulator what to close
 */
public record Sandbox(Settings settings, String baseUrl, Simulator<?> simulator) implements AutoCloseable {

  /** Requires all parts. */
  public Sandbox {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(simulator, "simulator");
  }

  @Override
  public void close() {
    simulator.close();
  }
}
