package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.model.Money;
import dev.racereg.core.testing.TestOptions;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Native models: every documented field typed, unknown values and fields kept, open enums round-tripping. */
class ActigoModelsTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private List<ActigoRegistration> download() {
    server.enqueue(Fixtures.fixture("registrations.json"));
    return Fixtures.client(server, test).registrationList(RegistrationsParams.of(ACTIVITY));
  }

  @Test
  void anUnknownStateParsesKeepsItsSpellingAndIsSentBackUnchanged() throws Exception {
    ActigoRegistration waitlisted = download().get(3);
    assertThat(waitlisted.state().value()).isEqualTo("Waitlisted");
    assertThat(waitlisted.state().isKnown()).isFalse();
    assertThat(waitlisted.state()).isEqualTo(RegistrationState.of("Waitlisted"));
    server.takeRequest();

    server.enqueue(Fixtures.json(200, "[]"));
    Fixtures.client(server, test).syncRegistrations(SyncRegistrationsParams.of(ACTIVITY, List.of(waitlisted.toSyncItem())));
    assertThat(Fixtures.tree(server.takeRequest().getBody().utf8()).get(0).get("state").asText()).isEqualTo("Waitlisted");

    String csv = RegistrationsCsv.format(List.of(waitlisted.toSyncItem()));
    assertThat(csv).contains("638f0c90c5eaf533c891fcaa,Waitlisted,,");
    assertThat(RegistrationsCsv.parse(csv).registrations().get(0).state()).isEqualTo(waitlisted.state());
  }

  @Test
  void unknownFieldsAreKeptOnRegistrationAndPerson() {
    ActigoRegistration eva = download().get(3);
    assertThat(eva.unknownFields()).containsOnlyKeys("teamName");
    assertThat(eva.unknownFields().get("teamName").asText()).isEqualTo("Běžci Brno");
    assertThat(eva.person().unknownFields().get("club").asText()).isEqualTo("AK Praha");
    // the map handed out is a copy: changing it cannot change the model
    ((com.fasterxml.jackson.databind.node.ObjectNode) Fixtures.tree("{}")).set("x", eva.unknownFields().get("teamName"));
    assertThat(eva.unknownFields().get("teamName").asText()).isEqualTo("Běžci Brno");
  }

  @Test
  void unknownFieldsSurviveToBuilderAndCountInEquality() {
    ActigoRegistration eva = download().get(3);
    ActigoRegistration copy = eva.toBuilder().build();
    assertThat(copy).isEqualTo(eva);
    assertThat(copy.unknownFields()).isEqualTo(eva.unknownFields());
    assertThat(copy.person().toBuilder().build().unknownFields()).containsOnlyKeys("club");
    assertThat(eva.toBuilder().unknownFields(java.util.Map.of()).build()).isNotEqualTo(eva);
  }

  @Test
  void aSyncedResultKeepsItsUnknownMembers() {
    SyncedResult answer = SyncedResult.fromJson(Fixtures.tree(
        "{\"id\":\"63947a10c5eaf533c8920001\",\"syncResultType\":\"Created\",\"rank\":3}"), "answer[0]");
    assertThat(answer.unknownFields()).containsOnlyKeys("rank");
    assertThat(answer.unknownFields().get("rank").asInt()).isEqualTo(3);
    assertThat(answer.syncResultType()).contains(SyncResultType.CREATED);
    assertThat(answer.person()).isEmpty();
  }

  @Test
  void knownEnumsAreTheirConstants() {
    assertThat(RegistrationState.of("New")).isSameAs(RegistrationState.NEW);
    assertThat(RegistrationState.of("Cancelled").isKnown()).isTrue();
    assertThat(SyncResultType.of("Skipped")).isSameAs(SyncResultType.SKIPPED);
    assertThat(SyncResultType.of("Deleted").holdsSentValues()).isFalse();
    assertThat(SyncResultType.of("Merged").isKnown()).isFalse();
    assertThat(Sex.of("Female")).isSameAs(Sex.FEMALE);
    assertThat(Sex.of("Other").value()).isEqualTo("Other");
  }

  @Test
  void amountsAreHundredthsOfTheCurrency() {
    assertThat(download()).extracting(r -> r.amount().orElseThrow()).containsExactly(
        Money.ofMinor(85000, "CZK"), Money.ofMinor(85000, "CZK"), Money.ofMinor(0, "CZK"), Money.ofMinor(99950, "CZK"));
    assertThat(ActigoInferred.money(85000, "CZK").toString()).isEqualTo("850.00 CZK");
    assertThat(ActigoInferred.money(150000, "JPY").toString()).isEqualTo("1500 JPY");
    assertThat(ActigoInferred.money(1250, "KWD").toString()).isEqualTo("12.500 KWD");
  }

  @Test
  void birthDatesAreDatesWhetherTheyArriveAsInstantsOrDates() {
    String json = "{\"id\":\"%s\",\"state\":\"New\",\"person\":{\"birthDate\":\"%s\"}}";
    assertThat(birth(json, "1975-11-27T00:00:00Z")).isEqualTo(LocalDate.of(1975, 11, 27));
    assertThat(birth(json, "1975-11-27T00:00:00.000+00:00")).isEqualTo(LocalDate.of(1975, 11, 27));
    assertThat(birth(json, "1975-11-27")).isEqualTo(LocalDate.of(1975, 11, 27));
    // a Central European midnight stored in UTC is still the 27th
    assertThat(birth(json, "1975-11-26T23:00:00Z")).isEqualTo(LocalDate.of(1975, 11, 27));
    assertThatThrownBy(() -> birth(json, "27.11.1975")).isInstanceOf(DecodingException.class)
        .hasMessageContaining("r.person.birthDate").hasMessageContaining("27.11.1975");
  }

  private static LocalDate birth(String template, String value) {
    return ActigoRegistration.fromJson(Fixtures.tree(String.format(template, Fixtures.REGISTRATION, value)), "r")
        .person().birthDate().orElseThrow();
  }

  @Test
  void wrongTypesAreDecodingExceptionsNamingTheField() {
    assertThatThrownBy(() -> ActigoRegistration.fromJson(Fixtures.tree(
        "{\"id\":\"a\",\"state\":\"New\",\"person\":{},\"amount\":{\"value\":\"lots\",\"currency\":\"CZK\"}}"), "r"))
        .isInstanceOf(DecodingException.class).hasMessageContaining("r.amount.value");
    assertThatThrownBy(() -> ActigoRegistration.fromJson(Fixtures.tree(
        "{\"id\":\"a\",\"state\":\"New\",\"person\":{},\"amount\":{\"value\":1,\"currency\":\"XX\"}}"), "r"))
        .isInstanceOf(DecodingException.class).hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> ActigoRegistration.fromJson(Fixtures.tree("{\"state\":\"New\",\"person\":{}}"), "r"))
        .isInstanceOf(DecodingException.class).hasMessageContaining("r.id: missing");
    assertThatThrownBy(() -> ActigoRegistration.fromJson(Fixtures.tree("{\"id\":\"a\",\"state\":\"New\"}"), "r"))
        .isInstanceOf(DecodingException.class).hasMessageContaining("r.person: missing");
    assertThatThrownBy(() -> ActigoRegistration.fromJson(Fixtures.tree(
        "{\"id\":\"a\",\"state\":{\"x\":1},\"person\":{}}"), "r"))
        .isInstanceOf(DecodingException.class).hasMessageContaining("r.state");
    assertThatThrownBy(() -> ActigoRegistration.fromJson(Fixtures.tree("[1]"), "r"))
        .isInstanceOf(DecodingException.class).hasMessageContaining("expected a JSON object");
  }

  @Test
  void aStartNumberSentAsANumberIsReadAsText() {
    ActigoRegistration r = ActigoRegistration.fromJson(Fixtures.tree(
        "{\"id\":\"a\",\"state\":\"New\",\"startNumber\":17,\"person\":{}}"), "r");
    assertThat(r.startNumber()).contains("17");
  }

  @Test
  void aDownloadedRegistrationBecomesASyncItemThatChangesNothing() {
    ActigoRegistration kate = download().get(1);
    RegistrationSyncItem item = kate.toSyncItem();
    assertThat(item.id()).contains("638f0a11c5eaf533c891fc02");
    assertThat(item.state()).contains(RegistrationState.NEW);
    assertThat(item.startNumber()).isEmpty();
    SyncPerson p = item.person().orElseThrow();
    assertThat(p.id()).contains("6303b0110f8fc8574e68d7a1");
    assertThat(p.givenName()).contains("Kateřina");
    assertThat(p.middleName()).contains("Anna");
    assertThat(p.surname()).contains("Nováková");
    assertThat(p.sex()).contains(Sex.FEMALE);
    assertThat(p.birthDate()).contains(LocalDate.of(1988, 3, 5));
    assertThat(p.country()).isEmpty();
    assertThat(item.toBuilder().startNumber("0042").build().startNumber()).contains("0042");
  }

  @Test
  void modelsAreValuesAndPrintNoPersonalDetailsBeyondTheName() {
    List<ActigoRegistration> a = download();
    assertThat(a.get(0)).isEqualTo(a.get(0).toBuilder().build()).hasSameHashCodeAs(a.get(0).toBuilder().build());
    assertThat(a.get(0)).isNotEqualTo(a.get(0).toBuilder().startNumber("0002").build());
    assertThat(a.get(0).toString()).contains("638f0763c5eaf533c891fb76", "Confirmed", "0001", "Martin Dufek")
        .doesNotContain("1975");
  }
}
