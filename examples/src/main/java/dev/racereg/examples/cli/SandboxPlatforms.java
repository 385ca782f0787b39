package dev.racereg.examples.cli;

import java.util.List;
import java.util.function.Supplier;

/** The platforms the sandbox knows, in display order. */
public final class SandboxPlatforms {

  private SandboxPlatforms() {}

  /** Factories for every sandbox platform (each call builds a new, unstarted one). */
  public static List<Supplier<SandboxPlatform>> all() {
    return List.of();
  }
}
