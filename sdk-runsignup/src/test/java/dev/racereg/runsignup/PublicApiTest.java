package dev.racereg.runsignup;

import dev.racereg.core.testing.PublicApiCheck;
import org.junit.jupiter.api.Test;

/** The public API of sdk-runsignup matches its checked-in dump, api/sdk-runsignup.api (see CONTRIBUTING.md). */
class PublicApiTest {

  @Test
  void publicApiMatchesTheCheckedInDump() {
    PublicApiCheck.verify("sdk-runsignup", RunSignupClient.class);
  }
}
