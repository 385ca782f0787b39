package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static dev.racereg.actigo.Fixtures.PERSON;
import static dev.racereg.actigo.Fixtures.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.model.Money;
import dev.racereg.core.testing.TestOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The exact request Actigo receives for each of the five operations, and what the answer becomes. */
class ActigoWireTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private ActigoClient client() {
    return Fixtures.client(server, test);
  }

  private static void assertCommon(RecordedRequest r, String method, String target) {
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getTarget()).isEqualTo(target);
    assertThat(r.getUrl().query()).isNull();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(Fixtures.BASIC);
    assertThat(r.getHeaders().get("User-Agent")).startsWith("racereg-java/");
  }

  @Test
  void downloadJsonIsAnAuthenticatedGetOfTheActivityPath() throws Exception {
    server.enqueue(Fixtures.fixture("registrations.json"));

    List<ActigoRegistration> list = client().registrationList(RegistrationsParams.of(ACTIVITY));

    RecordedRequest r = server.takeRequest();
    assertCommon(r, "GET", Fixtures.REGISTRATIONS_PATH);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getBody()).isNull();
    assertThat(list).extracting(ActigoRegistration::id).containsExactly(REGISTRATION,
        "638f0a11c5eaf533c891fc02", "638f0b7ec5eaf533c891fc5d", "638f0c90c5eaf533c891fcaa");
    ActigoRegistration martin = list.get(0);
    assertThat(martin.created()).contains(Instant.parse("2022-12-06T09:12:03.701Z"));
    assertThat(martin.code()).contains("RGZ196");
    assertThat(martin.state()).isEqualTo(RegistrationState.CONFIRMED);
    assertThat(martin.startNumber()).contains("0001");
    assertThat(martin.amount()).contains(Money.ofMajor(new BigDecimal("850.00"), "CZK"));
    assertThat(martin.syncResultType()).isEmpty();
    ActigoPerson p = martin.person();
    assertThat(p.id()).contains(PERSON);
    assertThat(p.profilePublic()).contains(true);
    assertThat(p.givenName()).contains("Martin");
    assertThat(p.middleName()).isEmpty();
    assertThat(p.surname()).contains("Dufek");
    assertThat(p.sex()).contains(Sex.MALE);
    assertThat(p.birthDate()).contains(LocalDate.of(1975, 11, 27));
    assertThat(p.language()).contains("cs");
    assertThat(p.nickname()).contains("martin.dufek");
    assertThat(p.country()).contains("CZ");
    assertThat(p.name()).contains("Martin Dufek");
    assertThat(p.ref()).contains("martin.dufek");
    assertThat(list.get(1).startNumber()).isEmpty();
    assertThat(list.get(1).person().sex()).contains(Sex.FEMALE);
  }

  @Test
  void downloadCsvAsksForCsvAndParsesTheSameRows() throws Exception {
    server.enqueue(Fixtures.fixture("registrations.csv"));

    RegistrationsCsv csv = client().registrationsCsv(RegistrationsParams.of(ACTIVITY));

    RecordedRequest r = server.takeRequest();
    assertCommon(r, "GET", Fixtures.REGISTRATIONS_CSV_PATH);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("text/csv");
    assertThat(r.getBody()).isNull();
    assertThat(csv.columns()).isEqualTo(RegistrationsCsv.HEADER);
    assertThat(csv.size()).isEqualTo(4);
    assertThat(csv.rows().get(3)).containsExactly(
        java.util.Map.entry("registration.id", "638f0c90c5eaf533c891fcaa"),
        java.util.Map.entry("registration.state", "Waitlisted"),
        java.util.Map.entry("registration.startNumber", ""),
        java.util.Map.entry("person.id", "6303b3330f8fc8574e68d9c3"),
        java.util.Map.entry("person.givenName", "Eva"),
        java.util.Map.entry("person.middleName", ""),
        java.util.Map.entry("person.surname", "Dvořák, ml."),
        java.util.Map.entry("person.sex", "Female"),
        java.util.Map.entry("person.birthDate", "1990-07-14"));
    ActigoRegistration martin = csv.registrations().get(0);
    assertThat(martin.id()).isEqualTo(REGISTRATION);
    assertThat(martin.startNumber()).contains("0001");
    assertThat(martin.person().birthDate()).contains(LocalDate.of(1975, 11, 27));
    assertThat(martin.amount()).isEmpty();
  }

  @Test
  void syncJsonSendsTheDocsRequestExampleAndReadsItsAnswer() throws Exception {
    server.enqueue(Fixtures.fixture("sync-registrations-response.json"));
    RegistrationSyncItem item = RegistrationSyncItem.builder().id(REGISTRATION).startNumber("0001")
        .person(SyncPerson.actigoUser(PERSON)).build();

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = client().syncRegistrations(
        SyncRegistrationsParams.of(ACTIVITY, List.of(item)));

    RecordedRequest r = server.takeRequest();
    assertCommon(r, "PUT", Fixtures.REGISTRATIONS_PATH);
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(Fixtures.tree(r.getBody().utf8())).isEqualTo(Fixtures.tree(Fixtures.read("sync-registrations-request.json")));
    assertThat(report.isComplete()).isTrue();
    ActigoRegistration answer = report.item(0).result().orElseThrow();
    assertThat(answer.syncResultType()).contains(SyncResultType.UPDATED);
    assertThat(answer.startNumber()).contains("0001");
    assertThat(answer.amount()).contains(Money.ofMinor(85000, "CZK"));
    assertThat(answer.amount().orElseThrow().toString()).isEqualTo("850.00 CZK");
  }

  @Test
  void anExternalRegistrationIsSentWithItsPersonAndABirthDateInstant() throws Exception {
    server.enqueue(Fixtures.json(200, "[]"));
    RegistrationSyncItem external = RegistrationSyncItem.builder()
        .state(RegistrationState.CONFIRMED)
        .startNumber("0100")
        .person(SyncPerson.builder().givenName("Lucie").middleName("Marie").surname("Horáková")
            .sex(Sex.FEMALE).birthDate(LocalDate.of(1992, 4, 18)).build())
        .build();

    client().syncRegistrations(SyncRegistrationsParams.of(ACTIVITY, List.of(external)));

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("[{\"state\":\"Confirmed\",\"startNumber\":\"0100\","
        + "\"person\":{\"givenName\":\"Lucie\",\"middleName\":\"Marie\",\"surname\":\"Horáková\",\"sex\":\"Female\","
        + "\"birthDate\":\"1992-04-18T00:00:00Z\"}}]");
  }

  @Test
  void syncCsvSendsTheDocsCsvExampleExactlyAndReadsItsAnswer() throws Exception {
    server.enqueue(Fixtures.fixture("sync-registrations-response.csv"));
    RegistrationSyncItem row = RegistrationSyncItem.builder().id(REGISTRATION)
        .state(RegistrationState.CONFIRMED).startNumber("0002")
        .person(SyncPerson.builder().id(PERSON).givenName("Martin").surname("Dufek").sex(Sex.MALE)
            .birthDate(LocalDate.of(1975, 11, 27)).build())
        .build();

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = client().syncRegistrationsCsv(
        SyncRegistrationsParams.of(ACTIVITY, List.of(row)));

    RecordedRequest r = server.takeRequest();
    assertCommon(r, "PUT", Fixtures.REGISTRATIONS_CSV_PATH);
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("text/csv");
    assertThat(r.getBody().utf8()).isEqualTo(Fixtures.read("sync-registrations-request.csv"));
    assertThat(r.getBody().utf8()).startsWith("registration.id,registration.state,registration.startNumber,"
        + "person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate\n");
    SyncReport.Item<RegistrationSyncItem, ActigoRegistration> item = report.item(0);
    assertThat(item.status()).isEqualTo(SyncReport.Status.APPLIED);
    // the doc's answer holds 0003 for an upload of 0002: reported as Actigo said, not corrected
    assertThat(item.result().orElseThrow().startNumber()).contains("0003");
    assertThat(item.result().orElseThrow().syncResultType()).isEmpty();
  }

  @Test
  void syncResultsSendsEveryDocumentedFieldAndReadsTheAnswerPerResult() throws Exception {
    server.enqueue(Fixtures.fixture("sync-results-response.json"));
    ActigoResult user = ActigoResult.builder()
        .category("M40")
        .person(SyncPerson.actigoUser(PERSON))
        .position(1).positionByCategory(1).positionBySex(1)
        .startNumber("0001")
        .time(Duration.ofMinutes(10))
        .addSplitTime(new SplitTime(new BigDecimal("2.5"), Instant.parse("2022-12-10T09:05:01Z")))
        .addSplitTime(SplitTime.ofKilometres(5, Instant.parse("2022-12-10T09:10:00Z")))
        .build();
    ActigoResult external = ActigoResult.builder()
        .category("Z30")
        .person(SyncPerson.builder().givenName("Lucie").middleName("Marie").surname("Horáková")
            .sex(Sex.FEMALE).birthDate(LocalDate.of(1992, 4, 18)).country("CZ").build())
        .position(2).positionByCategory(1).positionBySex(1)
        .startNumber("0042")
        .time(Duration.ofMillis(612_345).plusNanos(999_999))
        .build();

    SyncReport<ActigoResult, SyncedResult> report = client().syncResults(
        SyncResultsParams.of(ACTIVITY, List.of(user, external)));

    RecordedRequest r = server.takeRequest();
    assertCommon(r, "PUT", Fixtures.RESULTS_PATH);
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(Fixtures.tree(r.getBody().utf8())).isEqualTo(Fixtures.tree(Fixtures.read("sync-results-request.json")));
    assertThat(r.getBody().utf8()).contains("\"time\":600000", "\"time\":612345", "\"distance\":2.5",
        "\"distance\":5,");
    assertThat(report.isComplete()).isTrue();
    assertThat(report.results()).extracting(s -> s.id().orElseThrow())
        .containsExactly("63947a10c5eaf533c8920001", "63947a10c5eaf533c8920002");
    assertThat(report.item(1).result().orElseThrow().person().orElseThrow().id()).contains("63947a0fc5eaf533c891ffff");
    assertThat(report.item(1).result().orElseThrow().syncResultType()).contains(SyncResultType.CREATED);
  }

  @Test
  void noItemsSendNothing() {
    assertThat(client().syncRegistrations(SyncRegistrationsParams.of(ACTIVITY, List.of())).size()).isZero();
    assertThat(client().syncRegistrationsCsv(SyncRegistrationsParams.of(ACTIVITY, List.of())).isComplete()).isTrue();
    assertThat(client().syncResults(SyncResultsParams.of(ACTIVITY, List.of())).chunks()).isZero();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRetryableFailureOfASyncIsRetriedBecauseTheSyncIsIdempotent() throws Exception {
    server.enqueue(Fixtures.json(503, "{\"message\":\"maintenance\"}"));
    server.enqueue(Fixtures.json(200, Fixtures.answer("Updated", REGISTRATION, "0007")));

    SyncReport<RegistrationSyncItem, ActigoRegistration> report = client().syncRegistrations(
        SyncRegistrationsParams.of(ACTIVITY, List.of(RegistrationSyncItem.startNumber(REGISTRATION, "0007"))));

    assertThat(report.isComplete()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(test.sleeper.sleeps()).hasSize(1);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(server.takeRequest().getBody().utf8());
  }
}
