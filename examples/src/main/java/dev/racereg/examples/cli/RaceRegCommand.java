package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code racereg}: export, sync and check start lists across PACE, Actigo, RunSignup, Let's Do
 * This and FFTri. Run {@code racereg demo} to see everything on the built-in simulators.
 */
@Command(name = "racereg", mixinStandardHelpOptions = true,
    versionProvider = RaceRegCommand.Version.class,
    description = "One start list from five race-registration platforms.",
    subcommands = {DemoCommand.class, ExportCommand.class, SyncCommand.class,
        PushBibsCommand.class, PushResultsCommand.class, VerifyLicencesCommand.class, ProvidersCommand.class,
        ServeCommand.class})
public final class RaceRegCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (for tests). */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new RaceRegCommand());
    cli.setExecutionExceptionHandler(new Failures());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the SDK version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"racereg " + ClientOptions.VERSION};
    }
  }
}
