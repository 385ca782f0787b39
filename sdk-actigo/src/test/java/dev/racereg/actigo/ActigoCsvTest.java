package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.TestOptions;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV path: parsing, writing, and the download-edit-upload round trip against the JSON path. */
class ActigoCsvTest {

  private static final String HEADER = String.join(",", RegistrationsCsv.HEADER);

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  @Test
  void csvRowsEqualTheJsonRowsForTheColumnsCsvCarries() {
    List<ActigoRegistration> json = RegistrationsCsvTestData.json();
    List<ActigoRegistration> csv = RegistrationsCsv.parse(Fixtures.read("registrations.csv")).registrations();

    assertThat(csv).hasSameSizeAs(json);
    for (int i = 0; i < json.size(); i++) {
      assertThat(csv.get(i)).isEqualTo(RegistrationsCsvTestData.csvColumnsOnly(json.get(i)));
      assertThat(csv.get(i).toSyncItem()).isEqualTo(json.get(i).toSyncItem());
    }
  }

  @Test
  void downloadEditUploadSendsTheSameChangeAsTheJsonPath() throws Exception {
    ActigoClient client = Fixtures.client(server, test);
    server.enqueue(Fixtures.fixture("registrations.csv"));
    server.enqueue(Fixtures.fixture("registrations.json"));
    RegistrationsCsv csv = client.registrationsCsv(RegistrationsParams.of(ACTIVITY));
    List<ActigoRegistration> json = client.registrationList(RegistrationsParams.of(ACTIVITY));
    server.takeRequest();
    server.takeRequest();

    // the same edit both ways: give Kateřina (New, no number) start number 0100
    List<RegistrationSyncItem> viaCsv = csv.registrations().stream()
        .map(r -> r.id().equals("638f0a11c5eaf533c891fc02") ? r.toSyncItem().toBuilder().startNumber("0100").build() : r.toSyncItem())
        .toList();
    List<RegistrationSyncItem> viaJson = json.stream()
        .map(r -> r.id().equals("638f0a11c5eaf533c891fc02") ? r.toSyncItem().toBuilder().startNumber("0100").build() : r.toSyncItem())
        .toList();
    assertThat(viaCsv).isEqualTo(viaJson);

    server.enqueue(Fixtures.csv(200, RegistrationsCsv.format(viaCsv)));
    server.enqueue(Fixtures.json(200, "[]"));
    SyncReport<RegistrationSyncItem, ActigoRegistration> csvReport =
        client.syncRegistrationsCsv(SyncRegistrationsParams.of(ACTIVITY, viaCsv));
    client.syncRegistrations(SyncRegistrationsParams.of(ACTIVITY, viaJson));

    String sentCsv = server.takeRequest().getBody().utf8();
    String sentJson = server.takeRequest().getBody().utf8();
    // every file row but the edited one is byte for byte what was downloaded
    String downloaded = Fixtures.read("registrations.csv");
    assertThat(sentCsv).isEqualTo(downloaded.replace("638f0a11c5eaf533c891fc02,New,,", "638f0a11c5eaf533c891fc02,New,0100,"));
    // and the CSV upload, read back, is the JSON upload
    List<RegistrationSyncItem> csvSent = RegistrationsCsv.parse(sentCsv).toSyncItems();
    assertThat(RegistrationsCsvTestData.syncItemsOf(Fixtures.tree(sentJson))).isEqualTo(csvSent);
    assertThat(csvReport.item(1).result().orElseThrow().startNumber()).contains("0100");
  }

  @Test
  void writingQuotesOnlyWhatNeedsIt() {
    RegistrationSyncItem external = RegistrationSyncItem.builder()
        .state(RegistrationState.CONFIRMED)
        .person(SyncPerson.builder().givenName("Anna \"Ája\"").surname("Dvořák, ml.").sex(Sex.FEMALE)
            .birthDate(LocalDate.of(2000, 1, 2)).build())
        .build();
    assertThat(RegistrationsCsv.format(List.of(external))).isEqualTo(HEADER + "\n"
        + ",Confirmed,,,\"Anna \"\"Ája\"\"\",,\"Dvořák, ml.\",Female,2000-01-02\n");

    RegistrationSyncItem echoed = external.toBuilder().id(Fixtures.REGISTRATION).build();
    RegistrationsCsv back = RegistrationsCsv.parse(RegistrationsCsv.format(List.of(echoed)));
    assertThat(back.rows().get(0).get("person.givenName")).isEqualTo("Anna \"Ája\"");
    assertThat(back.toSyncItems()).containsExactly(echoed);
  }

  @Test
  void aCountryCannotTravelAsCsvAndIsRefusedBeforeSending() {
    RegistrationSyncItem item = RegistrationSyncItem.builder()
        .person(SyncPerson.builder().givenName("A").surname("B").sex(Sex.MALE).birthDate(LocalDate.of(2000, 1, 2))
            .country("CZ").build())
        .build();
    assertThatThrownBy(() -> Fixtures.client(server, test).syncRegistrationsCsv(
        SyncRegistrationsParams.of(ACTIVITY, List.of(RegistrationSyncItem.startNumber(Fixtures.REGISTRATION, "1"), item))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("items[1].person.country"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unknownColumnsAreKeptInRowsAndTypedExtras() {
    RegistrationsCsv csv = RegistrationsCsv.parse(HEADER + ",registration.code,person.club,note\n"
        + "638f0763c5eaf533c891fb76,Confirmed,0002,6303aec90f8fc8574e68d664,Martin,,Dufek,Male,1975-11-27,RGZ196,AK Praha,vip\n");
    assertThat(csv.columns()).endsWith("registration.code", "person.club", "note");
    assertThat(csv.rows().get(0).get("note")).isEqualTo("vip");
    ActigoRegistration r = csv.registrations().get(0);
    assertThat(r.code()).contains("RGZ196");
    assertThat(r.person().unknownFields().get("club").asText()).isEqualTo("AK Praha");
    assertThat(r.unknownFields().get("note").asText()).isEqualTo("vip");
  }

  @Test
  void aByteOrderMarkAndCrLfLinesAreAccepted() {
    RegistrationsCsv csv = RegistrationsCsv.parse("\uFEFF" + HEADER + "\r\n"
        + "638f0763c5eaf533c891fb76,Confirmed,0002,6303aec90f8fc8574e68d664,Martin,,Dufek,Male,1975-11-27\r\n");
    assertThat(csv.registrations()).singleElement().satisfies(r -> assertThat(r.startNumber()).contains("0002"));
  }

  @Test
  void aHeaderOnlyIsAnEmptyActivity() {
    assertThat(RegistrationsCsv.parse(HEADER + "\n").registrations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   \n",
      "<!DOCTYPE html><html><head><title>Actigo</title></head><body>Přihlášení</body></html>",
      "[{\"id\":\"638f0763c5eaf533c891fb76\"}]",
      "registration.id,registration.state\n638f0763c5eaf533c891fb76,Confirmed\n",
      "registration.id,registration.state,registration.startNumber,person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate\n638f0763c5eaf533c891fb76,Confirmed,0002\n",
      "registration.id,registration.state,registration.startNumber,person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate\n638f0763c5eaf533c891fb76,Confirmed,0002,6303aec90f8fc8574e68d664,Martin,,Dufek,Male,1975-11-27,extra\n",
      "registration.id,registration.state,registration.startNumber,person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate\n638f0763c5eaf533c891fb76,Confirmed,0002,6303aec90f8fc8574e68d664,\"Martin,,Dufek,Male,1975-11-27\n",
      "registration.id,registration.state,registration.startNumber,person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate\n638f0763c5eaf533c891fb76,Confirmed,0002,6303aec90f8fc8574e68d664,Martin,,Dufek,Male,27.11.1975\n",
      "registration.id,registration.state,registration.startNumber,person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate\n,Confirmed,0002,6303aec90f8fc8574e68d664,Martin,,Dufek,Male,1975-11-27\n",
      "registration.id,registration.id,registration.state,registration.startNumber,person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate\n",
  })
  void malformedCsvIsADecodingException(String body) {
    assertThatThrownBy(() -> RegistrationsCsv.parse(body)).isInstanceOf(DecodingException.class);
  }

  @Test
  void malformedCsvFromTheServerIsADecodingExceptionToo() {
    server.enqueue(Fixtures.csv(200, HEADER + "\n638f0763c5eaf533c891fb76,Confirmed,0002,\"unclosed\n"));
    server.enqueue(Fixtures.csv(200, "<html><title>Maintenance</title></html>"));
    ActigoClient client = Fixtures.client(server, test);
    assertThatThrownBy(() -> client.registrationsCsv(RegistrationsParams.of(ACTIVITY)))
        .isInstanceOf(DecodingException.class).hasMessageContaining("malformed CSV");
    assertThatThrownBy(() -> client.registrationsCsv(RegistrationsParams.of(ACTIVITY)))
        .isInstanceOf(DecodingException.class).hasMessageContaining("header lacks");
  }
}
