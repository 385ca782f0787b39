package dev.racereg.examples.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code racereg providers}: the platforms and what each supports. */
@Command(name = "providers", mixinStandardHelpOptions = true,
    description = "List the supported platforms and their capabilities.")
final class ProvidersCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-12s %-28s %-13s %-9s %s%n", "PROVIDER", "PLATFORM", "REGISTRATIONS", "BIB PUSH", "LICENCES");
    for (Supplier<SandboxPlatform> factory : SandboxPlatforms.all()) {
      SandboxPlatform p = factory.get();
      // capabilities are known without starting the simulator
      out.printf("%-12s %-28s %-13s %-9s %s%n", p.provider(), p.displayName(),
          yes(p.registrations().isPresent()), yes(p.bibs().isPresent()), yes(p.licences().isPresent()));
    }
    out.flush();
  }

  private static String yes(boolean b) {
    return b ? "yes" : "-";
  }
}
