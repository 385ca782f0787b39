package dev.racereg.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code racereg providers}: the platforms, what each supports, and the settings each reads. */
@Command(name = "providers", mixinStandardHelpOptions = true,
    description = "List the platforms, their capabilities and the settings each needs.")
final class ProvidersCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (Connector c : Connectors.all()) {
      Connector.Capabilities caps = c.capabilities();
      out.printf("%s  %s%n", c.provider(), c.displayName());
      out.printf("  supports: %s%s%s%s%n", caps.registrations() ? "export, sync " : "",
          caps.bibs() ? "push-bibs " : "", caps.results() ? "push-results " : "",
          caps.licences() ? "verify-licences" : "");
      if (!caps.results()) {
        out.println("  results: not accepted (the platform has no way to take results)");
      }
      for (SettingKey k : c.settings()) {
        out.printf("  %-34s %-40s %s%s%n", k.name(), k.envName(), k.description(),
            (k.required() ? "" : " (optional)") + (k.secret() ? " [secret]" : ""));
      }
      out.println();
    }
    out.println("Give settings as --set NAME=VALUE, as the environment variable shown, or in a --config");
    out.println("properties file. Add --sandbox to any command to use the built-in simulator instead.");
    out.flush();
  }
}
