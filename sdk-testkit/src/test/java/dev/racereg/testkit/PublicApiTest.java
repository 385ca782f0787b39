package dev.racereg.testkit;

import dev.racereg.core.testing.PublicApiCheck;
import org.junit.jupiter.api.Test;

/** The public API of sdk-testkit matches its checked-in dump, api/sdk-testkit.api (see CONTRIBUTING.md). */
class PublicApiTest {

  @Test
  void publicApiMatchesTheCheckedInDump() {
    PublicApiCheck.verify("sdk-testkit", Simulator.class);
  }
}
