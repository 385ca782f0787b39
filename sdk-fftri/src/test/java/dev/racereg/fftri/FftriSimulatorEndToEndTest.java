package dev.racereg.fftri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.core.unified.LicenceCheck;
import dev.racereg.core.unified.LicenceCheck.Outcome;
import dev.racereg.core.unified.LicenceQuery;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.testkit.Fault;
import dev.racereg.testkit.fftri.FftriSimulator;
import dev.racereg.testkit.fftri.LicenceHolder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client and its unified views end to end against the testkit's FFTri simulator. */
class FftriSimulatorEndToEndTest {

  private final TestOptions t = new TestOptions();
  private FftriSimulator sim;
  private FftriClient client;

  @BeforeEach
  void start() {
    sim = FftriSimulator.builder().seed(11).licenceHolders(2000).clock(Clock.fixed(TestOptions.NOW, ZoneOffset.UTC))
        .build().start();
    client = client(t.builder(sim.baseUrl()).build(), auth(FftriCredentials.TokenAlgorithm.SHA_256));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private FftriCredentials auth(FftriCredentials.TokenAlgorithm algorithm) {
    return FftriCredentials.builder().username(sim.credentials().username()).apiKey(sim.credentials().apiKey()).passphrase(sim.credentials().passphrase())
        .tokenAlgorithm(algorithm).build();
  }

  private static FftriClient client(ClientOptions options, FftriCredentials auth) {
    return FftriClient.builder().credentials(auth).options(options).build();
  }

  private Trial upcomingTrial() {
    return client.trialsByOrganiser(TrialsByOrganiserParams.builder().login(sim.credentials().organiserLogin())
        .key(sim.credentials().organiserKey()).build()).get(0).trials().get(0);
  }

  @Test
  void referenceData() {
    assertThat(client.ping().name()).contains(sim.accountName());
    List<Season> seasons = client.seasons();
    assertThat(seasons).extracting(Season::id).startsWith(2L, 6L, 7L, 8L, 9L, 10L)
        .contains((long) sim.currentSeason().id());
    long current = sim.currentSeason().id();
    List<ClubSummary> clubs = client.clubs(current);
    assertThat(clubs).isNotEmpty();
    Club club = client.club(clubs.get(0).id());
    assertThat(club.name()).contains(clubs.get(0).name());
    assertThat(client.ageCategories(current)).isNotEmpty().allSatisfy(c -> assertThat(c.seasonId()).contains(current));
    assertThat(client.ituFederations()).hasSize(sim.ituFederations().size());
    assertThat(client.ituAffiliatedFederations()).allSatisfy(f -> assertThat(f.ituFree()).contains(true));
    assertThat(client.ituFederation(4).orElseThrow().alpha2()).contains("BF");
    assertThatThrownBy(() -> client.club(999_999)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void organiserTrialsWithTheKeyMaskedInLogs() {
    List<OrganiserEvent> events = client.trialsByOrganiser(TrialsByOrganiserParams.builder()
        .login(sim.credentials().organiserLogin()).key(sim.credentials().organiserKey()).build());

    assertThat(events).isNotEmpty();
    assertThat(events.stream().flatMap(e -> e.trials().stream()).map(Trial::id).collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(sim.upcomingTrialIds().stream().map(Long::valueOf).collect(Collectors.toList()));
    assertThat(events.get(0).trials()).allSatisfy(trial -> assertThat(trial.passPrice()).isPresent());
    assertThat(t.log.all()).contains("/get-trials-by-orga/" + sim.credentials().organiserLogin() + "/****")
        .doesNotContain(sim.credentials().organiserKey());
    assertThatThrownBy(() -> client.trialsByOrganiser(TrialsByOrganiserParams.builder().login(sim.credentials().organiserLogin())
        .key("0000ad43d9cea6e02d990b0a82652dca").build())).isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void passLifecycle() {
    Trial trial = upcomingTrial();
    int before = sim.passes((int) trial.id()).size();

    CreatedPass created = client.createPass(CreatePassParams.builder().trialId(trial.id()).firstName("Léa")
        .lastName("Dubois").birthDate(LocalDate.of(1992, 3, 14)).price(trial.passPrice().orElseThrow())
        .customerEmail("lea.dubois@example.fr").language(InvoiceLanguage.FR).build());
    String number = created.passNumber().orElseThrow();

    Pass verified = client.verifyPass(VerifyPassParams.builder().passNumber(number).trialId(trial.id()).build());
    assertThat(verified.status()).contains(PassStatus.VALID);
    assertThat(verified.paid()).contains(true);
    assertThat(verified.isUsable()).isTrue();
    assertThat(verified.trialId()).contains(trial.id());
    assertThat(verified.lastName()).contains("Dubois");
    assertThat(sim.pass(number).orElseThrow().price()).isEqualByComparingTo(trial.passPrice().orElseThrow().toMajor());

    List<Pass> listed = client.listPasses(ListPassesParams.builder().trialId(trial.id()).build());
    assertThat(listed).hasSize(before + 1).anySatisfy(p -> assertThat(p.passNumber()).contains(number));
    PassCsvExport csv = client.listPassesCsv(ListPassesParams.builder().trialId(trial.id()).build());
    assertThat(csv.passes()).hasSize(before + 1);
    assertThat(csv.passes().get(before).passNumber()).contains(number);
    assertThat(csv.passes().get(before).firstName()).contains("Léa");

    client.updatePass(UpdatePassParams.builder().passNumber(number).refund(true).canceledReason("blessure").build());
    Pass refunded = client.verifyPass(VerifyPassParams.builder().passNumber(number).trialId(trial.id()).build());
    assertThat(refunded.status()).contains(PassStatus.REFUNDED);
    assertThat(refunded.refunded()).contains(true);
    assertThatThrownBy(() -> client.updatePass(UpdatePassParams.builder().passNumber(number).refund(true).build()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.providerMessage()).isPresent());
    assertThatThrownBy(() -> client.verifyPass(VerifyPassParams.builder().passNumber("PC-NOPE").trialId(trial.id()).build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void testEditionCreatesNothing() {
    Trial trial = upcomingTrial();

    CreatedPass answer = client.createPass(CreatePassParams.builder().trialId(trial.id()).firstName("Test")
        .lastName("Edition").birthDate(LocalDate.of(1990, 1, 1)).price(Money.ofMinor(0, "EUR")).testEdition(true).build());

    assertThat(answer.passNumber()).isPresent();
    assertThat(sim.createdPasses()).isEmpty();
  }

  @Test
  void aCreateWhoseAnswerIsLostIsSentOnceAndCanBeChecked() {
    Trial trial = upcomingTrial();
    int requestsBefore = sim.requestCount();
    sim.faults().onPath("create-pass-competition", Fault.disconnect(), 1);

    assertThatThrownBy(() -> client.createPass(CreatePassParams.builder().trialId(trial.id()).firstName("Hugo")
        .lastName("Martin").birthDate(LocalDate.of(1985, 11, 30)).price(trial.passPrice().orElseThrow())
        .customerEmail("hugo@example.fr").build()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.outcomeUnknown()).isTrue();
          assertThat(e.getMessage()).contains("list the passes of trial " + trial.id());
        });
    assertThat(sim.requestCount()).isEqualTo(requestsBefore + 1);
    // the check the message suggests: the pass is not there, so creating again is safe
    assertThat(client.listPasses(ListPassesParams.builder().trialId(trial.id()).build()))
        .noneSatisfy(p -> assertThat(p.lastName()).contains("Martin"));
  }

  @Test
  void passesAsUnifiedRegistrations() {
    Trial trial = upcomingTrial();
    client.createPass(CreatePassParams.builder().trialId(trial.id()).firstName("Léa").lastName("Dubois")
        .birthDate(LocalDate.of(1992, 3, 14)).price(trial.passPrice().orElseThrow()).customerEmail("lea@example.fr").build());
    RegistrationSource source = client.passRegistrations(trial.id());

    List<Registration> registrations;
    try (Stream<Registration> stream = source.registrations()) {
      registrations = stream.collect(Collectors.toList());
    }

    assertThat(source.provider()).isEqualTo("fftri");
    assertThat(source.eventKey()).isEqualTo("fftri:trial:" + trial.id());
    assertThat(source.supportsUpdatedAfter()).isFalse();
    assertThat(registrations).hasSize(sim.passes((int) trial.id()).size());
    assertThat(registrations).extracting(Registration::nativeId)
        .containsExactlyElementsOf(sim.passes((int) trial.id()).stream().map(p -> p.passNumber()).collect(Collectors.toList()));
    assertThat(registrations).allSatisfy(r -> {
      assertThat(r.raceId()).contains(Long.toString(trial.id()));
      assertThat(r.participant().lastName()).isPresent();
    });
    Registration lea = registrations.get(registrations.size() - 1);
    assertThat(lea.participant().fullName()).isEqualTo("Léa Dubois");
    assertThat(lea.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    for (int i = 0; i < registrations.size(); i++) {
      var simPass = sim.passes((int) trial.id()).get(i);
      RegistrationStatus expected = simPass.refunded() ? RegistrationStatus.REFUNDED : switch (simPass.status()) {
        case VALID, USED -> simPass.paid() ? RegistrationStatus.CONFIRMED : RegistrationStatus.PENDING;
        case CREATED -> RegistrationStatus.PENDING;
        case REFUND -> RegistrationStatus.REFUNDED;
        case CANCEL -> RegistrationStatus.CANCELLED;
      };
      assertThat(registrations.get(i).status()).as(simPass.passNumber()).isEqualTo(expected);
    }
    assertThat(source.registrationsUpdatedAfter(TestOptions.NOW).count()).isEqualTo(registrations.size());
  }

  @Test
  void licenceWithItsHolder() {
    LicenceHolder holder = sim.licenceHolders().stream().filter(h -> h.validFor(sim.currentSeason().id()))
        .findFirst().orElseThrow();
    FftriLicenceVerifier verifier = client.licenceVerifier();

    LicenceCheck check = verifier.verify(LicenceQuery.of(holder.licenceNumber()), new FftriLicenceVerifier.Holder(
        FftriGender.of(holder.gender()), holder.lastName(), holder.birthDate()));
    LicenceCheck wrongBirthDate = verifier.verify(LicenceQuery.of(holder.licenceNumber()), new FftriLicenceVerifier.Holder(
        FftriGender.of(holder.gender()), holder.lastName(), holder.birthDate().plusDays(1)));

    assertThat(check.outcome()).isEqualTo(Outcome.VALID);
    assertThat(check.licence().orElseThrow().club()).contains(holder.clubName());
    assertThat(check.licence().orElseThrow().season()).contains(sim.currentSeason().name());
    assertThat(check.licence().orElseThrow().validFrom()).isEqualTo(holder.validationDate(sim.currentSeason().id()));
    assertThat(check.licence().orElseThrow().holder().orElseThrow().gender().name())
        .isEqualTo(holder.gender().equals("m") ? "MALE" : "FEMALE");
    assertThat(wrongBirthDate.outcome()).isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void thousandsOfLicencesVerifiedInOrder() {
    sim.recordRequests(false);
    FftriClient quiet = client(ClientOptions.builder().baseUrl(sim.baseUrl()).clock(t.clock).sleeper(t.sleeper).build(),
        auth(FftriCredentials.TokenAlgorithm.SHA_256));
    int current = sim.currentSeason().id();
    List<LicenceQuery> queries = new ArrayList<>();
    List<Outcome> expected = new ArrayList<>();
    for (LicenceHolder h : sim.licenceHolders()) {
      queries.add(LicenceQuery.of(h.licenceNumber(), null, h.email()));
      expected.add(h.validFor(current) ? Outcome.VALID : Outcome.WRONG_SEASON);
    }
    for (String unknown : sim.unknownLicenceNumbers()) {
      queries.add(queries.size() / 2, LicenceQuery.of(unknown));
      expected.add(expected.size() / 2, Outcome.NOT_FOUND);
    }

    List<LicenceCheck> checks = FftriLicenceVerifier.builder(quiet).concurrency(8).build().verifyAll(queries);

    assertThat(checks).hasSize(queries.size());
    assertThat(queries.size()).isGreaterThan(2000);
    for (int i = 0; i < checks.size(); i++) {
      assertThat(checks.get(i).query()).isSameAs(queries.get(i));
      assertThat(checks.get(i).outcome()).as("%s", queries.get(i)).isEqualTo(expected.get(i));
    }
    assertThat(expected).contains(Outcome.VALID, Outcome.WRONG_SEASON, Outcome.NOT_FOUND);
  }

  @Test
  void credentialsAndTokenAlgorithmMustMatch() {
    FftriClient wrongKey = client(t.builder(sim.baseUrl()).build(), FftriCredentials.of(sim.credentials().username(), "not-the-key"));
    FftriClient sha1 = client(t.builder(sim.baseUrl()).build(), auth(FftriCredentials.TokenAlgorithm.SHA_1));
    FftriClient upper = client(t.builder(sim.baseUrl()).build(), FftriCredentials.builder().username(sim.credentials().username())
        .apiKey(sim.credentials().apiKey()).passphrase(sim.credentials().passphrase()).tokenHexCase(FftriCredentials.HexCase.UPPER).build());

    assertThatThrownBy(wrongKey::ping).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> sha1.listPasses(ListPassesParams.builder().trialId(upcomingTrial().id()).build()))
        .isInstanceOfSatisfying(PermissionDeniedException.class,
            e -> assertThat(e.providerMessage().orElseThrow()).contains("X-Auth-Token"));
    assertThat(upper.listPasses(ListPassesParams.builder().trialId(upcomingTrial().id()).build())).isNotEmpty();
    assertThat(t.log.all()).doesNotContain(sim.credentials().apiKey()).doesNotContain(sim.credentials().authToken());
  }
}
