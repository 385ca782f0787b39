package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.Result;
import dev.racereg.core.unified.ResultPush;
import dev.racereg.core.unified.ResultPushOutcome;
import dev.racereg.core.unified.ResultPushTarget;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code racereg push-results}: publishes a results file (CSV or JSON, columns in
 * {@link ResultFiles}) to a platform, with a report per row. Bad rows are reported with their line
 * and never sent; the good rows still go. Exit code 5 when any row was bad or not applied.
 */
@Command(name = "push-results", mixinStandardHelpOptions = true,
    description = "Publish a results file (CSV or JSON) to the platform, with a per-row report.")
final class PushResultsCommand extends PlatformCommand {

  @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
      description = "The results: CSV or JSON with columns " + "registration_id, bib, status, chip_time, gun_time, "
          + "overall_place, gender_place, category_place, category, splits.")
  Path input;

  @Option(names = "--result-set", defaultValue = "Overall", paramLabel = "NAME",
      description = "The result set to publish into, where the platform has them (default: ${DEFAULT-VALUE}).")
  String resultSet;

  @Option(names = "--race-start", paramLabel = "INSTANT",
      description = "When the gun went (e.g. 2026-05-01T08:00:00Z); platforms that take splits as times of day need it.")
  String raceStart;

  @Override
  ExitCode run(Connector connector, Settings settings, ClientOptions options) {
    Instant start = null;
    if (raceStart != null) {
      try {
        start = Instant.parse(raceStart.trim());
      } catch (DateTimeParseException e) {
        throw new CliException(ExitCode.BAD_INPUT, "--race-start: not an instant: '" + raceStart + "'");
      }
    }
    ResultPushTarget target = connector.results(settings, options, resultSet, start)
        .orElseThrow(() -> unsupported(connector, "results"));
    ResultFiles.Contents contents = ResultFiles.read(input);
    List<Result> results = new ArrayList<>();
    contents.rows().forEach(r -> results.add(r.result()));
    ResultPush.Report report = ResultPush.push(target, results);

    out().printf("%-6s %-26s %-10s %s%n", "LINE", "WHO", "OUTCOME", "DETAIL");
    for (ResultFiles.Problem p : contents.problems()) {
      out().printf("%-6d %-26s %-10s %s%n", p.line(), "-", "INVALID", p.reason());
    }
    for (int i = 0; i < report.rows().size(); i++) {
      ResultPushOutcome o = report.rows().get(i);
      out().printf("%-6d %-26s %-10s %s%n", contents.rows().get(i).line(), o.result().who(), o.status(),
          o.message().orElse(""));
    }
    out().printf("%d rows: %d invalid, %s%n", contents.problems().size() + results.size(),
        contents.problems().size(), report.counts());
    out().flush();
    return contents.problems().isEmpty() && report.allApplied() ? ExitCode.OK : ExitCode.PARTIAL_FAILURE;
  }
}
