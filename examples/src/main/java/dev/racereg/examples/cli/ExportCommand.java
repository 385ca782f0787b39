package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.RegistrationSource;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code racereg export}: one platform's registrations as a unified start list. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export a platform's registrations as a unified start list (CSV or JSON).")
final class ExportCommand extends PlatformCommand {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Option(names = "--format", paramLabel = "csv|json",
      description = "csv or json (default: from the output file name, else csv).")
  StartListFiles.Format format;

  @Override
  ExitCode run(Connector connector, Settings settings, ClientOptions options) {
    RegistrationSource source = connector.registrations(settings, options)
        .orElseThrow(() -> unsupported(connector, "registration exports"));
    StartListFiles.Format chosen = StartListFiles.Format.of(output, format);
    try (Progress progress = progress("exporting " + connector.provider(), "registrations");
        Stream<Registration> rows = source.registrations().peek(r -> progress.tick())) {
      if (output == null) {
        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        StartListFiles.write(rows, w, chosen);
        w.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          long n = StartListFiles.write(rows, w, chosen);
          err().printf("wrote %d registrations to %s%n", n, output);
        }
      }
    } catch (IOException e) {
      throw new CliException(ExitCode.FAILURE, "cannot write " + output + ": " + e.getMessage());
    }
    return ExitCode.OK;
  }
}
