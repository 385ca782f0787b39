package dev.racereg.examples.cli;

import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.StartListCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code racereg demo}: starts every platform's simulator in-process, exports each event through
 * the real clients over HTTP, and prints one unified start list naming each row's platform, also
 * written as CSV. Needs no credentials.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole flow on the built-in simulators (no credentials needed).")
final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--output"}, defaultValue = "racereg-demo-startlist.csv",
      description = "Where to write the unified start list as CSV (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--rows", defaultValue = "25",
      description = "How many rows of the start list to print (default: ${DEFAULT-VALUE}).")
  int rows;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<SandboxPlatform> platforms = new ArrayList<>();
    try {
      for (Supplier<SandboxPlatform> factory : SandboxPlatforms.all()) {
        SandboxPlatform platform = factory.get();
        platforms.add(platform);
        platform.start();
      }
      List<Registration> startList = new ArrayList<>();
      out.println("Exporting from the simulators through the real clients:");
      for (SandboxPlatform platform : platforms) {
        Optional<RegistrationSource> source = platform.registrations();
        if (source.isEmpty()) {
          continue;
        }
        try (Stream<Registration> rows = source.get().registrations()) {
          List<Registration> exported = rows.toList();
          out.printf("  %-28s %5d registrations (event %s)%n", platform.displayName(), exported.size(),
              source.get().eventKey());
          startList.addAll(exported);
        }
      }
      startList.sort(Comparator.comparing(Registration::provider)
          .thenComparing(r -> r.raceName().orElse(""))
          .thenComparing(r -> r.participant().lastName().orElse("")));
      out.println();
      out.printf("Unified start list: %d registrations from %d platforms%n", startList.size(),
          startList.stream().map(Registration::provider).distinct().count());
      StartListTable.print(startList, rows, out);
      writeCsv(startList);
      out.printf("%nWrote %s (%d rows, columns: %s)%n", output.toAbsolutePath(), startList.size(),
          StartListCsv.COLUMN_LIST);
      out.flush();
      return 0;
    } finally {
      platforms.forEach(SandboxPlatform::close);
    }
  }

  private void writeCsv(List<Registration> startList) {
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      StartListCsv.write(startList.stream(), w);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + output, e);
    }
  }
}
