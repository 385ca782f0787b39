package dev.racereg.core;

import dev.racereg.core.testing.PublicApiCheck;
import org.junit.jupiter.api.Test;

/** The public API of sdk-core matches its checked-in dump, api/sdk-core.api (see CONTRIBUTING.md). */
class PublicApiTest {

  @Test
  void publicApiMatchesTheCheckedInDump() {
    PublicApiCheck.verify("sdk-core", ClientOptions.class);
  }
}
