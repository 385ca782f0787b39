package dev.racereg.pace;

import dev.racereg.core.testing.PublicApiCheck;
import org.junit.jupiter.api.Test;

/** The public API of sdk-pace matches its checked-in dump, api/sdk-pace.api (see CONTRIBUTING.md). */
class PublicApiTest {

  @Test
  void publicApiMatchesTheCheckedInDump() {
    PublicApiCheck.verify("sdk-pace", PaceClient.class);
  }
}
