package dev.racereg.actigo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.core.unified.BibPlan;
import dev.racereg.core.unified.BibPush;
import dev.racereg.core.unified.BibPushOutcome.Status;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.StartList;
import dev.racereg.testkit.Fault;
import dev.racereg.testkit.actigo.ActigoSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client and its unified views against the Actigo simulator (written from the docs
 * independently of this client), end to end over HTTP.
 */
class ActigoSimulatorTest {

  private static final long SEED = 20221206L;

  private final TestOptions test = new TestOptions();
  private final List<ActigoSimulator> sims = new ArrayList<>();

  @AfterEach
  void stop() {
    sims.forEach(ActigoSimulator::close);
  }

  private ActigoSimulator sim(int registrations) {
    ActigoSimulator sim = ActigoSimulator.builder().seed(SEED).registrations(registrations).start();
    sims.add(sim);
    return sim;
  }

  private ActigoClient client(ActigoSimulator sim) {
    return ActigoClient.builder().credentials(ActigoCredentials.of(sim.credentials().keyName(), sim.credentials().keySecret()))
        .options(test.options(sim.baseUrl())).build();
  }

  @Test
  void downloadsMatchTheSimulatorsStateInJsonAndCsv() {
    ActigoSimulator sim = sim(120);
    ActigoClient actigo = client(sim);
    RegistrationsParams params = RegistrationsParams.of(sim.activityId());

    List<ActigoRegistration> json = actigo.registrationList(params);
    RegistrationsCsv csv = actigo.registrationsCsv(params);

    List<dev.racereg.testkit.actigo.ActigoRegistrationRow> truth = sim.registrations(sim.activityId());
    assertThat(json).hasSize(120).hasSameSizeAs(truth);
    for (int i = 0; i < truth.size(); i++) {
      dev.racereg.testkit.actigo.ActigoRegistrationRow t = truth.get(i);
      ActigoRegistration r = json.get(i);
      assertThat(r.id()).isEqualTo(t.id());
      assertThat(r.created()).contains(t.created());
      assertThat(r.code()).contains(t.code());
      assertThat(r.state().value()).isEqualTo(t.state());
      assertThat(r.startNumber().orElse(null)).isEqualTo(t.startNumber());
      assertThat(r.amount()).contains(Money.ofMinor(t.amountValue(), t.currency()));
      assertThat(r.person().id()).contains(t.person().id());
      assertThat(r.person().givenName()).contains(t.person().givenName());
      assertThat(r.person().surname()).contains(t.person().surname());
      assertThat(r.person().sex().map(Sex::value)).contains(t.person().sex());
      assertThat(r.person().birthDate()).contains(t.person().birthDate());
      assertThat(r.person().name()).contains(t.person().name());
      assertThat(csv.registrations().get(i)).isEqualTo(RegistrationsCsvTestData.csvColumnsOnly(r));
    }
    assertThat(csv.columns()).isEqualTo(RegistrationsCsv.HEADER);
    assertThat(json).extracting(ActigoRegistration::state).contains(RegistrationState.NEW,
        RegistrationState.CONFIRMED, RegistrationState.CANCELLED);
  }

  @Test
  void theRegistrationSourceGivesUnifiedRegistrationsWithUnknownStatesKept() {
    ActigoSimulator sim = sim(200);
    RegistrationSource source = client(sim).registrationSource(sim.activityId());

    List<Registration> all;
    try (Stream<Registration> stream = source.registrations()) {
      all = stream.toList();
    }

    assertThat(source.provider()).isEqualTo("actigo");
    assertThat(source.eventKey()).isEqualTo(sim.activityId());
    assertThat(source.supportsUpdatedAfter()).isFalse();
    assertThat(all).hasSize(200).allSatisfy(r -> {
      assertThat(r.provider()).isEqualTo("actigo");
      assertThat(r.id()).isEqualTo("actigo:" + r.nativeId());
      assertThat(r.eventId()).contains(sim.activityId());
      assertThat(r.participant().gender()).isIn(Gender.MALE, Gender.FEMALE);
      assertThat(r.participant().birthDate()).isPresent();
      assertThat(r.amount().orElseThrow().currency().getCurrencyCode()).isEqualTo("CZK");
    });
    Map<String, RegistrationStatus> byNative = all.stream()
        .collect(Collectors.toMap(Registration::nativeId, Registration::status));
    for (dev.racereg.testkit.actigo.ActigoRegistrationRow t : sim.registrations(sim.activityId())) {
      RegistrationStatus expected = switch (t.state()) {
        case "New" -> RegistrationStatus.PENDING;
        case "Confirmed" -> RegistrationStatus.CONFIRMED;
        case "Cancelled" -> RegistrationStatus.CANCELLED;
        default -> RegistrationStatus.of(t.state());
      };
      assertThat(byNative.get(t.id())).isEqualTo(expected);
    }
    assertThat(all).anySatisfy(r -> assertThat(r.status().isKnown()).isFalse());
    try (Stream<Registration> since = source.registrationsUpdatedAfter(Instant.now())) {
      assertThat(since.count()).isEqualTo(200);
    }
  }

  @Test
  void bibsPlannedOnAUnifiedStartListArePushedBackAndRepushingChangesNothing() {
    ActigoSimulator sim = sim(150);
    ActigoClient actigo = client(sim);
    List<Registration> registrations;
    try (Stream<Registration> stream = actigo.registrationSource(sim.activityId()).registrations()) {
      registrations = stream.toList();
    }
    List<Registration> assigned = BibPlan.builder().defaultFirst(500).width(4).build()
        .assign(StartList.of(registrations));
    assertThat(assigned).isNotEmpty();

    BibPush.Report report = BibPush.push(assigned, Map.of("actigo", ActigoBibPushTarget.builder(actigo, sim.activityId()).chunkSize(40).build()));

    assertThat(report.allSettled()).isTrue();
    assertThat(report.rows()).hasSameSizeAs(assigned)
        .allSatisfy(row -> assertThat(row.outcome().status()).isEqualTo(Status.APPLIED));
    for (Registration r : assigned) {
      assertThat(sim.registration(sim.activityId(), r.nativeId()).orElseThrow().startNumber()).isEqualTo(r.bib().orElseThrow());
    }

    BibPush.Report again = BibPush.push(assigned, Map.of("actigo", actigo.bibPushTarget(sim.activityId())));
    assertThat(again.counts()).containsOnlyKeys(Status.UNCHANGED);
  }

  @Test
  void csvDownloadEditUploadLeavesTheSameStateAsTheJsonPath() {
    ActigoSimulator viaCsv = sim(80);
    ActigoSimulator viaJson = sim(80);
    ActigoClient csvClient = client(viaCsv);
    ActigoClient jsonClient = client(viaJson);
    String activity = viaCsv.activityId();
    assertThat(viaJson.activityId()).isEqualTo(activity);

    RegistrationsCsv csv = csvClient.registrationsCsv(RegistrationsParams.of(activity));
    List<RegistrationSyncItem> csvItems = csv.registrations().stream().map(ActigoSimulatorTest::renumber).toList();
    List<RegistrationSyncItem> jsonItems = jsonClient.registrationList(RegistrationsParams.of(activity)).stream()
        .map(ActigoSimulatorTest::renumber).toList();
    assertThat(csvItems).isEqualTo(jsonItems);

    SyncReport<RegistrationSyncItem, ActigoRegistration> csvReport = csvClient.syncRegistrationsCsv(
        SyncRegistrationsParams.builder().activityId(activity).items(csvItems).chunkSize(25).build());
    SyncReport<RegistrationSyncItem, ActigoRegistration> jsonReport = jsonClient.syncRegistrations(
        SyncRegistrationsParams.builder().activityId(activity).items(jsonItems).chunkSize(25).build());

    assertThat(csvReport.isComplete()).isTrue();
    assertThat(jsonReport.isComplete()).isTrue();
    assertThat(csvReport.results()).extracting(ActigoRegistration::startNumber)
        .isEqualTo(jsonReport.results().stream().map(ActigoRegistration::startNumber).toList());
    assertThat(viaCsv.registrations(activity)).isEqualTo(viaJson.registrations(activity));
    assertThat(csvClient.registrationList(RegistrationsParams.of(activity)))
        .isEqualTo(jsonClient.registrationList(RegistrationsParams.of(activity)));
    assertThat(viaJson.registrations(activity)).filteredOn(r -> r.state().equals("Confirmed"))
        .allSatisfy(r -> assertThat(r.startNumber()).startsWith("9"));
  }

  /** Confirmed registrations get 9 followed by their row's code digits; others are sent unchanged. */
  private static RegistrationSyncItem renumber(ActigoRegistration r) {
    RegistrationSyncItem item = r.toSyncItem();
    return r.state().equals(RegistrationState.CONFIRMED)
        ? item.toBuilder().startNumber("9" + r.id().substring(18)).build() : item;
  }

  @Test
  void anUnknownStateSurvivesAJsonAndACsvRoundTrip() {
    ActigoSimulator sim = sim(200);
    ActigoClient actigo = client(sim);
    ActigoRegistration unknown = actigo.registrationList(RegistrationsParams.of(sim.activityId())).stream()
        .filter(r -> !r.state().isKnown()).findFirst().orElseThrow();

    RegistrationSyncItem renumbered = unknown.toSyncItem().toBuilder().startNumber("7777").build();
    SyncReport<RegistrationSyncItem, ActigoRegistration> json = actigo.syncRegistrations(
        SyncRegistrationsParams.of(sim.activityId(), List.of(renumbered)));
    SyncReport<RegistrationSyncItem, ActigoRegistration> csv = actigo.syncRegistrationsCsv(
        SyncRegistrationsParams.of(sim.activityId(), List.of(renumbered.toBuilder().startNumber("7778").build())));

    assertThat(json.item(0).result().orElseThrow().state()).isEqualTo(unknown.state());
    assertThat(json.item(0).result().orElseThrow().syncResultType()).contains(SyncResultType.UPDATED);
    assertThat(csv.item(0).result().orElseThrow().state()).isEqualTo(unknown.state());
    assertThat(sim.registration(sim.activityId(), unknown.id()).orElseThrow().state()).isEqualTo(unknown.state().value());
    assertThat(sim.registration(sim.activityId(), unknown.id()).orElseThrow().startNumber()).isEqualTo("7778");
  }

  @Test
  void anExternalRegistrationIsCreatedOnceAndItsUpsertIsIdempotent() {
    ActigoSimulator sim = sim(30);
    ActigoClient actigo = client(sim);
    RegistrationSyncItem external = RegistrationSyncItem.builder()
        .state(RegistrationState.CONFIRMED).startNumber("0900")
        .person(SyncPerson.builder().givenName("Lucie").middleName("Marie").surname("Horáková").sex(Sex.FEMALE)
            .birthDate(LocalDate.of(1992, 4, 18)).build())
        .build();
    SyncRegistrationsParams params = SyncRegistrationsParams.of(sim.activityId(), List.of(external));

    ActigoRegistration created = actigo.syncRegistrations(params).throwIfFailed().item(0).result().orElseThrow();
    ActigoRegistration again = actigo.syncRegistrations(params).throwIfFailed().item(0).result().orElseThrow();

    assertThat(created.syncResultType()).contains(SyncResultType.CREATED);
    assertThat(created.state()).isEqualTo(RegistrationState.CONFIRMED);
    assertThat(created.person().birthDate()).contains(LocalDate.of(1992, 4, 18));
    assertThat(again.syncResultType()).contains(SyncResultType.UNCHANGED);
    assertThat(again.id()).isEqualTo(created.id());
    assertThat(sim.externalRegistrations(sim.activityId())).hasSize(1);
    assertThat(sim.registrationCount(sim.activityId())).isEqualTo(31);
    assertThat(actigo.registrationList(RegistrationsParams.of(sim.activityId())))
        .anySatisfy(r -> assertThat(r.id()).isEqualTo(created.id()));
  }

  @Test
  void resultsAreSyncedForUsersAndExternalPeopleAndResyncingChangesNothing() {
    ActigoSimulator sim = sim(20);
    ActigoClient actigo = client(sim);
    ActigoRegistration runner = actigo.registrationList(RegistrationsParams.of(sim.activityId())).get(0);
    List<ActigoResult> results = List.of(
        ActigoResult.builder().category("M40").person(SyncPerson.actigoUser(runner.person().id().orElseThrow()))
            .position(1).positionByCategory(1).positionBySex(1).startNumber("0001").time(Duration.ofMinutes(10))
            .addSplitTime(SplitTime.ofKilometres(2.5, Instant.parse("2025-05-10T08:05:01Z")))
            .addSplitTime(SplitTime.ofKilometres(5, Instant.parse("2025-05-10T08:10:00Z")))
            .build(),
        ActigoResult.builder().category("Z30")
            .person(SyncPerson.builder().givenName("Lucie").surname("Horáková").sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1992, 4, 18)).country("CZ").build())
            .position(2).positionByCategory(1).positionBySex(1).startNumber("0042").time(Duration.ofMillis(612_345))
            .build());

    SyncReport<ActigoResult, SyncedResult> first = actigo.syncResults(SyncResultsParams.of(sim.activityId(), results));
    SyncReport<ActigoResult, SyncedResult> second = actigo.syncResults(SyncResultsParams.of(sim.activityId(), results));

    assertThat(first.isComplete()).isTrue();
    assertThat(first.results()).extracting(r -> r.syncResultType().orElseThrow())
        .containsExactly(SyncResultType.CREATED, SyncResultType.CREATED);
    assertThat(first.item(0).result().orElseThrow().person().orElseThrow().id()).isEqualTo(runner.person().id());
    assertThat(second.results()).extracting(r -> r.syncResultType().orElseThrow())
        .containsExactly(SyncResultType.UNCHANGED, SyncResultType.UNCHANGED);
    assertThat(sim.results(sim.activityId())).hasSize(2);
    dev.racereg.testkit.actigo.ActigoResultRow stored = sim.results(sim.activityId()).get(0);
    assertThat(stored.timeMillis()).isEqualTo(600_000L);
    assertThat(stored.startNumber()).isEqualTo("0001");
    assertThat(stored.category()).isEqualTo("M40");
    assertThat(stored.splitTimes()).extracting(dev.racereg.testkit.actigo.ActigoResultRow.SplitTimeRow::distanceKm)
        .containsExactly(2.5, 5.0);
  }

  @Test
  void aFailingMiddleChunkIsReportedAndItsItemsCanBeResentSafely() {
    ActigoSimulator sim = sim(60);
    ActigoClient actigo = client(sim);
    List<ActigoRegistration> all = actigo.registrationList(RegistrationsParams.of(sim.activityId()));
    List<RegistrationSyncItem> items = all.subList(0, 30).stream()
        .map(r -> r.toSyncItem().toBuilder().startNumber("5" + r.id().substring(20)).build()).toList();
    String middle = items.get(12).id().orElseThrow();
    sim.faults().when(r -> r.method().equals("PUT") && r.bodyText().contains(middle),
        Fault.status(400, "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"injected\"}"), 1);

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = actigo.syncRegistrations(
        SyncRegistrationsParams.builder().activityId(sim.activityId()).items(items).chunkSize(10).build());

    assertThat(report.failure()).get().isInstanceOf(BadRequestException.class);
    assertThat(report.applied()).hasSize(10);
    assertThat(report.notApplied()).hasSize(20);
    for (SyncReport.Item<RegistrationSyncItem, ActigoRegistration> item : report.items()) {
      String held = sim.registration(sim.activityId(), item.input().id().orElseThrow()).orElseThrow().startNumber();
      if (item.status() == SyncReport.Status.APPLIED) {
        assertThat(held).isEqualTo(item.input().startNumber().orElseThrow());
      } else {
        assertThat(held).isNotEqualTo(item.input().startNumber().orElseThrow());
      }
    }

    List<RegistrationSyncItem> retry = report.notApplied().stream().map(SyncReport.Item::input).toList();
    assertThat(actigo.syncRegistrations(SyncRegistrationsParams.builder().activityId(sim.activityId())
        .items(retry).chunkSize(10).build()).isComplete()).isTrue();
    assertThat(items).allSatisfy(i -> assertThat(sim.registration(sim.activityId(), i.id().orElseThrow())
        .orElseThrow().startNumber()).isEqualTo(i.startNumber().orElseThrow()));
  }

  @Test
  void keysAndActivitiesAreCheckedByThePlatform() {
    ActigoSimulator sim = sim(5);
    RegistrationsParams params = RegistrationsParams.of(sim.activityId());
    ActigoClient wrongSecret = ActigoClient.builder().credentials(ActigoCredentials.of(sim.credentials().keyName(), "not-the-secret"))
        .options(test.options(sim.baseUrl())).build();
    ActigoClient outsider = ActigoClient.builder().credentials(ActigoCredentials.of(sim.credentials().nonMemberKeyName(), sim.credentials().nonMemberKeySecret()))
        .options(test.options(sim.baseUrl())).build();

    assertThatThrownBy(() -> wrongSecret.registrationList(params)).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> outsider.registrationsCsv(params)).isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("not a member");
    assertThatThrownBy(() -> client(sim).registrationList(RegistrationsParams.of("0123456789abcdef01234567")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("not found");
    assertThat(test.log.all()).doesNotContain(sim.credentials().keySecret()).doesNotContain(sim.credentials().nonMemberKeySecret());
  }
}
