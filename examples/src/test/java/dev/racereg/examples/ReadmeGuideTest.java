package dev.racereg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.model.Registration;
import dev.racereg.core.paging.Page;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.StartList;
import dev.racereg.core.unified.StartListCsv;
import dev.racereg.letsdothis.GetParticipantParams;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.letsdothis.LetsDoThisParticipant;
import dev.racereg.letsdothis.ListRaceParticipantsParams;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.PaceParticipant;
import dev.racereg.testkit.Fault;
import dev.racereg.testkit.actigo.ActigoSimulator;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import dev.racereg.testkit.pace.PaceSandboxCredentials;
import dev.racereg.testkit.pace.PaceSimulator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's guide sections (a unified start list in code, logging, paging and resuming,
 * errors and retries, testing against the simulators), run against the simulators. Every code
 * line of those README blocks must appear verbatim here or in {@link ReadmeQuickstartTest}, which
 * checks it, so the README cannot teach code that does not compile or does not work.
 */
class ReadmeGuideTest {

  @TempDir Path dir;

  @Test
  void aUnifiedStartListInCode() throws IOException {
    try (ActigoSimulator actigoSim = ActigoSimulator.builder().registrations(12).build().start();
         LetsDoThisSimulator ldtSim = LetsDoThisSimulator.builder().participants(9).build().start()) {
      ActigoClient actigo = ActigoClient.builder()
          .credentials(ActigoCredentials.of(actigoSim.credentials().keyName(), actigoSim.credentials().keySecret()))
          .options(ClientOptions.builder().baseUrl(actigoSim.baseUrl()).build()).build();
      LetsDoThisClient ldt = LetsDoThisClient.builder()
          .credentials(LetsDoThisCredentials.of(ldtSim.credentials().validToken()))
          .options(ClientOptions.builder().baseUrl(ldtSim.baseUrl()).build()).build();
      String activityId = actigoSim.activityId();
      Path file = dir.resolve("startlist.csv");

      List<List<Registration>> sources = new ArrayList<>();
      for (RegistrationSource source : List.of(actigo.registrationSource(activityId), ldt.registrationSource())) {
        try (Stream<Registration> rows = source.registrations()) {
          sources.add(rows.toList());
        }
      }
      StartList startList = StartList.merge(sources);
      try (Writer out = Files.newBufferedWriter(file)) {
        StartListCsv.write(startList.registrations().stream(), out);
      }
      startList.duplicates().forEach(d -> System.out.println("entered twice: " + d.person()));

      assertThat(startList.registrations()).hasSize(12 + ldtSim.participants().size());
      assertThat(Files.readAllLines(file)).hasSize(1 + startList.registrations().size());
      assertThat(Files.readAllLines(file).get(0)).isEqualTo(StartListCsv.COLUMN_LIST);
    }
  }

  @Test
  void loggingIsOffUntilALevelIsChosen() {
    ClientOptions logged = ClientOptions.builder().logLevel(LogLevel.HEADERS).build();

    assertThat(ClientOptions.defaults().logLevel()).isEqualTo(LogLevel.NONE);
    assertThat(logged.logLevel()).isEqualTo(LogLevel.HEADERS);
  }

  @Test
  void pagingResumesFromAStoredCursor() {
    try (LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(25).build().start()) {
      ClientOptions options = ClientOptions.builder().baseUrl(sim.baseUrl()).build();
      LetsDoThisClient ldt = LetsDoThisClient.builder()
          .credentials(LetsDoThisCredentials.of(sim.credentials().validToken())).options(options).build();
      String ldtRaceId = sim.raceIds().get(0);
      long inRace = ldt.listRaceParticipants(ListRaceParticipantsParams.builder().raceId(ldtRaceId).build())
          .autoPagingStream().count();
      List<LetsDoThisParticipant> seen = new ArrayList<>();

      Page<LetsDoThisParticipant> page = ldt.listRaceParticipants(
          ListRaceParticipantsParams.builder().raceId(ldtRaceId).pageSize(5).build());
      page.items().forEach(p -> seen.add(p));
      String cursor = page.nextCursor().orElseThrow();
      // ... store the cursor, stop, and later resume where you stopped:
      ListRaceParticipantsParams resume = ListRaceParticipantsParams.builder()
          .raceId(ldtRaceId).pageSize(5).pageAfter(cursor).build();
      ldt.listRaceParticipants(resume).autoPagingStream().forEach(p -> seen.add(p));

      assertThat(inRace).isGreaterThan(5);
      assertThat(seen).hasSize((int) inRace);
      assertThat(seen.stream().map(LetsDoThisParticipant::id).distinct().count()).isEqualTo(inRace);
    }
  }

  @Test
  void errorsAndRetries() {
    try (LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(3).build().start()) {
      sim.faults().next(Fault.status(503, "{\"message\":\"busy\"}"), 2);
      String participantId = "no-such-participant";
      List<String> said = new ArrayList<>();

      List<Duration> waited = new ArrayList<>();
      ClientOptions patient = ClientOptions.builder().baseUrl(sim.baseUrl()).sleeper(waited::add)
          .retryPolicy(RetryPolicy.builder().maxAttempts(4).maxRetryAfter(Duration.ofSeconds(30)).build()).build();
      LetsDoThisClient ldt = LetsDoThisClient.builder()
          .credentials(LetsDoThisCredentials.of(sim.credentials().validToken())).options(patient).build();
      try {
        LetsDoThisParticipant p = ldt.getParticipant(GetParticipantParams.of(participantId));
        said.add(p.id().orElse(""));
      } catch (NotFoundException e) {
        said.add("no such participant: " + e.providerMessage().orElse(e.getMessage()));
      } catch (RateLimitException e) {
        said.add("throttled; the platform asks to wait " + e.retryAfter().orElse(Duration.ZERO));
      } catch (ValidationException e) {
        said.add("bad input, nothing sent: " + e.field() + " " + e.rule());
      } catch (ApiException e) {
        said.add(e.statusCode() + " " + e.providerCode().orElse("") + ": " + e.getMessage());
      } catch (RaceRegException e) {
        said.add(e.outcomeUnknown() ? "may have been applied: " + e.outcomeCheckHint().orElse("") : e.getMessage());
      }

      assertThat(said).singleElement().asString().startsWith("no such participant");
      assertThat(sim.faults().pending()).isZero();
      assertThat(waited).hasSize(2);
    }
  }

  @Test
  void testingYourOwnCodeAgainstASimulator() {
    long count;
    try (PaceSimulator sim = PaceSimulator.builder().participants(50).seed(42).build().start()) {
      PaceSandboxCredentials sandbox = sim.credentials();
      PaceClient client = PaceClient.builder()
          .credentials(PaceCredentials.of(sandbox.apiId(), sandbox.apiSecret()))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build())
          .build();
      try (Stream<Registration> rows = client.registrationSource(sandbox.accessCode(), sim.eventSlug()).registrations()) {
        count = rows.count();
      }
      sim.addParticipant(sim.eventSlug());
      try (Stream<PaceParticipant> rows = client.participants(
          dev.racereg.pace.ParticipantsParams.of(sandbox.accessCode(), sim.eventSlug()))) {
        assertThat(rows.count()).isEqualTo(51);
      }
    }
    assertThat(count).isEqualTo(50);
  }
}
