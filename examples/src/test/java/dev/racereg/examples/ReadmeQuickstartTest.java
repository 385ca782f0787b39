package dev.racereg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.actigo.ActigoRegistration;
import dev.racereg.actigo.RegistrationsParams;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.BibAssignment;
import dev.racereg.core.unified.BibPushOutcome;
import dev.racereg.core.unified.LicenceCheck;
import dev.racereg.core.unified.LicenceQuery;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.letsdothis.ListRaceParticipantsParams;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.PaceParticipant;
import dev.racereg.runsignup.ParticipantsParams;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import dev.racereg.runsignup.RunSignupParticipant;
import dev.racereg.testkit.actigo.ActigoSimulator;
import dev.racereg.testkit.fftri.FftriSimulator;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import dev.racereg.testkit.pace.PaceSimulator;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's quickstart, run against the simulators. Every code line of the README's Java block
 * must appear in this file verbatim, so the README cannot drift into code that does not compile
 * or does not work.
 */
class ReadmeQuickstartTest {

  @Test
  void everyReadmeCodeLineIsExercisedHere() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    String readme = Files.readString(root.resolve("README.md"));
    String tests = Files.readString(Path.of("src/test/java/dev/racereg/examples/ReadmeQuickstartTest.java"))
        + Files.readString(Path.of("src/test/java/dev/racereg/examples/ReadmeGuideTest.java"));
    List<String> blocks = javaBlocks(readme);
    assertThat(blocks).as("the README's Java blocks").hasSizeGreaterThanOrEqualTo(6);
    for (String block : blocks) {
      List<String> lines = block.lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("//")).toList();
      assertThat(lines).allSatisfy(line -> assertThat(tests)
          .as("README line not run by ReadmeQuickstartTest or ReadmeGuideTest").contains(line));
    }
  }

  /** The bodies of every {@code ```java} block, in order. */
  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new java.util.ArrayList<>();
    int start = markdown.indexOf("```java");
    while (start >= 0) {
      int end = markdown.indexOf("```", start + 7);
      blocks.add(markdown.substring(start + "```java".length(), end));
      start = markdown.indexOf("```java", end + 3);
    }
    return blocks;
  }

  @Test
  void everyJavaBlockIsFound() {
    String md = "x\n```java\na();\n```\ntext\n```xml\n<a/>\n```\n```java\nb();\n```\n";
    assertThat(javaBlocks(md)).containsExactly("\na();\n", "\nb();\n");
  }

  @Test
  void pace() {
    try (PaceSimulator sim = PaceSimulator.builder().participants(30).build().start()) {
      ClientOptions options = ClientOptions.builder().baseUrl(sim.baseUrl()).build();
      String apiId = sim.credentials().apiId();
      String apiSecret = sim.credentials().apiSecret();
      String accessCode = sim.credentials().accessCode();
      String eventSlug = sim.eventSlug();
      long[] seen = {0};
      PaceClient pace = PaceClient.builder().credentials(PaceCredentials.of(apiId, apiSecret)).options(options).build();
      try (Stream<PaceParticipant> rows = pace.participants(dev.racereg.pace.ParticipantsParams.of(accessCode, eventSlug))) {
        rows.forEach(p -> System.out.println(p.lastName().orElse("") + ", " + p.distance().orElse("")));
      }
      try (Stream<PaceParticipant> rows = pace.participants(dev.racereg.pace.ParticipantsParams.of(accessCode, eventSlug))) {
        rows.forEach(p -> seen[0]++);
      }
      RegistrationSource source = pace.registrationSource(accessCode, eventSlug);
      assertThat(seen[0]).isEqualTo(30);
      try (Stream<Registration> all = source.registrations()) {
        assertThat(all.count()).isEqualTo(30);
      }
    }
  }

  @Test
  void actigo() {
    try (ActigoSimulator sim = ActigoSimulator.builder().registrations(20).build().start()) {
      ClientOptions options = ClientOptions.builder().baseUrl(sim.baseUrl()).build();
      String keyName = sim.credentials().keyName();
      String keySecret = sim.credentials().keySecret();
      String activityId = sim.activityId();
      ActigoClient actigo = ActigoClient.builder().credentials(ActigoCredentials.of(keyName, keySecret)).options(options).build();
      List<ActigoRegistration> registrations = actigo.registrationList(RegistrationsParams.of(activityId));
      String registrationId = registrations.get(0).id();
      List<BibPushOutcome> outcomes = actigo.bibPushTarget(activityId).pushBibs(List.of(new BibAssignment(registrationId, "0042")));
      assertThat(registrations).hasSize(20);
      assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.succeeded()).isTrue());
      assertThat(actigo.registrationList(RegistrationsParams.of(activityId)))
          .filteredOn(r -> r.id().equals(registrationId))
          .singleElement().satisfies(r -> assertThat(r.startNumber()).contains("0042"));
    }
  }

  @Test
  void runsignup() {
    try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(50).build().start()) {
      ClientOptions options = ClientOptions.builder().baseUrl(sim.baseUrl()).build();
      String key = sim.credentials().rsuApiKey();
      String secret = sim.credentials().rsuApiSecret();
      long raceId = sim.raceId();
      List<Long> eventIds = sim.eventIds();
      RunSignupClient runsignup = RunSignupClient.builder()
          .credentials(RunSignupCredentials.rsuApiKey(key, secret)).options(options).build();
      List<RunSignupParticipant> participants = runsignup.getParticipants(ParticipantsParams.builder()
          .raceId(raceId).eventIds(eventIds).afterRegistrationId(0).resultsPerPage(1000).build())
          .autoPagingStream().toList();
      assertThat(participants).hasSize(sim.participantCount());
    }
  }

  @Test
  void letsDoThis() {
    try (LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(80).build().start()) {
      ClientOptions options = ClientOptions.builder().baseUrl(sim.baseUrl()).build();
      String jwt = sim.credentials().validToken();
      String ldtRaceId = sim.raceIds().get(0);
      LetsDoThisClient ldt = LetsDoThisClient.builder()
          .credentials(LetsDoThisCredentials.of(jwt)).options(options).build();
      ldt.listRaceParticipants(ListRaceParticipantsParams.builder().raceId(ldtRaceId).pageSize(500).build())
          .autoPagingStream().forEach(p -> System.out.println(p.fields().lastName().orElse("")));
      assertThat(ldt.credentials().organiserId()).contains(sim.credentials().organiserId());
    }
  }

  @Test
  void fftri() {
    try (FftriSimulator sim = FftriSimulator.builder().build().start()) {
      ClientOptions options = ClientOptions.builder().baseUrl(sim.baseUrl()).build();
      String username = sim.credentials().username();
      String apiKey = sim.credentials().apiKey();
      String licenceNumber = sim.licenceNumbersValidFor(sim.currentSeason().id()).get(0);
      FftriClient fftri = FftriClient.builder().credentials(FftriCredentials.of(username, apiKey)).options(options).build();
      List<LicenceCheck> checks = fftri.licenceVerifier().verifyAll(List.of(LicenceQuery.of(licenceNumber)));
      assertThat(checks).singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo(LicenceCheck.Outcome.VALID));
    }
  }
}
