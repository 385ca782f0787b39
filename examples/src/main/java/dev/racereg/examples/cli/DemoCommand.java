package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.BibPlan;
import dev.racereg.core.unified.BibPush;
import dev.racereg.core.unified.BibPushTarget;
import dev.racereg.core.unified.LicenceCheck;
import dev.racereg.core.unified.LicenceQuery;
import dev.racereg.core.unified.LicenceVerifier;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.Result;
import dev.racereg.core.unified.ResultPush;
import dev.racereg.core.unified.ResultPushTarget;
import dev.racereg.core.unified.StartList;
import dev.racereg.core.unified.StartListCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code racereg demo}: starts every platform's simulator in-process and runs the race-week flow
 * through the real clients over HTTP: export each event, merge into one start list (reporting
 * people registered twice), assign bibs, push them to the platforms that accept them, check
 * licences with the federation, time the race and publish the results to the platforms that take
 * them (reading them back where the platform can), print the list and write it as CSV. Needs no
 * credentials.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole flow on the built-in simulators (no credentials needed).")
final class DemoCommand implements Callable<Integer> {

  /** The result set the demo publishes into. */
  static final String DEMO_RESULT_SET = "Demo 10K";

  /** When the demo race's gun goes (split times of day are counted from it). */
  static final Instant DEMO_GUN = Instant.parse("2026-05-01T08:00:00Z");

  /** Setting a sandbox may offer: licence numbers worth checking in the demo. */
  static final SettingKey DEMO_LICENCES = SettingKey.optional("demo.licences",
      "comma-separated licence numbers the demo checks");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--output"}, defaultValue = "racereg-demo-startlist.csv",
      description = "Where to write the unified start list as CSV (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--rows", defaultValue = "4",
      description = "How many rows of each platform to print (default: ${DEFAULT-VALUE}).")
  int rows;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Map<Connector, Sandbox> sandboxes = new LinkedHashMap<>();
    try {
      out.println("Starting the simulators:");
      for (Connector c : Connectors.all()) {
        Sandbox sandbox = c.startSandbox();
        sandboxes.put(c, sandbox);
        out.printf("  %-28s %s%n", c.displayName(), sandbox.baseUrl());
      }

      out.println();
      out.println("1. Export each event through the real clients:");
      List<List<Registration>> exports = new ArrayList<>();
      Map<String, BibPushTarget> bibTargets = new LinkedHashMap<>();
      List<LicenceQuery> licenceQueries = new ArrayList<>();
      LicenceVerifier verifier = null;
      for (Map.Entry<Connector, Sandbox> e : sandboxes.entrySet()) {
        Connector c = e.getKey();
        ClientOptions options = ClientOptions.builder().baseUrl(e.getValue().baseUrl()).build();
        Settings settings = e.getValue().settings();
        Optional<RegistrationSource> source = c.registrations(settings, options);
        if (source.isPresent()) {
          try (Stream<Registration> stream = source.get().registrations()) {
            List<Registration> exported = stream.toList();
            exports.add(exported);
            out.printf("  %-28s %5d registrations from event %s%n", c.displayName(), exported.size(),
                source.get().eventKey());
          }
        }
        c.bibs(settings, options).ifPresent(t -> bibTargets.put(c.provider(), t));
        Optional<LicenceVerifier> licences = c.licences(settings, options);
        if (licences.isPresent()) {
          verifier = licences.get();
          settings.get(DEMO_LICENCES).ifPresent(list -> {
            for (String number : list.split(",")) {
              licenceQueries.add(LicenceQuery.of(number.trim()));
            }
          });
        }
      }

      StartList startList = StartList.merge(exports);
      out.println();
      out.printf("2. Merge: %d registrations from %d platforms; %d people appear more than once%n",
          startList.registrations().size(),
          startList.registrations().stream().map(Registration::provider).distinct().count(),
          startList.duplicates().size());
      startList.duplicates().stream().limit(3).forEach(d -> out.printf("     %s: %s%n", d.person(),
          d.registrations().stream().map(Registration::id).toList()));

      List<Registration> assigned = BibPlan.builder().defaultFirst(1).build().assign(startList);
      startList = startList.withReplaced(assigned);
      out.println();
      out.printf("3. Assign bibs: %d confirmed registrations without a bib got one%n", assigned.size());
      List<Registration> pushable = assigned.stream()
          .filter(r -> bibTargets.containsKey(r.provider())).toList();
      BibPush.Report report = BibPush.push(pushable, bibTargets);
      out.printf("4. Push bibs to %s: %s%n", bibTargets.keySet(), report.counts());

      timeTheRace(out, sandboxes, startList);

      if (verifier != null && !licenceQueries.isEmpty()) {
        List<LicenceCheck> checks = verifier.verifyAll(licenceQueries, 4);
        Map<LicenceCheck.Outcome, Integer> counts = new EnumMap<>(LicenceCheck.Outcome.class);
        checks.forEach(c -> counts.merge(c.outcome(), 1, Integer::sum));
        out.printf("6. Check %d licences with %s: %s%n", checks.size(), verifier.federation(), counts);
      }

      out.println();
      List<Registration> sample = new ArrayList<>();
      startList.registrations().stream().collect(java.util.stream.Collectors.groupingBy(Registration::provider,
          LinkedHashMap::new, java.util.stream.Collectors.toList()))
          .values().forEach(perPlatform -> sample.addAll(perPlatform.subList(0, Math.min(rows, perPlatform.size()))));
      out.printf("Unified start list, the first %d rows of each platform (all %d rows are in the CSV):%n", rows,
          startList.registrations().size());
      StartListTable.print(sample, sample.size(), out);
      writeCsv(startList.registrations());
      out.printf("%nWrote %s (%d rows; columns: %s)%n", output.toAbsolutePath(),
          startList.registrations().size(), StartListCsv.COLUMN_LIST);
      out.flush();
      return ExitCode.OK.code();
    } finally {
      sandboxes.values().forEach(Sandbox::close);
    }
  }

  /**
   * Step 5: generated finish times and splits for each results platform's confirmed entries,
   * published through its result target, then read back through its client where it has a way.
   */
  private static void timeTheRace(PrintWriter out, Map<Connector, Sandbox> sandboxes, StartList startList) {
    out.printf("5. Time the race (10 km, gun at %s) and publish the results to set '%s':%n", DEMO_GUN, DEMO_RESULT_SET);
    for (Map.Entry<Connector, Sandbox> e : sandboxes.entrySet()) {
      Connector c = e.getKey();
      if (!c.capabilities().results()) {
        continue;
      }
      ClientOptions options = ClientOptions.builder().baseUrl(e.getValue().baseUrl()).build();
      Settings settings = e.getValue().settings();
      Optional<ResultPushTarget> target = c.results(settings, options, DEMO_RESULT_SET, DEMO_GUN);
      if (target.isEmpty()) {
        continue;
      }
      List<Registration> runners = startList.registrations().stream()
          .filter(r -> r.provider().equals(c.provider()) && r.status().isOnStartList()).toList();
      List<Result> results = RaceTiming.time(runners, 42);
      ResultPush.Report report = ResultPush.push(target.get(), results);
      long applied = report.rows().stream().filter(o -> o.succeeded()).count();
      String readBack = c.countResults(settings, options, DEMO_RESULT_SET).stream()
          .mapToObj(n -> "read back through the client: " + n + " landed")
          .findFirst().orElse("the platform publishes no API to read results back");
      out.printf("   %-28s %4d results sent: %s; %s%n", c.displayName(), results.size(), report.counts(), readBack);
      if (applied < results.size()) {
        report.rows().stream().filter(o -> !o.succeeded()).map(o -> o.message().orElse(o.status().toString()))
            .distinct().limit(2).forEach(m -> out.printf("     not applied: %s%n", m));
      }
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
