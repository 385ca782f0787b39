package dev.racereg.examples.cli;

/**
 * How to start a platform's simulator for {@code --sandbox}, the demo and {@code racereg serve}.
 *
 * @param seed the seed its data is generated from (same seed, same data)
 * @param participants how many registrations to generate, or -1 for the connector's default
 * @param port the loopback port to listen on, or 0 for a free one
 */
public record SandboxSpec(long seed, int participants, int port) {

  /** The seed of every simulator's default data. */
  public static final long DEFAULT_SEED = 42L;

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if participants is below -1 or the port outside 0..65535
   */
  public SandboxSpec {
    if (participants < -1) {
      throw new IllegalArgumentException("participants must be 0 or more, or -1 for the default, was " + participants);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
  }

  /** Seed 42, the connector's default number of participants, a free port. */
  public static SandboxSpec defaults() {
    return new SandboxSpec(DEFAULT_SEED, -1, 0);
  }

  /** The number of participants to generate: the given one, or {@code fallback} when unset. */
  int participantsOr(int fallback) {
    return participants >= 0 ? participants : fallback;
  }
}
