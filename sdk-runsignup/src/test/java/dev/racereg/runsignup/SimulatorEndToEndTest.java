package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import dev.racereg.core.paging.Page;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.core.unified.BibAssignment;
import dev.racereg.core.unified.BibPushOutcome;
import dev.racereg.core.unified.IncrementalSync;
import dev.racereg.core.unified.SyncChange;
import dev.racereg.core.unified.SyncStateFile;
import dev.racereg.testkit.runsignup.ParticipantSnapshot;
import dev.racereg.testkit.runsignup.RegistrationPeriodSnapshot;
import dev.racereg.testkit.runsignup.RemovedParticipantSnapshot;
import dev.racereg.testkit.runsignup.RunSignupFaults;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client and its unified source against the RunSignup simulator, which was written from
 * RunSignup's documentation independently of this client.
 */
class SimulatorEndToEndTest {

  private final TestOptions test = new TestOptions();
  private RunSignupSimulator sim;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    sim = RunSignupSimulator.builder().participants(240).anchor(TestOptions.NOW.minus(Duration.ofDays(2)))
        .clock(test.clock).build().start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private ClientOptions options() {
    return test.builder(sim.baseUrl()).retryPolicy(RetryPolicy.builder().random(() -> 0.0).build()).build();
  }

  private RunSignupClient client(RunSignupCredentials credentials) {
    return RunSignupClient.builder().credentials(credentials).options(options()).build();
  }

  private RunSignupClient client() {
    return client(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret()));
  }

  private long event(int i) {
    return sim.eventIds().get(i);
  }

  @Test
  void theRaceAndItsEvents() {
    RunSignupRace race = client().getRace(GetRaceParams.of(sim.raceId()));
    assertThat(race.raceId()).isEqualTo(sim.raceId());
    assertThat(race.name()).contains(sim.raceName());
    assertThat(race.events()).extracting(RunSignupEvent::eventId).containsExactlyElementsOf(sim.eventIds());
    RunSignupEvent first = race.events().get(0);
    assertThat(first.name()).contains(sim.events().get(0).name());
    assertThat(first.registrationPeriods()).hasSize(sim.events().get(0).registrationPeriods().size());
    assertThat(first.registrationPeriods().get(0).raceFee().orElseThrow().minorUnits())
        .isEqualTo(sim.events().get(0).registrationPeriods().get(0).raceFeeCents());
    assertThat(race.timezone()).isPresent();
    assertThatThrownBy(() -> client().getRace(GetRaceParams.of(999))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void everyParticipantOnceWithBothPagingStyles() {
    RunSignupClient client = client();
    List<Long> events = sim.eventIds();
    List<Long> expected = events.stream().flatMap(e -> sim.participants(e).stream())
        .map(ParticipantSnapshot::registrationId).toList();

    List<RunSignupParticipant> byId = client.getParticipants(ParticipantsParams.builder().raceId(sim.raceId())
            .eventIds(events).afterRegistrationId(0).resultsPerPage(37).includeQuestions(true)
            .includeRegistrationAddons(true).build())
        .autoPagingStream().toList();
    assertThat(byId).extracting(RunSignupParticipant::registrationId).containsExactlyElementsOf(expected);

    List<Long> byPage = client.getParticipants(ParticipantsParams.builder().raceId(sim.raceId()).eventIds(events)
            .resultsPerPage(50).build())
        .autoPagingStream().map(RunSignupParticipant::registrationId).toList();
    assertThat(byPage).containsExactlyInAnyOrderElementsOf(expected);

    RunSignupParticipant row = byId.get(0);
    ParticipantSnapshot truth = sim.participant(row.registrationId()).orElseThrow();
    assertThat(row.eventId()).isEqualTo(truth.eventId());
    assertThat(row.bibNum()).isEqualTo(java.util.Optional.ofNullable(truth.bibNum()).map(String::valueOf));
    assertThat(row.lastModified()).contains(truth.lastModified());
    assertThat(row.raceFee().orElseThrow().minorUnits()).isEqualTo(truth.raceFeeCents());
    assertThat(row.amountPaid().orElseThrow().minorUnits()).isEqualTo(truth.amountPaidCents());
    assertThat(row.user().orElseThrow().dob()).contains(truth.user().dob());
    assertThat(row.questionResponses()).hasSize(truth.questionResponses().size());
    assertThat(row.registrationAddons()).hasSize(truth.addons().size());
    assertThat(byId).allSatisfy(p -> assertThat(p.unknownFields()).isEmpty()); // nothing unknown in the shape
  }

  @Test
  void removedParticipantsWithTransfers() {
    List<RemovedParticipant> removed = client().getRemovedParticipants(RemovedParticipantsParams.builder()
        .raceId(sim.raceId()).eventIds(sim.eventIds()).afterRegistrationId(0).resultsPerPage(5).build())
        .autoPagingStream().toList();
    assertThat(removed).extracting(RemovedParticipant::registrationId).containsExactlyInAnyOrderElementsOf(
        sim.removedParticipants().stream().map(RemovedParticipantSnapshot::registrationId).toList());
    for (RemovedParticipant r : removed) {
      RemovedParticipantSnapshot truth = sim.removedParticipants().stream()
          .filter(s -> s.registrationId() == r.registrationId()).findFirst().orElseThrow();
      assertThat(r.removedReason().orElseThrow().value()).isEqualTo(truth.removedReason());
      assertThat(r.removedReason().orElseThrow().isKnown()).isTrue();
      if (truth.newRegistrationId() != null) {
        assertThat(r.newRegistrationId()).hasValue(truth.newRegistrationId());
        assertThat(sim.participant(truth.newRegistrationId())).isPresent();
      }
    }
  }

  @Test
  void registrationPeriodsAreReplacedInJsonAndInXml() {
    RunSignupClient client = client();
    long event = event(1);
    LocalDateTime t = LocalDateTime.of(2026, 3, 1, 0, 0);
    client.setupRegistrationPeriods(RegistrationPeriodsParams.builder().raceId(sim.raceId()).eventId(event)
        .addPeriodCents(t, t.plusDays(30).minusSeconds(1), 4000).addPeriodCents(t.plusDays(30), t.plusDays(60), 4500)
        .build());
    assertThat(sim.event(event).orElseThrow().registrationPeriods()).containsExactly(
        new RegistrationPeriodSnapshot(t, t.plusDays(30).minusSeconds(1), 4000),
        new RegistrationPeriodSnapshot(t.plusDays(30), t.plusDays(60), 4500));

    RunSignupSuccess ok = client.setupRegistrationPeriods(RegistrationPeriodsTest.docExample().raceId(sim.raceId())
        .eventId(event).requestFormat(RequestFormat.XML).responseFormat(ResponseFormat.XML).build());
    assertThat(ok.success()).isTrue();
    assertThat(sim.event(event).orElseThrow().registrationPeriods()).extracting(RegistrationPeriodSnapshot::raceFeeCents)
        .containsExactly(2600L, 3000L, 3500L);
    RunSignupEvent read = client.getRace(GetRaceParams.of(sim.raceId())).event(event).orElseThrow();
    assertThat(read.registrationPeriods()).extracting(p -> p.raceFee().orElseThrow().minorUnits())
        .containsExactly(2600L, 3000L, 3500L);
  }

  @Test
  void bibAndChipEditsAndTheBibPushTarget() {
    RunSignupClient client = client();
    List<ParticipantSnapshot> rows = sim.participants(event(0));
    ParticipantSnapshot a = rows.get(0);
    ParticipantSnapshot b = rows.get(1);
    EditParticipantsResult result = client.editParticipants(EditParticipantsParams.builder().raceId(sim.raceId())
        .addEdit(ParticipantEdit.builder(a.registrationId()).bib("9001").chip("CHIP-9001").build())
        .addEdit(ParticipantEdit.builder(b.registrationId()).clearBib().build())
        .requestFormat(RequestFormat.XML).build());
    assertThat(sim.participant(a.registrationId()).orElseThrow().bibNum()).isEqualTo(9001);
    assertThat(sim.participant(a.registrationId()).orElseThrow().chipNum()).isEqualTo("CHIP-9001");
    assertThat(sim.participant(b.registrationId()).orElseThrow().bibNum()).isNull();
    assertThat(result.participants()).extracting(RunSignupParticipant::registrationId)
        .contains(a.registrationId(), b.registrationId());

    List<BibPushOutcome> outcomes = client.bibPushTarget(sim.raceId()).pushBibs(List.of(
        new BibAssignment(Long.toString(b.registrationId()), "9002"),
        new BibAssignment(Long.toString(rows.get(2).registrationId()), "9001"), // taken by a
        new BibAssignment(Long.toString(rows.get(3).registrationId()), "9003")));
    assertThat(outcomes).extracting(BibPushOutcome::status).containsExactly(BibPushOutcome.Status.APPLIED,
        BibPushOutcome.Status.FAILED, BibPushOutcome.Status.APPLIED);
    assertThat(outcomes.get(1).message()).hasValueSatisfying(m -> assertThat(m).contains("115"));
    assertThat(sim.participant(b.registrationId()).orElseThrow().bibNum()).isEqualTo(9002);
    assertThat(sim.participant(rows.get(3).registrationId()).orElseThrow().bibNum()).isEqualTo(9003);
  }

  @Test
  void resultSetsAndFullResults() {
    RunSignupClient client = client();
    long event = event(0);
    long set = client.createResultSet(CreateResultSetParams.builder().raceId(sim.raceId()).eventId(event)
        .name("Overall").sourceName("racereg tests").build());
    assertThat(client.getResultSets(ResultSetsParams.of(sim.raceId(), event)))
        .extracting(RunSignupResultSet::resultSetId).contains(set);

    List<ParticipantSnapshot> runners = sim.participants(event);
    PostResultsParams post = PostResultsParams.builder().raceId(sim.raceId()).eventId(event).resultSetId(set)
        .addResult(ResultEntry.byRegistrationId(runners.get(0).registrationId()).place(1)
            .chipTime(Duration.ofSeconds(1105)).clockTime(Duration.ofSeconds(1110)).build())
        .addResult(ResultEntry.byRegistrationId(runners.get(1).registrationId()).place(2)
            .chipTime(Duration.ofMillis(1150_500)).build())
        .build();
    PostResultsResult first = client.postFullResults(post);
    PostResultsResult again = client.postFullResults(post); // by registration id: replaces, never doubles
    assertThat(first.inserted()).hasValue(2);
    assertThat(again.updated()).hasValue(2);
    assertThat(sim.results(set)).hasSize(2);

    Page<RunSignupResult> page = client.getResults(GetResultsParams.builder().raceId(sim.raceId()).eventId(event)
        .resultSetId(set).resultsPerPage(1).build());
    List<RunSignupResult> rows = page.autoPagingStream().toList();
    assertThat(rows).extracting(r -> r.place().orElseThrow()).containsExactly(1, 2);
    assertThat(rows.get(0).registrationId()).hasValue(runners.get(0).registrationId());
    assertThat(rows.get(0).chipDuration()).contains(Duration.ofSeconds(1105));
    assertThat(rows.get(1).chipDuration()).contains(Duration.ofMillis(1150_500));
    assertThat(rows.get(0).firstName()).contains(runners.get(0).user().firstName());
  }

  @Test
  void everyAuthModeIsAccepted() {
    List<RunSignupCredentials> modes = List.of(
        RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret()),
        RunSignupCredentials.rsuApiKey(sim.credentials().rsuApiKey(), sim.credentials().rsuApiSecret()),
        RunSignupCredentials.superPartnerKey(sim.credentials().spApiKey(), sim.credentials().spApiSecret()),
        RunSignupCredentials.login(sim.credentials().userEmail(), sim.credentials().userPassword()));
    for (RunSignupCredentials mode : modes) {
      List<RunSignupParticipant> rows = client(mode).getParticipants(ParticipantsParams.builder()
          .raceId(sim.raceId()).eventId(event(0)).resultsPerPage(5).build()).items();
      assertThat(rows).as("%s", mode.getClass().getSimpleName()).hasSize(5);
    }
    assertThatThrownBy(() -> client(RunSignupCredentials.apiKey(sim.credentials().apiKey(), "wrong-secret"))
        .getParticipants(ParticipantsParams.builder().raceId(sim.raceId()).eventId(event(0)).build()))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> client(RunSignupCredentials.apiKey(sim.credentials().outsiderApiKey(), sim.credentials().outsiderApiSecret()))
        .getParticipants(ParticipantsParams.builder().raceId(sim.raceId()).eventId(event(0)).build()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> client(RunSignupCredentials.login(sim.credentials().userEmail(), "not-the-password"))
        .getRace(GetRaceParams.of(sim.raceId()))).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void temporaryKeysAreRenewedAcrossIdleExpiryAndLogoutEndsTheSession() {
    RunSignupClient client = client(RunSignupCredentials.login(sim.credentials().userEmail(), sim.credentials().userPassword()));
    ParticipantsParams params = ParticipantsParams.builder().raceId(sim.raceId()).eventId(event(0))
        .resultsPerPage(3).build();
    client.getParticipants(params);
    assertThat(sim.activeSessions()).isEqualTo(1);
    test.clock.advance(Duration.ofMinutes(70)); // the simulator expired the key after an idle hour
    assertThat(client.getParticipants(params).items()).hasSize(3);
    assertThat(sim.activeSessions()).isEqualTo(1);
    assertThat(client.logout()).isTrue();
    assertThat(sim.activeSessions()).isZero();
    assertThat(client.getParticipants(params).items()).hasSize(3); // logs in again
  }

  @Test
  void oauthCodeRedemptionThenRefreshBeforeExpiry() {
    RunSignupTokens tokens = RunSignupOAuth.create(options()).redeemAuthorizationCode(AuthorizationCodeParams
        .builder().clientId(sim.credentials().oauthClientId()).clientSecret(sim.credentials().oauthClientSecret())
        .code(sim.credentials().oauthAuthorizationCode()).redirectUri(sim.credentials().oauthRedirectUri()).codeVerifier(sim.credentials().oauthCodeVerifier())
        .build());
    List<RunSignupTokens> refreshed = new ArrayList<>();
    RunSignupClient client = RunSignupClient.builder()
        .credentials(RunSignupCredentials.oauth(tokens, sim.credentials().oauthClientId(), sim.credentials().oauthClientSecret()))
        .options(options()).onTokensRefreshed(refreshed::add).build();
    ParticipantsParams params = ParticipantsParams.builder().raceId(sim.raceId()).eventId(event(0))
        .resultsPerPage(2).build();

    assertThat(client.getParticipants(params).items()).hasSize(2);
    test.clock.advance(Duration.ofMinutes(59).plusSeconds(30));
    assertThat(client.getParticipants(params).items()).hasSize(2);
    test.clock.advance(Duration.ofMinutes(61));
    assertThat(client.getParticipants(params).items()).hasSize(2);
    assertThat(refreshed).hasSize(2); // each refresh used the rotated refresh token
    assertThatThrownBy(() -> RunSignupOAuth.create(options()).redeemAuthorizationCode(AuthorizationCodeParams
        .builder().clientId(sim.credentials().oauthClientId()).code(sim.credentials().oauthAuthorizationCode())
        .redirectUri(sim.credentials().oauthRedirectUri()).codeVerifier(sim.credentials().oauthCodeVerifier()).build()))
        .isInstanceOf(AuthenticationException.class); // a code works once
  }

  @Test
  void throttlingIsRetriedWithTheRecordingSleeper() {
    sim.faults().next(RunSignupFaults.throttled(), 2);
    List<RunSignupParticipant> rows = client().getParticipants(ParticipantsParams.builder().raceId(sim.raceId())
        .eventId(event(0)).resultsPerPage(4).build()).items();
    assertThat(rows).hasSize(4);
    assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));

    sim.faults().next(RunSignupFaults.throttledXml(), 1);
    assertThat(client().getRace(GetRaceParams.of(sim.raceId())).raceId()).isEqualTo(sim.raceId());
  }

  @Test
  void theSimulatorRefusesWhatTheClientCouldNotCatch() {
    assertThatThrownBy(() -> client().editParticipants(EditParticipantsParams.builder().raceId(sim.raceId())
        .addEdit(ParticipantEdit.bib(1, "5")).build())).isInstanceOf(NotFoundException.class);
    LocalDateTime t = LocalDateTime.of(2026, 3, 1, 0, 0);
    assertThatThrownBy(() -> client().setupRegistrationPeriods(RegistrationPeriodsParams.builder()
        .raceId(sim.raceId()).eventId(42).addPeriodCents(t, t.plusDays(1), 100).build()))
        .isInstanceOf(NotFoundException.class);
    List<ParticipantSnapshot> rows = sim.participants(event(0));
    long taken = rows.stream().filter(p -> p.bibNum() != null).findFirst().orElseThrow().bibNum();
    long other = rows.stream().filter(p -> p.bibNum() == null || p.bibNum() != taken).findFirst().orElseThrow()
        .registrationId();
    assertThatThrownBy(() -> client().editParticipants(EditParticipantsParams.builder().raceId(sim.raceId())
        .addEdit(ParticipantEdit.bib(other, Long.toString(taken))).build()))
        .isInstanceOfSatisfying(BadRequestException.class,
            e -> assertThat(RunSignupErrorCode.of(e)).contains(RunSignupErrorCode.BIB_NUMBER_INVALID));
  }

  @Test
  void incrementalSyncThroughTheUnifiedSourceSeesEveryChangeOnce() {
    RunSignupClient client = client();
    RunSignupRegistrationSource source = client.registrationSource(sim.raceId(), event(0), event(1));
    IncrementalSync sync = new IncrementalSync(new SyncStateFile(dir.resolve("sync.json")));

    IncrementalSync.Batch first = sync.pull(source);
    int active = sim.participantCount(event(0)) + sim.participantCount(event(1));
    long removed = sim.removedParticipants().stream().filter(r -> r.eventId() == event(0) || r.eventId() == event(1))
        .count();
    assertThat(first.changes()).hasSize(active + (int) removed);
    assertThat(first.changes()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(SyncChange.Kind.ADDED));
    Set<String> ids = first.changes().stream().map(SyncChange::id).collect(Collectors.toSet());
    assertThat(ids).hasSize(first.changes().size());
    assertThat(first.changes().stream().map(c -> c.registration().orElseThrow().status()).filter(s -> !s.isOnStartList()))
        .hasSize((int) removed).allMatch(s -> s.equals(RegistrationStatus.REMOVED)
            || s.equals(RegistrationStatus.TRANSFERRED) || s.equals(RegistrationStatus.DEFERRED));
    first.commit();

    assertThat(sync.pull(source).changes()).isEmpty(); // nothing changed: nothing repeated

    // two edits in the same second, one before and one after the next pull takes its watermark
    test.clock.advance(Duration.ofMinutes(3));
    long x = sim.participants(event(0)).get(5).registrationId();
    long y = sim.participants(event(1)).get(7).registrationId();
    client.editParticipants(EditParticipantsParams.builder().raceId(sim.raceId())
        .addEdit(ParticipantEdit.bib(x, "7001")).build());
    IncrementalSync.Batch second = sync.pull(source);
    assertThat(second.changes()).extracting(SyncChange::id).containsExactly("runsignup:" + x);
    second.commit();
    client.editParticipants(EditParticipantsParams.builder().raceId(sim.raceId())
        .addEdit(ParticipantEdit.bib(y, "7002")).build());
    IncrementalSync.Batch third = sync.pull(source);
    assertThat(third.changes()).extracting(SyncChange::id).containsExactly("runsignup:" + y);
    assertThat(third.changes().get(0).registration().flatMap(Registration::bib)).contains("7002");
    third.commit();
    assertThat(sync.pull(source).changes()).isEmpty();

    Set<String> seen = new HashSet<>();
    source.registrations().forEach(r -> assertThat(seen.add(r.id())).as("repeated %s", r.id()).isTrue());
    assertThat(seen).hasSize(active + (int) removed);
  }
}
