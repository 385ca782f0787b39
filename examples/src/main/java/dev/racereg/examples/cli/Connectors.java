package dev.racereg.examples.cli;

import java.util.List;
import java.util.stream.Collectors;

/** Every platform the command line knows, in display order. */
public final class Connectors {

  private static final List<Connector> ALL = List.of(new PaceConnector(), new ActigoConnector(),
      new RunSignupConnector(), new LetsDoThisConnector(), new FftriConnector());

  private Connectors() {}

  /** All connectors. */
  public static List<Connector> all() {
    return ALL;
  }

  /**
   * The connector for a provider name.
   *
   * @throws CliException (bad input) listing the known names
   */
  public static Connector named(String provider) {
    return ALL.stream().filter(c -> c.provider().equalsIgnoreCase(provider)).findFirst()
        .orElseThrow(() -> new CliException(ExitCode.BAD_INPUT, "unknown provider '" + provider
            + "'; known: " + ALL.stream().map(Connector::provider).collect(Collectors.joining(", "))));
  }
}
