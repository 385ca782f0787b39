package dev.racereg.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
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
}
