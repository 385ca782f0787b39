package dev.racereg.letsdothis;

import dev.racereg.core.testing.PublicApiCheck;
import org.junit.jupiter.api.Test;

/** The public API of sdk-letsdothis matches its checked-in dump, api/sdk-letsdothis.api (see CONTRIBUTING.md). */
class PublicApiTest {

  @Test
  void publicApiMatchesTheCheckedInDump() {
    PublicApiCheck.verify("sdk-letsdothis", LetsDoThisClient.class);
  }
}
