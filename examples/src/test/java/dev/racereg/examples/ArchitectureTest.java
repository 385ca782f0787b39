package dev.racereg.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md, checked on the compiled main classes of every module: core
 * names no provider, providers do not know each other, and the simulators share nothing with the
 * clients (so a simulator-backed test can catch a client's bug instead of sharing it).
 */
class ArchitectureTest {

  private static final List<String> PROVIDERS =
      List.of("pace", "actigo", "runsignup", "letsdothis", "fftri");
  private static final String ANY_PROVIDER = "dev.racereg.[pace|actigo|runsignup|letsdothis|fftri]..";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.racereg");
  }

  @Test
  void importsTheModulesTheRulesTalkAbout() {
    // without this, a broken import would make every rule below pass vacuously
    org.assertj.core.api.Assertions.assertThat(classes.contain("dev.racereg.core.internal.http.ApiExecutor")).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.contain("dev.racereg.testkit.Simulator")).isTrue();
  }

  @Test
  void coreDependsOnNoProviderNorTheTestkitNorTheExamples() {
    noClasses().that().resideInAPackage("dev.racereg.core..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.racereg.pace..", "dev.racereg.actigo..",
            "dev.racereg.runsignup..", "dev.racereg.letsdothis..", "dev.racereg.fftri..",
            "dev.racereg.testkit..", "dev.racereg.examples..")
        .check(classes);
  }

  @Test
  void noProviderDependsOnAnother() {
    for (String provider : PROVIDERS) {
      String[] others = PROVIDERS.stream().filter(p -> !p.equals(provider))
          .map(p -> "dev.racereg." + p + "..").toArray(String[]::new);
      noClasses().that().resideInAPackage("dev.racereg." + provider + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void providersDoNotDependOnTheTestkitOrTheExamples() {
    noClasses().that().resideInAPackage(ANY_PROVIDER)
        .should().dependOnClassesThat().resideInAnyPackage("dev.racereg.testkit..", "dev.racereg.examples..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void simulatorsShareNothingWithTheClientsOrCore() {
    noClasses().that().resideInAPackage("dev.racereg.testkit..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.racereg.core..", ANY_PROVIDER,
            "dev.racereg.examples..")
        .check(classes);
  }

  @Test
  void noTestkitTypeSharesASimpleNameWithAClientType() {
    // two public types of one simple name put a wrong-import trap in every IDE's auto-import; a
    // testkit type, top-level or nested, must not be named like a client's top-level type
    Set<String> clientTypes = classes.stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
        .filter(c -> PROVIDERS.stream().anyMatch(p -> c.getPackageName().startsWith("dev.racereg." + p)))
        .map(JavaClass::getSimpleName)
        .collect(Collectors.toSet());
    List<String> testkitTypes = classes.stream()
        .filter(c -> c.getPackageName().startsWith("dev.racereg.testkit"))
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.isAnonymousClass())
        .map(JavaClass::getSimpleName)
        .toList();
    assertThat(clientTypes).as("client types found").contains("PaceParticipant", "ActigoResult", "Club");
    assertThat(testkitTypes).as("testkit types found").contains("PaceSimulator", "FftriSimulator");
    assertThat(testkitTypes).as("testkit types named like a client type").doesNotContainAnyElementsOf(clientTypes);
  }
}
