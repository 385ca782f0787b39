package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.BibPlan;
import dev.racereg.core.unified.BibPush;
import dev.racereg.core.unified.BibPushOutcome;
import dev.racereg.core.unified.BibPushTarget;
import dev.racereg.core.unified.StartList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code racereg push-bibs}: sends the bibs of a start-list file back to a platform. */
@Command(name = "push-bibs", mixinStandardHelpOptions = true,
    description = "Push the bibs of a start list back to the platform, with a per-row report.")
final class PushBibsCommand extends PlatformCommand {

  @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
      description = "The start list (CSV or JSON, as written by export or sync).")
  Path input;

  @Option(names = "--assign", description = "First give a bib to every confirmed row without one.")
  boolean assign;

  @Option(names = "--first", defaultValue = "1", paramLabel = "N",
      description = "With --assign: the first bib number (default: ${DEFAULT-VALUE}).")
  long first;

  @Option(names = "--width", defaultValue = "0", paramLabel = "DIGITS",
      description = "With --assign: zero-pad bibs to this many digits (default: none).")
  int width;

  @Override
  ExitCode run(Connector connector, Settings settings, ClientOptions options) {
    BibPushTarget target = connector.bibs(settings, options)
        .orElseThrow(() -> unsupported(connector, "bib pushes"));
    StartList list = StartList.of(StartListFiles.read(input).stream()
        .filter(r -> r.provider().equals(connector.provider())).toList());
    if (assign) {
      List<Registration> assigned = BibPlan.builder().defaultFirst(first).width(width).build().assign(list);
      list = list.withReplaced(assigned);
      StartListFiles.writeAtomically(StartList.of(merge(input, list)).registrations(), input,
          StartListFiles.Format.of(input, null));
    }
    BibPush.Report report = BibPush.push(list.registrations(), Map.of(connector.provider(), target));
    printReport(report);
    return report.allSettled() ? ExitCode.OK : ExitCode.PARTIAL_FAILURE;
  }

  private static List<Registration> merge(Path input, StartList updated) {
    return StartListFiles.read(input).stream().map(r -> updated.find(r.id()).orElse(r)).toList();
  }

  private void printReport(BibPush.Report report) {
    out().printf("%-30s %-8s %-10s %s%n", "REGISTRATION", "BIB", "RESULT", "DETAIL");
    for (BibPush.Row row : report.rows()) {
      BibPushOutcome o = row.outcome();
      out().printf("%-30s %-8s %-10s %s%n", row.registrationId(), o.assignment().bib(), o.status(),
          o.message().orElse(""));
    }
    out().println(report.counts());
  }
}
