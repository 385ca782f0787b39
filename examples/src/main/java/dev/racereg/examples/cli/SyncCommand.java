package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.IncrementalSync;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.StartList;
import dev.racereg.core.unified.SyncChange;
import dev.racereg.core.unified.SyncStateFile;
import dev.racereg.core.http.Sleeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
 *
 * <p>With {@code --every} it keeps syncing (race day: on-site registrations keep arriving) until
 * Ctrl-C or {@code --until}, printing one line per round; see {@link SyncLoop} for what ends the
 * loop. Ctrl-C lets the current round write its file and commit its state before the process
 * exits.
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

  @Option(names = "--every", paramLabel = "INTERVAL",
      description = "Keep syncing, one round every INTERVAL (60s, 5m, 1h or PT60S) until Ctrl-C or --until.")
  String every;

  @Option(names = "--until", paramLabel = "TIME",
      description = "With --every: start no round at or after TIME (HH:mm local time today, or an ISO-8601 instant).")
  String until;

  /** The clock and the wait between rounds; replaced in tests so they never wait. */
  Clock clock = Clock.systemDefaultZone();
  Sleeper sleeper = Sleeper.SYSTEM;

  @Override
  ExitCode run(Connector connector, Settings settings, ClientOptions given) {
    // the clients wait between retries with the same sleeper as the loop (tests never wait)
    ClientOptions options = given.toBuilder().sleeper(sleeper).build();
    RegistrationSource source = connector.registrations(settings, options)
        .orElseThrow(() -> unsupported(connector, "registration exports"));
    if (every == null) {
      if (until != null) {
        throw new CliException(ExitCode.BAD_INPUT, "--until needs --every");
      }
      out().println(round(source));
      return ExitCode.OK;
    }
    SyncLoop loop = new SyncLoop(interval(every), until == null ? null : deadline(until, clock), clock, sleeper);
    Thread main = Thread.currentThread();
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    Thread hook = new Thread(() -> {
      if (loop.requestStop()) {
        main.interrupt(); // only ever between rounds: cuts the wait short
      }
      try {
        done.await(); // let the round finish its commit before the JVM goes
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "racereg-sync-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      loop.run(() -> round(source), line -> {
        out().println(line);
        out().flush();
      });
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook has been released above
      }
    }
    return ExitCode.OK;
  }

  /** One round: pull the changes, rewrite the file, commit; returns the status line. */
  private String round(RegistrationSource source) {
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
    return String.format("%s: %d added, %d updated, %d removed, 0 errors; %s now lists %d registrations",
        IncrementalSync.key(source), counts.getOrDefault(SyncChange.Kind.ADDED, 0),
        counts.getOrDefault(SyncChange.Kind.UPDATED, 0), counts.getOrDefault(SyncChange.Kind.REMOVED, 0),
        output, list.registrations().size());
  }

  /**
   * Parses {@code 60s}, {@code 5m}, {@code 1h}, {@code 500ms} or ISO-8601 ({@code PT60S}).
   *
   * @throws CliException (bad input) if unreadable or not positive
   */
  static Duration interval(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    Duration d;
    try {
      if (t.startsWith("pt")) {
        d = Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
      } else if (t.endsWith("ms")) {
        d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      } else if (t.endsWith("s")) {
        d = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
      } else if (t.endsWith("m")) {
        d = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
      } else if (t.endsWith("h")) {
        d = Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
      } else {
        d = Duration.ofSeconds(Long.parseLong(t));
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new CliException(ExitCode.BAD_INPUT, "--every: not an interval: '" + text + "' (try 60s, 5m or 1h)");
    }
    if (d.isNegative() || d.isZero()) {
      throw new CliException(ExitCode.BAD_INPUT, "--every: must be positive, was '" + text + "'");
    }
    return d;
  }

  /**
   * Parses {@code HH:mm} (today, or tomorrow if already past, in the clock's zone) or an ISO-8601
   * instant.
   *
   * @throws CliException (bad input) if unreadable
   */
  static Instant deadline(String text, Clock clock) {
    String t = text.trim();
    try {
      if (t.length() <= 8 && t.contains(":")) {
        ZoneId zone = clock.getZone();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        LocalDateTime at = LocalDate.from(now).atTime(LocalTime.parse(t));
        return (at.isAfter(now) ? at : at.plusDays(1)).atZone(zone).toInstant();
      }
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw new CliException(ExitCode.BAD_INPUT, "--until: not a time: '" + text
          + "' (HH:mm, or an instant such as 2026-05-01T18:00:00Z)");
    }
  }
}
