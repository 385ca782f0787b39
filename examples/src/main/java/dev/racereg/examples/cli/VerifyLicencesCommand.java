package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.BoundedParallel;
import dev.racereg.core.unified.LicenceCheck;
import dev.racereg.core.unified.LicenceQuery;
import dev.racereg.core.unified.LicenceVerifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code racereg verify-licences}: checks licence numbers with a federation. */
@Command(name = "verify-licences", mixinStandardHelpOptions = true,
    description = "Check the licences of a start list (its licence_number column) or of given numbers.")
final class VerifyLicencesCommand extends PlatformCommand {

  @Option(names = {"-i", "--input"}, paramLabel = "FILE",
      description = "A start list whose licence_number column is checked.")
  Path input;

  @Option(names = {"-l", "--licence"}, paramLabel = "NUMBER", description = "A licence number to check (repeatable).")
  List<String> licences = new ArrayList<>();

  @Option(names = "--season", paramLabel = "SEASON", description = "The season (default: the current one).")
  String season;

  @Option(names = "--concurrency", defaultValue = "4", paramLabel = "N",
      description = "How many checks run at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Override
  ExitCode run(Connector connector, Settings settings, ClientOptions options) {
    LicenceVerifier verifier = connector.licences(settings, options)
        .orElseThrow(() -> unsupported(connector, "licence checks"));
    List<LicenceQuery> queries = new ArrayList<>();
    licences.forEach(l -> queries.add(LicenceQuery.of(l, season, null)));
    if (input != null) {
      for (Registration r : StartListFiles.read(input)) {
        r.participant().licenceNumber().ifPresent(l -> queries.add(LicenceQuery.of(l, season, r.id())));
      }
    }
    if (queries.isEmpty()) {
      throw new CliException(ExitCode.BAD_INPUT, "nothing to check: give --licence or an --input with licence numbers");
    }
    List<LicenceCheck> checks;
    try (Progress progress = progress("checking licences", "licences")) {
      checks = BoundedParallel.map(queries, concurrency, q -> {
        LicenceCheck check = verifier.verify(q);
        progress.tick();
        return check;
      }, (q, failure) -> LicenceCheck.of(q, LicenceCheck.Outcome.ERROR, null, failure.getMessage()));
    }
    Map<LicenceCheck.Outcome, Integer> counts = new EnumMap<>(LicenceCheck.Outcome.class);
    out().printf("%-20s %-26s %-12s %s%n", "LICENCE", "REFERENCE", "OUTCOME", "DETAIL");
    for (LicenceCheck c : checks) {
      counts.merge(c.outcome(), 1, Integer::sum);
      out().printf("%-20s %-26s %-12s %s%n", c.query().licenceNumber(),
          c.query().reference().orElse("-"), c.outcome(),
          c.message().orElse(""));
    }
    out().println(counts);
    return counts.containsKey(LicenceCheck.Outcome.ERROR) ? ExitCode.PARTIAL_FAILURE : ExitCode.OK;
  }
}
