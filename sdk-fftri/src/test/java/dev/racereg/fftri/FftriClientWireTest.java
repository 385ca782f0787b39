package dev.racereg.fftri;

import static dev.racereg.fftri.Fixtures.API_KEY;
import static dev.racereg.fftri.Fixtures.TOKEN;
import static dev.racereg.fftri.Fixtures.json;
import static dev.racereg.fftri.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.racereg.core.model.Money;
import dev.racereg.core.testing.TestOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact wire format of every operation, answered with the doc's own examples. */
class FftriClientWireTest {

  @StartStop
  final MockWebServer server = Fixtures.fastServer();

  private final TestOptions t = new TestOptions();
  private FftriClient client;

  @BeforeEach
  void setUp() {
    client = Fixtures.client(server, t);
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  private static void assertHeaders(RecordedRequest r, boolean token) {
    assertThat(r.getHeaders().get("X-USER")).isEqualTo("username");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(API_KEY); // raw key, no scheme word
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(r.getHeaders().get("X-Auth-Token")).isEqualTo(token ? TOKEN : null);
  }

  private static void assertNoBody(RecordedRequest r) {
    assertThat(r.getBodySize()).isZero();
  }

  @Test
  void ping() throws Exception {
    server.enqueue(json(read("ping.json")));

    PingResult ping = client.ping();

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/ping");
    assertHeaders(r, false);
    assertNoBody(r);
    assertThat(ping.name()).contains("Votre nom");
    assertThat(ping.time().orElseThrow().toZonedDateTime())
        .contains(ZonedDateTime.of(2017, 9, 13, 8, 11, 25, 0, ZoneOffset.UTC).withZoneSameInstant(java.time.ZoneId.of("UTC")));
    assertThat(ping.time().orElseThrow().timezoneType()).contains(3);
  }

  @Test
  void seasonsKeepTheirIdsAndOrder() throws Exception {
    server.enqueue(json(read("seasons.json")));

    List<Season> seasons = client.seasons();

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/seasons");
    assertHeaders(r, false);
    assertThat(seasons).extracting(Season::id).containsExactly(2L, 6L, 7L, 8L, 9L, 10L);
    Season s2018 = seasons.get(5);
    assertThat(s2018.name()).contains("2018");
    assertThat(s2018.startDate()).contains(LocalDate.of(2018, 1, 1));
    assertThat(s2018.endDate()).contains(LocalDate.of(2018, 12, 31));
    assertThat(s2018.contains(LocalDate.of(2018, 6, 1))).isTrue();
  }

  @Test
  void clubsOfASeason() throws Exception {
    server.enqueue(json(read("clubs.json")));

    List<ClubSummary> clubs = client.clubs(ClubsParams.builder().seasonId(10).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/clubs/10");
    assertHeaders(r, false);
    assertThat(clubs).extracting(ClubSummary::id, ClubSummary::name).containsExactly(
        tuple(1063L, "A.A.S. FRESNES TRIATHLON"),
        tuple(30088L, "A.C.ORANGE"),
        tuple(1123L, "A.S. CORBEIL-ESSONNES TRIATHLON"),
        tuple(13036L, "A.S. LIBOURNE TRIATHLON"),
        tuple(10023L, "A.S. MONACO TRIATHLON"));
  }

  @Test
  void club() throws Exception {
    server.enqueue(json(read("club.json")));

    Club club = client.club(1001);

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/club/1001");
    assertHeaders(r, false);
    assertThat(club.id()).contains(1001L);
    assertThat(club.name()).contains("TRINOSAURE");
    assertThat(club.address()).contains("2 RUE HUBERT MOUCHEL ");
    assertThat(club.zip()).contains("78130");
    assertThat(club.city()).contains("LES MUREAUX");
    assertThat(club.phone()).contains("01 30 99 74 52");
    assertThat(club.mobile()).contains("06 08 73 79 54");
    assertThat(club.email()).contains("nassera.moumene@gmail.com");
    assertThat(club.website()).contains("http://trinosaurelesmureaux.fr/");
    assertThat(club.latitude()).contains(new BigDecimal("48.98595"));
    assertThat(club.longitude()).contains(new BigDecimal("1.9242345"));
    assertThat(club.league()).contains("ILE DE FRANCE");
    assertThat(club.excellenceYoung()).contains(true);
    assertThat(club.healthSport()).contains(false);
    assertThat(club.schoolLabelStars()).contains(3);
    assertThat(club.schoolLabelRaidStars()).contains(1);
    assertThat(club.labelSeason()).contains("2020");
    assertThat(club.championships()).containsExactly(
        ClubChampionship.parse("M_Duathlon_D1"), ClubChampionship.parse("F_Triathlon_D1"));
    assertThat(club.championships()).extracting(c -> c.sex().orElseThrow(), c -> c.discipline().orElseThrow(),
        c -> c.level().orElseThrow()).containsExactly(tuple("M", "Duathlon", "D1"), tuple("F", "Triathlon", "D1"));
    assertThat(club.championships().get(1).gender()).contains(FftriGender.FEMALE);
    assertThat(club.unknownFields()).isEmpty();
  }

  @Test
  void ageCategories() throws Exception {
    server.enqueue(json(read("age-categories.json")));

    List<AgeCategory> categories = client.ageCategories(AgeCategoriesParams.builder().seasonId(10).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/age-categories/10");
    assertHeaders(r, false);
    assertThat(categories).extracting(AgeCategory::id).containsExactly(166L, 167L);
    AgeCategory mp1 = categories.get(0);
    assertThat(mp1.seasonId()).contains(10L);
    assertThat(mp1.name()).contains("Mini-poussin 1");
    assertThat(mp1.ageMin()).contains(6);
    assertThat(mp1.ageMax()).contains(6);
    assertThat(mp1.yearOfBirthMin()).contains(2012);
    assertThat(mp1.yearOfBirthMax()).contains(2012);
    assertThat(mp1.shortName()).contains("MP ");
    assertThat(mp1.mainGroupName()).contains("Mini-poussin");
    assertThat(mp1.coversYearOfBirth(2012)).isTrue();
    assertThat(mp1.coversYearOfBirth(2011)).isFalse();
  }

  @Test
  void testLicencePostsTheNumber() throws Exception {
    server.enqueue(json(read("test-licence.json")));

    LicenceTestResult result = client.testLicence(TestLicenceParams.builder().seasonId(10).licence(" A12345C0750012345 ").build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/api/test-licence/10");
    assertHeaders(r, false);
    assertThat(r.getBody().utf8()).isEqualTo("{\"licence\":\"A12345C0750012345\"}");
    assertThat(result.message()).contains("OK - licence found and available for season");
    assertThat(result.isValidForSeason()).isTrue();
  }

  @Test
  void licenceInfos() throws Exception {
    server.enqueue(json(read("licence-infos.json")));

    LicenceInfo info = client.licenceInfos(LicenceInfosParams.builder().seasonId(10).gender(FftriGender.MALE)
        .lastName("Dupont").birthDate(LocalDate.of(1960, 3, 9)).licence("A12345C0750012345").build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/api/licence-infos/10");
    assertHeaders(r, false);
    assertThat(r.getBody().utf8()).isEqualTo(
        "{\"gender\":\"m\",\"lastname\":\"Dupont\",\"birthdate\":\"1960-03-09\",\"licence\":\"A12345C0750012345\"}");
    assertThat(info.licenceNumber()).contains("A12345C0750012345");
    assertThat(info.validationDate()).contains(LocalDate.of(2018, 1, 15));
    assertThat(info.mutation()).contains(false);
    assertThat(info.nationality()).contains("Français");
    assertThat(info.ageCategory()).contains("Vétéran 3");
    assertThat(info.clubId()).contains(1L);
    assertThat(info.clubName()).contains("CLUB DE DEMO");
    assertThat(info.competitionCertificate()).contains(true);
    assertThat(info.letterType()).contains("C");
    assertThat(info.needsPassCompetition()).contains(false);
  }

  @Test
  void createPassSendsEveryFieldInDocOrder() throws Exception {
    server.enqueue(json(read("create-pass.json")));

    CreatedPass pass = client.createPass(CreatePassParams.builder()
        .trialId(31732).firstName("John").lastName("Legend").birthDate(LocalDate.of(1988, 7, 23))
        .price(Money.ofMinor(2000, "EUR")).type(PassType.INDIVIDUAL).customerEmail("mail@gmail.com")
        .ituFederationId(12L).ituLicenceNumber("BEL123").sendInvoice(true).language(InvoiceLanguage.EN)
        .address("1 rue de la Paix").zip("75002").city("Paris").country("FR")
        .build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/api/create-pass-competition");
    assertHeaders(r, true);
    assertThat(r.getBody().utf8()).isEqualTo("{\"fftriId\":31732,\"firstName\":\"John\",\"lastName\":\"Legend\","
        + "\"birthDate\":\"1988-07-23\",\"price\":20,\"type\":1,\"customerEmail\":\"mail@gmail.com\","
        + "\"testEdition\":0,\"ituFedeId\":12,\"ituLicenseNumber\":\"BEL123\",\"sendInvoice\":1,\"language\":\"EN\","
        + "\"address\":\"1 rue de la Paix\",\"zip\":\"75002\",\"city\":\"Paris\",\"country\":\"FR\"}");
    assertThat(pass.success()).isTrue();
    assertThat(pass.passNumber()).contains("XXXXXXXXXXXXXXXXX");
    assertThat(pass.url()).contains("https://espacetri.fftri.com/pass-competition/print-public/XXXXXXXXXXXXXXXXX");
  }

  @Test
  void createPassLeavesOptionalFieldsOutAndSupportsTestEdition() throws Exception {
    server.enqueue(json(read("create-pass.json")));

    client.createPass(CreatePassParams.builder()
        .trialId(31732).firstName("Jane").lastName("Doe").birthDate(LocalDate.of(1978, 7, 1))
        .price(Money.ofMinor(750, "EUR")).type(PassType.RELAY).testEdition(true).markPaid(true)
        .build());

    assertThat(take().getBody().utf8()).isEqualTo("{\"fftriId\":31732,\"firstName\":\"Jane\",\"lastName\":\"Doe\","
        + "\"birthDate\":\"1978-07-01\",\"price\":7.5,\"type\":2,\"customerEmail\":\"test@fftri.com\","
        + "\"testEdition\":1,\"isPaid\":1}");
  }

  @Test
  void updatePassRefunds() throws Exception {
    server.enqueue(json(read("update-pass.json")));

    PassUpdateResult result = client.updatePass(UpdatePassParams.builder().passNumber("PC2022000123").refund(true)
        .canceledReason("Remboursement").build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/api/update-pass-competition");
    assertHeaders(r, true);
    assertThat(r.getBody().utf8())
        .isEqualTo("{\"passNumber\":\"PC2022000123\",\"refund\":1,\"canceledReason\":\"Remboursement\"}");
    assertThat(result.success()).isTrue();
  }

  @Test
  void verifyPass() throws Exception {
    server.enqueue(json(read("verify-pass.json")));

    Pass pass = client.verifyPass(VerifyPassParams.builder().passNumber("PC 2022/01").trialId(31732).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    // a pass number cannot change the path: space and slash are encoded
    assertThat(r.getTarget()).isEqualTo("/api/pass-competition/PC%202022%2F01/31732");
    assertHeaders(r, true);
    assertNoBody(r);
    assertThat(pass.firstName()).contains("John");
    assertThat(pass.lastName()).contains("John");
    assertThat(pass.birthDate()).contains(LocalDate.of(1988, 7, 23));
    assertThat(pass.email()).contains("mail@gmail.com");
    assertThat(pass.passNumber()).contains("PCXXXXX");
    assertThat(pass.created()).contains(LocalDate.of(2022, 1, 1));
    assertThat(pass.status()).contains(PassStatus.VALID);
    assertThat(pass.paid()).contains(true);
    assertThat(pass.refunded()).contains(false);
    assertThat(pass.type()).contains(PassType.INDIVIDUAL);
    assertThat(pass.typeDescription()).contains("individual");
    assertThat(pass.trialId()).contains(31732L);
    assertThat(pass.eventId()).contains(10286L);
    assertThat(pass.discipline()).contains("Triathlon");
    assertThat(pass.distance()).contains("Jeunes 8-11");
    assertThat(pass.date()).contains(LocalDate.of(2022, 5, 1));
    assertThat(pass.eventName()).contains("XXXX");
    assertThat(pass.place()).contains("Rue de la poste");
    assertThat(pass.city()).contains("BIARRITZ");
    assertThat(pass.zip()).contains("64200");
    assertThat(pass.isUsable()).isTrue();
  }

  @Test
  void listPassesSendsAllFourSegments() throws Exception {
    server.enqueue(json(read("pass-list.json")));
    server.enqueue(json(read("pass-list.json")));

    List<Pass> passes = client.listPasses(ListPassesParams.builder().trialId(31732).build());
    client.listPasses(ListPassesParams.builder().trialId(31732).paid(PaidFilter.UNPAID).onlyThisProvider(true).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/pass-competition-list/31732/3/0/0");
    assertHeaders(r, true);
    assertThat(take().getTarget()).isEqualTo("/api/pass-competition-list/31732/0/1/0");
    assertThat(passes).hasSize(2);
    assertThat(passes.get(0).firstName()).contains("John");
    assertThat(passes.get(1).firstName()).contains("Jane");
    assertThat(passes.get(1).birthDate()).contains(LocalDate.of(1978, 7, 1));
    assertThat(passes.get(1).created()).contains(LocalDate.of(2022, 1, 10));
    assertThat(passes).allSatisfy(p -> {
      assertThat(p.status()).contains(PassStatus.VALID);
      assertThat(p.paid()).contains(true);
      assertThat(p.trialId()).isEmpty();
    });
  }

  @Test
  void listPassesCsvIsReadWithTheCsvCodec() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).setHeader("Content-Type", "text/csv")
        .body("firstname;lastname;birthDate;email;passNumber;created;statusDescription;isPaid;refund;type;typeDescription\n"
            + "John;Legend;1988-07-23;mail@gmail.com;PC001;2022-01-01;valid;1;0;1;individual\n"
            + "\"Jean; dit Jo\";Doe;1978-07-01;jo@example.org;PC002;2022-01-10;refund;1;1;2;relay\n")
        .build());

    PassCsvExport csv = client.listPassesCsv(ListPassesParams.builder().trialId(31732).paid(PaidFilter.PAID).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/pass-competition-list/31732/1/0/1");
    assertHeaders(r, true);
    assertThat(csv.header()).hasSize(11).startsWith("firstname", "lastname");
    assertThat(csv.passes()).hasSize(2);
    Pass second = csv.passes().get(1);
    assertThat(second.firstName()).contains("Jean; dit Jo");
    assertThat(second.status()).contains(PassStatus.REFUNDED);
    assertThat(second.refunded()).contains(true);
    assertThat(second.type()).contains(PassType.RELAY);
    assertThat(second.birthDate()).contains(LocalDate.of(1978, 7, 1));
  }

  @Test
  void trialsByOrganiser() throws Exception {
    server.enqueue(json(read("trials-by-orga.json")));

    List<OrganiserEvent> events = client.trialsByOrganiser(TrialsByOrganiserParams.builder().login("ORGA12345")
        .key("6512ad43d9cea6e02d990b0a82652dca").build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/get-trials-by-orga/ORGA12345/6512ad43d9cea6e02d990b0a82652dca");
    assertHeaders(r, false);
    assertThat(events).hasSize(1);
    OrganiserEvent event = events.get(0);
    assertThat(event.id()).isEqualTo(10286L);
    assertThat(event.name()).contains("CHTRIMAN GRAVELINES");
    assertThat(event.startDate()).contains(LocalDate.of(2022, 7, 1));
    assertThat(event.endDate()).contains(LocalDate.of(2022, 7, 3));
    assertThat(event.leagueId()).contains(2L);
    assertThat(event.league()).contains("HAUTS DE FRANCE");
    assertThat(event.status()).contains(EventStatus.DATES_ACCEPTED);
    assertThat(event.trials()).extracting(Trial::id).containsExactly(31732L, 31728L);
    Trial duathlon = event.trials().get(0);
    assertThat(duathlon.name()).contains("DUATHLON 111");
    assertThat(duathlon.date()).contains(LocalDate.of(2022, 7, 3));
    assertThat(duathlon.discipline()).contains("Duathlon");
    assertThat(duathlon.distance()).contains("S");
    assertThat(duathlon.format()).contains(TrialFormat.INDIVIDUAL);
    assertThat(duathlon.labels()).containsExactly("Mixité");
    assertThat(duathlon.passPrice()).contains(Money.ofMinor(500, "EUR"));
    assertThat(duathlon.secondPassPrice()).isEmpty();
    assertThat(event.trials().get(1).labels()).containsExactly("Mixité", "Triathlon Durable");
  }

  @Test
  void ituFederation() throws Exception {
    server.enqueue(json(read("itu-federation.json")));

    Optional<ItuFederation> federation = client.ituFederation(ItuFederationParams.builder().federationId(4).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/itu-federation/4");
    assertHeaders(r, true); // the doc's sample sends the token; it is sent when a passphrase is configured
    assertThat(federation).hasValueSatisfying(f -> {
      assertThat(f.id()).isEqualTo(4L);
      assertThat(f.name()).contains("Burkina Faso");
      assertThat(f.countryName()).contains("Burkina Faso");
      assertThat(f.alpha2()).contains("BF");
      assertThat(f.ituFree()).contains(false);
    });
  }

  @Test
  void ituFederationAnsweredWithNothingIsEmpty() {
    server.enqueue(json("[]"));

    assertThat(client.ituFederation(999)).isEmpty();
  }

  @Test
  void ituAffiliatedFederations() throws Exception {
    server.enqueue(json(read("itu-affiliated-federations.json")));

    List<AffiliatedItuFederation> federations = client.ituAffiliatedFederations();

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/get-itu-affiliated-federation");
    assertHeaders(r, true);
    assertThat(federations).extracting(AffiliatedItuFederation::id).containsExactly(113L, 123L, 131L);
    assertThat(federations.get(0).name()).contains("Belgian Triathlon & Duathlon Federation");
    assertThat(federations.get(0).countryId()).contains(56L);
    assertThat(federations).allSatisfy(f -> assertThat(f.ituFree()).contains(true));
  }

  @Test
  void ituFederations() throws Exception {
    server.enqueue(json(read("itu-federations.json")));

    List<ItuFederation> federations = client.ituFederations();

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/itu-federations");
    assertHeaders(r, true);
    assertThat(federations).extracting(ItuFederation::alpha2)
        .containsExactly(Optional.of("DZ"), Optional.of("BJ"), Optional.of("BW"), Optional.of("BF"));
    assertThat(federations.get(0).name()).contains("Fédération Algérienne de Triathlon");
    assertThat(federations.get(0).countryName()).contains("Algérie");
  }

  @Test
  void ituOperationsWorkWithoutAPassphrase() throws Exception {
    FftriClient plain = Fixtures.client(server, t, FftriCredentials.of("username", API_KEY));
    server.enqueue(json(read("itu-federations.json")));

    assertThat(plain.ituFederations()).hasSize(4);

    assertHeaders(take(), false);
  }
}
