package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.IncrementalSync;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.StartList;
import dev.racereg.core.unified.SyncChange;
import dev.racereg.core.unified.SyncStateFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code racereg sync}: brings a start-list file up to date with only what changed on the
 * platform since the last run. The file is rewritten atomically before the sync state is
 * committed, so a crash between the two replays the same changes next time: applied by id, they
 * neither duplicate nor lose a row.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = "Update a start-list file with what changed on the platform since the last run.")
final class SyncCommand extends PlatformCommand {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "racereg-startlist.csv",
      description = "The start list to keep up to date, CSV or JSON (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--state", paramLabel = "FILE", defaultValue = "racereg-sync-state.json",
      description = "Where the sync remembers what it delivered (default: ${DEFAULT-VALUE}).")
  Path state;

  @Override
  ExitCode run(Connector connector, Settings settings, ClientOptions options) {
    RegistrationSource source = connector.registrations(settings, options)
        .orElseThrow(() -> unsupported(connector, "registration exports"));
    Map<String, Registration> rows = new LinkedHashMap<>();
    if (Files.exists(output)) {
      StartListFiles.read(output).forEach(r -> rows.put(r.id(), r));
    }
    IncrementalSync.Batch batch = new IncrementalSync(new SyncStateFile(state)).pull(source);
    Map<SyncChange.Kind, Integer> counts = new EnumMap<>(SyncChange.Kind.class);
    for (SyncChange change : batch.changes()) {
      if (change.kind() == SyncChange.Kind.REMOVED) {
        rows.remove(change.id());
      } else {
        rows.put(change.id(), change.registration().orElseThrow());
      }
      counts.merge(change.kind(), 1, Integer::sum);
    }
    StartList list = StartList.of(new ArrayList<>(rows.values()));
    StartListFiles.writeAtomically(list.registrations(), output, StartListFiles.Format.of(output, null));
    batch.commit();
    out().printf("%s: %d added, %d updated, %d removed; %s now lists %d registrations%n",
        IncrementalSync.key(source), counts.getOrDefault(SyncChange.Kind.ADDED, 0),
        counts.getOrDefault(SyncChange.Kind.UPDATED, 0), counts.getOrDefault(SyncChange.Kind.REMOVED, 0),
        output, list.registrations().size());
    return ExitCode.OK;
  }
}
