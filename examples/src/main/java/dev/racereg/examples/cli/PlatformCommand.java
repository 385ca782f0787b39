package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Base of the commands that talk to one platform: resolves the connector, starts its simulator
 * under {@code --sandbox}, builds the settings and client options, and stops the simulator after.
 */
abstract class PlatformCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = {"-p", "--provider"}, required = true, paramLabel = "NAME",
      description = "The platform: pace, actigo, runsignup, letsdothis or fftri.")
  String provider;

  @Override
  public final Integer call() {
    Connector connector = Connectors.named(provider);
    Sandbox sandbox = common.sandbox ? connector.startSandbox() : null;
    try {
      Settings settings = common.settings(sandbox);
      connector.warnings(settings).forEach(w -> err().println(w));
      err().flush();
      return run(connector, settings, common.clientOptions(sandbox)).code();
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }

  /** Does the command's work. */
  abstract ExitCode run(Connector connector, Settings settings, ClientOptions options);

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Progress progress(String label, String unit) {
    return Progress.forTerminal(err(), label, unit, common.quiet);
  }

  static CliException unsupported(Connector connector, String what) {
    return new CliException(ExitCode.BAD_INPUT, connector.displayName() + " does not support " + what);
  }
}
