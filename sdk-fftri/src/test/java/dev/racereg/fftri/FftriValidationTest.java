package dev.racereg.fftri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Money;
import dev.racereg.core.testing.TestOptions;
import java.time.LocalDate;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every documented rule is checked before anything is sent. */
class FftriValidationTest {

  @StartStop
  final MockWebServer server = Fixtures.fastServer();

  private final TestOptions t = new TestOptions();

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  private static void refused(ThrowingCallable call, String field, String ruleFragment) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).contains(ruleFragment);
    });
  }

  private static CreatePassParams.Builder validPass() {
    return CreatePassParams.builder().trialId(31732).firstName("John").lastName("Legend")
        .birthDate(LocalDate.of(1988, 7, 23)).price(Money.ofMinor(2000, "EUR")).customerEmail("john@example.org");
  }

  @Test
  void createPassRules() {
    assertThat(validPass().build().type()).isEqualTo(PassType.INDIVIDUAL);
    refused(() -> validPass().price(Money.ofMinor(-1, "EUR")).build(), "price", "at least 0");
    refused(() -> validPass().price(Money.ofMinor(2000, "CHF")).build(), "price", "EUR");
    refused(() -> validPass().price(null).build(), "price", "must be set");
    refused(() -> validPass().type(PassType.LEISURE).build(), "type", "1 (individual) or 2 (relay)");
    refused(() -> validPass().type(PassType.of("7")).build(), "type", "1 (individual) or 2 (relay)");
    refused(() -> validPass().language(InvoiceLanguage.of("DE")).build(), "language", "FR or EN");
    refused(() -> validPass().birthDate(LocalDate.of(12345, 1, 1)).build(), "birthDate", "YYYY-MM-DD");
    refused(() -> validPass().birthDate(null).build(), "birthDate", "must be set");
    refused(() -> validPass().firstName(" ").build(), "firstName", "blank");
    refused(() -> validPass().lastName(null).build(), "lastName", "blank");
    refused(() -> validPass().customerEmail("not-an-email").build(), "customerEmail", "e-mail");
    refused(() -> validPass().customerEmail(null).build(), "customerEmail", "blank");
    refused(() -> validPass().trialId(0).build(), "trialId", "at least 1");
    refused(() -> CreatePassParams.builder().firstName("a").build(), "trialId", "must be set");
    refused(() -> validPass().ituFederationId(0L).build(), "ituFederationId", "at least 1");
    assertThat(validPass().price(Money.ofMinor(0, "EUR")).build().price().minorUnits()).isZero();
    assertThat(validPass().customerEmail(null).testEdition(true).build().customerEmail()).isEqualTo("test@fftri.com");
  }

  @Test
  void licenceRules() {
    refused(() -> TestLicenceParams.builder().seasonId(10).licence("  ").build(), "licence", "blank");
    refused(() -> TestLicenceParams.builder().licence("A1").build(), "seasonId", "must be set");
    refused(() -> TestLicenceParams.builder().seasonId(-3).licence("A1").build(), "seasonId", "at least 1");
    LicenceInfosParams.Builder infos = LicenceInfosParams.builder().seasonId(10).gender(FftriGender.FEMALE)
        .lastName("Doe").birthDate(LocalDate.of(1990, 1, 2)).licence("A1");
    assertThat(infos.build().gender()).isEqualTo(FftriGender.FEMALE);
    refused(() -> infos.gender(FftriGender.of("x")).build(), "gender", "m or f");
    refused(() -> infos.gender(null).build(), "gender", "must be set");
    refused(() -> LicenceInfosParams.builder().seasonId(10).gender(FftriGender.MALE).lastName("Doe")
        .birthDate(LocalDate.of(999, 1, 1)).licence("A1").build(), "birthDate", "four-digit year");
    refused(() -> LicenceInfosParams.builder().seasonId(10).gender(FftriGender.MALE).birthDate(LocalDate.of(1990, 1, 1))
        .licence("A1").build(), "lastName", "blank");
  }

  @Test
  void passLifecycleRules() {
    refused(() -> UpdatePassParams.builder().passNumber("PC1").build(), "refund", "must be set");
    refused(() -> UpdatePassParams.builder().passNumber("").refund(true).build(), "passNumber", "blank");
    refused(() -> VerifyPassParams.builder().passNumber("PC1").build(), "trialId", "must be set");
    refused(() -> VerifyPassParams.builder().passNumber(null).trialId(1).build(), "passNumber", "blank");
    refused(() -> ListPassesParams.builder().build(), "trialId", "must be set");
    refused(() -> ListPassesParams.builder().trialId(5).paid(null).build(), "paid", "must be set");
  }

  @Test
  void referenceRules() {
    refused(() -> ClubsParams.builder().build(), "seasonId", "must be set");
    refused(() -> ClubParams.builder().clubId(0).build(), "clubId", "at least 1");
    refused(() -> AgeCategoriesParams.builder().seasonId(0).build(), "seasonId", "at least 1");
    refused(() -> ItuFederationParams.builder().federationId(-1).build(), "federationId", "at least 1");
    refused(() -> TrialsByOrganiserParams.builder().key("k3y-value").build(), "login", "blank");
    refused(() -> TrialsByOrganiserParams.builder().login("ORGA1").build(), "key", "must be set");
    refused(() -> TrialsByOrganiserParams.builder().login("ORGA1").key(" ").build(), "key", "blank");
  }

  @Test
  void conveniencesValidateToo() {
    FftriClient client = Fixtures.client(server, t);
    refused(() -> client.club(0), "clubId", "at least 1");
    refused(() -> client.clubs(-1), "seasonId", "at least 1");
    refused(() -> client.passRegistrations(0), "trialId", "at least 1");
  }

  @Test
  void passOperationsWithoutPassphraseSendNothing() {
    FftriClient plain = Fixtures.client(server, t, FftriCredentials.of("username", "d41d8cd98f00b204e9800998ecf8427e"));

    refused(() -> plain.createPass(validPass().build()), "passphrase", "must be configured");
    refused(() -> plain.updatePass(UpdatePassParams.builder().passNumber("PC1").refund(true).build()), "passphrase",
        "must be configured");
    refused(() -> plain.verifyPass(VerifyPassParams.builder().passNumber("PC1").trialId(1).build()), "passphrase",
        "must be configured");
    refused(() -> plain.listPasses(ListPassesParams.builder().trialId(1).build()), "passphrase", "must be configured");
    refused(() -> plain.listPassesCsv(ListPassesParams.builder().trialId(1).build()), "passphrase",
        "must be configured");
  }
}
