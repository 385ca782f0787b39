package dev.racereg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.actigo.ActigoClient;
import dev.racereg.fftri.FftriClient;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.pace.PaceClient;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupOAuth;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/platforms.md} in step with the clients: every public method that sends a
 * request is on its platform's table, every table entry is a method, and every path the sources
 * send is on the page. When a method is renamed, the failure names it and the fix is one line of
 * the page; a new public method that sends nothing goes into the non-operations below.
 */
class PlatformsPageTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static PlatformsPage page;

  @BeforeAll
  static void readPage() {
    page = PlatformsPage.read(ROOT.resolve("docs/platforms.md"));
  }

  /**
   * Each client, and its public instance methods that send no request of their own: accessors,
   * and factories of unified views (which call the operations on the page).
   */
  static Stream<Arguments> clients() {
    return Stream.of(
        Arguments.of(PaceClient.class, Set.of("registrationSource", "baseUrl", "options")),
        Arguments.of(ActigoClient.class, Set.of("registrationSource", "bibPushTarget", "resultPushTarget", "baseUrl", "options")),
        Arguments.of(RunSignupClient.class, Set.of("registrationSource", "bibPushTarget", "resultPushTarget", "callerRegistration", "maxConcurrentCalls", "baseUrl", "options")),
        Arguments.of(RunSignupOAuth.class, Set.of()),
        Arguments.of(LetsDoThisClient.class, Set.of("credentials", "registrationSource", "baseUrl", "options")),
        Arguments.of(FftriClient.class, Set.of("credentials", "licenceVerifier", "passRegistrations", "baseUrl", "options")));
  }

  /** Each module and the classes whose tables hold its paths. */
  static Stream<Arguments> modules() {
    return Stream.of(
        Arguments.of("sdk-pace", List.of("PaceClient")),
        Arguments.of("sdk-actigo", List.of("ActigoClient")),
        Arguments.of("sdk-runsignup", List.of("RunSignupClient", "RunSignupOAuth")),
        Arguments.of("sdk-letsdothis", List.of("LetsDoThisClient")),
        Arguments.of("sdk-fftri", List.of("FftriClient")));
  }

  @Test
  void everyOperationRowIsWellFormed() {
    assertThat(page.problems())
        .withFailMessage("docs/platforms.md has malformed operation rows:%n%s", String.join("\n", page.problems()))
        .isEmpty();
  }

  @Test
  void everyTableBelongsToACheckedClient() {
    Set<String> checked = Set.copyOf(clients().map(a -> ((Class<?>) a.get()[0]).getSimpleName()).toList());
    assertThat(page.tableNames())
        .as("operation tables of docs/platforms.md, each checked against its class by this test")
        .containsExactlyInAnyOrderElementsOf(checked);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void everyOperationOfTheClientIsOnThePage(Class<?> client, Set<String> nonOperations) {
    List<String> problems = page.check(client, nonOperations);
    assertThat(problems)
        .withFailMessage("docs/platforms.md is out of step with %s:%n%s", client.getSimpleName(),
            String.join("\n", problems))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void everyPathTheModuleSendsIsOnThePage(String module, List<String> classes) {
    Set<String> paths = PlatformsPage.pathLiterals(ROOT.resolve(module).resolve("src/main/java"));
    assertThat(paths).as("paths found in %s's sources", module).isNotEmpty();
    List<String> problems = page.checkPaths(module, paths, classes);
    assertThat(problems)
        .withFailMessage("docs/platforms.md and %s disagree on paths:%n%s", module, String.join("\n", problems))
        .isEmpty();
  }
}
