package dev.racereg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.fftri.FftriClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checks of {@link PlatformsPage} fail, with a message naming the method, when they should. */
class PlatformsPageCheckTest {

  /** A client with two operations (one overloaded), an accessor and the object methods. */
  public static final class ShopClient {
    public String listItems() {
      return "";
    }

    public String getItem(String id) {
      return id;
    }

    public String getItem(long id) {
      return Long.toString(id);
    }

    public String baseUrl() {
      return "";
    }

    public static ShopClient create() {
      return new ShopClient();
    }

    @Override
    public String toString() {
      return "ShopClient";
    }
  }

  private static final Set<String> NON_OPERATIONS = Set.of("baseUrl");

  private static final String PAGE = """
      # Platforms

      ## Shop

      | | |
      |---|---|
      | Base URL | `https://shop.example/api` |

      ### `ShopClient` operations

      Some prose before the table.

      | Java method | HTTP | Path | Safety | Confirmed | Inferred |
      |---|---|---|---|---|---|
      | `listItems` | GET | `/items` | safe | path | |
      | `getItem` | GET | `/items/{id}` | safe | | path |

      The token endpoint `/token` is used internally.
      """;

  @Test
  void aPageInStepHasNoProblems() {
    PlatformsPage page = PlatformsPage.parse(PAGE);

    assertThat(page.problems()).isEmpty();
    assertThat(page.tableNames()).containsExactly("ShopClient");
    assertThat(page.operations("ShopClient")).extracting(PlatformsPage.Operation::path)
        .containsExactly("/items", "/items/{id}");
    assertThat(page.check(ShopClient.class, NON_OPERATIONS)).isEmpty();
    assertThat(page.checkPaths("shop", Set.of("/items", "/items/{id}", "/token"), List.of("ShopClient"))).isEmpty();
  }

  @Test
  void aMethodMissingFromThePageIsNamed() {
    PlatformsPage page = PlatformsPage.parse(PAGE.replace("| `getItem` | GET | `/items/{id}` | safe | | path |\n", ""));

    assertThat(page.check(ShopClient.class, NON_OPERATIONS))
        .singleElement().asString()
        .contains("ShopClient.getItem is missing from docs/platforms.md");
  }

  @Test
  void anEntryWithoutAMethodIsNamed() {
    // what the page looks like after the client renamed getItem to item
    PlatformsPage page = PlatformsPage.parse(PAGE.replace("`getItem`", "`item`"));

    assertThat(page.check(ShopClient.class, NON_OPERATIONS))
        .containsExactlyInAnyOrder(
            "ShopClient.getItem is missing from docs/platforms.md: add it to the `ShopClient` operations table,"
                + " or, if it sends no request, classify it as a non-operation",
            "docs/platforms.md line 16: the entry ShopClient.item has no public method of that name in ShopClient:"
                + " rename or remove the entry");
  }

  @Test
  void aPublicMethodNeitherOnThePageNorClassifiedFails() {
    PlatformsPage page = PlatformsPage.parse(PAGE);

    assertThat(page.check(ShopClient.class, Set.of()))
        .singleElement().asString().contains("ShopClient.baseUrl is missing from docs/platforms.md");
  }

  @Test
  void aStaleOrContradictoryClassificationFails() {
    PlatformsPage page = PlatformsPage.parse(PAGE);

    assertThat(page.check(ShopClient.class, Set.of("baseUrl", "close")))
        .singleElement().asString().contains("ShopClient.close is classified as a non-operation");
    assertThat(page.check(ShopClient.class, Set.of("baseUrl", "listItems")))
        .singleElement().asString().contains("ShopClient.listItems is on the page but classified as a non-operation");
  }

  @Test
  void aMissingTableOrADuplicateEntryFails() {
    assertThat(PlatformsPage.parse(PAGE.replace("`ShopClient` operations", "Shop operations"))
        .check(ShopClient.class, NON_OPERATIONS))
        .singleElement().asString().contains("no table headed \"### `ShopClient` operations\"");
    assertThat(PlatformsPage.parse(PAGE.replace("| `listItems` |", "| `listItems`, `getItem` |"))
        .check(ShopClient.class, NON_OPERATIONS))
        .singleElement().asString().contains("ShopClient.getItem is already on line 15");
  }

  @Test
  void malformedRowsAreReported() {
    PlatformsPage page = PlatformsPage.parse(PAGE
        .replace("| `listItems` | GET | `/items` |", "| listItems | FETCH | /items |")
        .replace("| `getItem` |", "| `getItem(String)` |"));

    assertThat(page.problems()).containsExactly(
        "line 15 (`ShopClient` table): an entry without a Java method",
        "line 15 (`ShopClient` table): HTTP method 'FETCH' is not one of [DELETE, GET, PATCH, POST, PUT]",
        "line 15 (`ShopClient` table): the path cell must hold one backticked path starting with '/'",
        "line 16 (`ShopClient` table): `getItem(String)` is not a method name (names only, no parameters)",
        "line 16 (`ShopClient` table): an entry without a Java method");
  }

  @Test
  void aHeadingWithoutATableIsReported() {
    PlatformsPage page = PlatformsPage.parse("### `ShopClient` operations\n\nNothing yet.\n\n## Next\n");

    assertThat(page.problems()).singleElement().asString().contains("no table under the heading of `ShopClient`");
  }

  @Test
  void pathsMustAgreeBothWays() {
    PlatformsPage page = PlatformsPage.parse(PAGE);

    assertThat(page.checkPaths("shop", Set.of("/items", "/items/{id}", "/token", "/orders"), List.of("ShopClient")))
        .containsExactly("the path /orders used in shop is not on docs/platforms.md");
    assertThat(page.checkPaths("shop", Set.of("/items", "/token"), List.of("ShopClient")))
        .containsExactly("docs/platforms.md line 16: ShopClient.getItem has the path /items/{id},"
            + " which shop's sources never use");
  }

  @Test
  void pathLiteralsAreTheQuotedStringsStartingWithASlashAndALetter() {
    String source = """
        ApiRequest.builder("x.get", "GET", "/race/{race_id}", Idempotency.SAFE);
        static final String P = "/v2/auth/refresh-token.json";
        String root = "/"; String text = "a/b"; // "/not code" has a space
        """;

    assertThat(PlatformsPage.pathLiterals(source)).containsExactly("/race/{race_id}", "/v2/auth/refresh-token.json");
  }

  @Test
  void theRealPageMissingAnOperationFails() throws IOException {
    String real = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("docs/platforms.md"));
    String withoutPing = real.lines().filter(l -> !l.startsWith("| `ping` |"))
        .collect(Collectors.joining("\n", "", "\n"));
    assertThat(withoutPing).as("the real page has a ping row").isNotEqualTo(real);

    assertThat(PlatformsPage.parse(withoutPing).check(FftriClient.class,
            Set.of("credentials", "licenceVerifier", "passRegistrations", "baseUrl", "options")))
        .singleElement().asString().contains("FftriClient.ping is missing from docs/platforms.md");
  }
}
