package dev.racereg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.IncrementalSync;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.SyncChange;
import dev.racereg.core.unified.SyncStateFile;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Incremental sync through each platform's real client and simulator: the first pull delivers the
 * whole event once, and a pull right after it delivers nothing, whatever watermark the platform
 * uses (an update filter re-read over an overlap, or a full download diffed).
 */
class IncrementalSyncAllPlatformsTest {

  @TempDir
  Path dir;

  static Stream<Connector> registrationPlatforms() {
    return Connectors.all().stream().filter(c -> c.capabilities().registrations());
  }

  @ParameterizedTest
  @MethodSource("registrationPlatforms")
  void aSecondPullAfterACommitDeliversNothingAndNothingTwice(Connector connector) {
    try (Sandbox sandbox = connector.startSandbox()) {
      RegistrationSource source = connector.registrations(sandbox.settings(),
          ClientOptions.builder().baseUrl(sandbox.baseUrl()).build()).orElseThrow();
      IncrementalSync sync = new IncrementalSync(new SyncStateFile(dir.resolve(connector.provider() + ".json")));

      long exported;
      try (Stream<?> all = source.registrations()) {
        exported = all.count();
      }
      IncrementalSync.Batch first = sync.pull(source);
      assertThat(first.changes()).hasSize((int) exported)
          .allMatch(c -> c.kind() == SyncChange.Kind.ADDED)
          .extracting(SyncChange::id).doesNotHaveDuplicates();
      first.commit();

      assertThat(sync.pull(source).changes()).as(connector.provider()).isEmpty();
    }
  }
}
