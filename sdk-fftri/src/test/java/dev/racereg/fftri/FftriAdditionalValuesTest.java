package dev.racereg.fftri;

import static dev.racereg.fftri.Fixtures.json;
import static dev.racereg.fftri.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.RequestParams;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Money;
import dev.racereg.core.testing.TestOptions;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every params object: the additional query parameters, headers and body properties a caller
 * puts reach the wire on every operation; value equality, {@code toBuilder()} and a toString
 * that shows no secret or personal data.
 */
class FftriAdditionalValuesTest {

  @StartStop
  final MockWebServer server = Fixtures.fastServer();

  private final TestOptions t = new TestOptions();
  private FftriClient client;

  @BeforeEach
  void setUp() {
    client = Fixtures.client(server, t);
  }

  /** One operation: its answer, how it is called with extras, whether it has a JSON body. */
  private record Op(String name, String answer, Consumer<FftriClient> call, boolean body) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static <P extends RequestParams, B extends RequestParams.Builder<P, B>> P extras(B builder,
      boolean body) {
    builder.putAdditionalQueryParam("beta", "on").putAdditionalHeader("X-Trace", "t-1");
    if (body) {
      builder.putAdditionalBodyProperty("channel", "kiosk");
    }
    return builder.build();
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        new Op("clubs", read("clubs.json"), c -> c.clubs(extras(ClubsParams.builder().seasonId(10), false)), false),
        new Op("club", read("club.json"), c -> c.club(extras(ClubParams.builder().clubId(1001), false)), false),
        new Op("ageCategories", read("age-categories.json"),
            c -> c.ageCategories(extras(AgeCategoriesParams.builder().seasonId(10), false)), false),
        new Op("testLicence", read("test-licence.json"),
            c -> c.testLicence(extras(TestLicenceParams.builder().seasonId(10).licence("A1"), true)), true),
        new Op("licenceInfos", read("licence-infos.json"), c -> c.licenceInfos(extras(LicenceInfosParams.builder()
            .seasonId(10).gender(FftriGender.MALE).lastName("Dupont").birthDate(LocalDate.of(1960, 3, 9))
            .licence("A1"), true)), true),
        new Op("createPass", read("create-pass.json"), c -> c.createPass(extras(createPass(), true)), true),
        new Op("updatePass", read("update-pass.json"),
            c -> c.updatePass(extras(UpdatePassParams.builder().passNumber("PC1").refund(true), true)), true),
        new Op("verifyPass", read("verify-pass.json"),
            c -> c.verifyPass(extras(VerifyPassParams.builder().passNumber("PC1").trialId(31732), false)), false),
        new Op("listPasses", read("pass-list.json"),
            c -> c.listPasses(extras(ListPassesParams.builder().trialId(31732), false)), false),
        new Op("listPassesCsv", "passNumber;firstname\nPC1;Ana\n",
            c -> c.listPassesCsv(extras(ListPassesParams.builder().trialId(31732), false)), false),
        new Op("trialsByOrganiser", read("trials-by-orga.json"), c -> c.trialsByOrganiser(
            extras(TrialsByOrganiserParams.builder().login("ORGA1").key("orga-key-1"), false)), false),
        new Op("ituFederation", read("itu-federation.json"),
            c -> c.ituFederation(extras(ItuFederationParams.builder().federationId(4), false)), false))
        .map(Arguments::of);
  }

  private static CreatePassParams.Builder createPass() {
    return CreatePassParams.builder().trialId(31732).firstName("John").lastName("Legend")
        .birthDate(LocalDate.of(1988, 7, 23)).price(Money.ofMinor(2000, "EUR")).customerEmail("john@example.org");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void additionalValuesReachTheWire(Op op) throws Exception {
    server.enqueue(json(op.answer()));

    op.call().accept(client);

    RecordedRequest r = server.takeRequest();
    assertThat(r.getTarget()).endsWith("?beta=on");
    assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(r.getHeaders().get("X-USER")).isEqualTo("username"); // the operation's own stay
    if (op.body()) {
      assertThat(r.getBody().utf8()).endsWith(",\"channel\":\"kiosk\"}");
    } else {
      assertThat(r.getBodySize()).isZero();
    }
  }

  @Test
  void aBodyPropertyOnAnOperationWithoutBodyIsRefusedBeforeSending() {
    ClubsParams params = ClubsParams.builder().seasonId(10).putAdditionalBodyProperty("x", 1).build();

    assertThatThrownBy(() -> client.clubs(params)).isInstanceOf(ValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  static Stream<Arguments> params() {
    return Stream.of(
        Arguments.of(ClubsParams.builder().seasonId(10).build(), (UnaryOperator<RequestParams>) p ->
            ((ClubsParams) p).toBuilder().seasonId(11).build()),
        Arguments.of(AgeCategoriesParams.builder().seasonId(10).build(), (UnaryOperator<RequestParams>) p ->
            ((AgeCategoriesParams) p).toBuilder().seasonId(11).build()),
        Arguments.of(ClubParams.builder().clubId(1).build(), (UnaryOperator<RequestParams>) p ->
            ((ClubParams) p).toBuilder().clubId(2).build()),
        Arguments.of(TestLicenceParams.builder().seasonId(10).licence("A1").build(), (UnaryOperator<RequestParams>) p ->
            ((TestLicenceParams) p).toBuilder().licence("A2").build()),
        Arguments.of(createPass().build(), (UnaryOperator<RequestParams>) p ->
            ((CreatePassParams) p).toBuilder().city("Lyon").build()),
        Arguments.of(UpdatePassParams.builder().passNumber("PC1").refund(true).build(), (UnaryOperator<RequestParams>) p ->
            ((UpdatePassParams) p).toBuilder().canceledReason("injury").build()),
        Arguments.of(VerifyPassParams.builder().passNumber("PC1").trialId(1).build(), (UnaryOperator<RequestParams>) p ->
            ((VerifyPassParams) p).toBuilder().trialId(2).build()),
        Arguments.of(ListPassesParams.builder().trialId(1).build(), (UnaryOperator<RequestParams>) p ->
            ((ListPassesParams) p).toBuilder().paid(PaidFilter.PAID).build()),
        Arguments.of(TrialsByOrganiserParams.builder().login("ORGA1").key("k1").build(), (UnaryOperator<RequestParams>) p ->
            ((TrialsByOrganiserParams) p).toBuilder().key("k2").build()),
        Arguments.of(ItuFederationParams.builder().federationId(4).build(), (UnaryOperator<RequestParams>) p ->
            ((ItuFederationParams) p).toBuilder().federationId(5).build()),
        Arguments.of(LicenceInfosParams.builder().seasonId(10).gender(FftriGender.FEMALE).lastName("Martin")
            .birthDate(LocalDate.of(1985, 4, 12)).licence("A1").build(), (UnaryOperator<RequestParams>) p ->
            ((LicenceInfosParams) p).toBuilder().lastName("Durand").build()));
  }

  @ParameterizedTest
  @MethodSource("params")
  void paramsHaveValueEqualityAndToBuilder(RequestParams params, UnaryOperator<RequestParams> change) {
    RequestParams copy = params.toBuilder().build();
    RequestParams changed = change.apply(params);
    RequestParams withExtra = params.toBuilder().putAdditionalQueryParam("beta", "on").build();

    assertThat(copy).isEqualTo(params).hasSameHashCodeAs(params).isNotSameAs(params);
    assertThat(changed).isNotEqualTo(params);
    assertThat(withExtra).isNotEqualTo(params);
    assertThat(withExtra.toBuilder().build()).isEqualTo(withExtra);
  }

  @Test
  void toStringShowsNoSecretNorPersonalData() {
    TrialsByOrganiserParams orga = TrialsByOrganiserParams.builder().login("ORGA1").key("CANARY-ORGA-KEY").build();
    CreatePassParams pass = createPass().address("1 rue CANARY").city("CANARYVILLE").build();
    LicenceInfosParams infos = LicenceInfosParams.builder().seasonId(10).gender(FftriGender.FEMALE)
        .lastName("CANARYNAME").birthDate(LocalDate.of(1985, 4, 12)).licence("A1").build();

    assertThat(orga.toString()).isEqualTo("TrialsByOrganiserParams{login=ORGA1, key=****}");
    assertThat(pass.toString()).contains("trialId=31732").contains("price=")
        .doesNotContain("John").doesNotContain("Legend").doesNotContain("1988").doesNotContain("john@example.org")
        .doesNotContain("CANARY");
    assertThat(infos.toString()).contains("licence=A1").doesNotContain("CANARYNAME").doesNotContain("1985");
  }

  @Test
  void nullOrBlankCredentialsAreValidationErrorsNamingTheField() {
    assertField(() -> FftriClient.builder().credentials(null), "credentials");
    assertField(() -> FftriClient.builder().build(), "credentials");
    assertField(() -> FftriCredentials.of(null, null), "username");
    assertField(() -> FftriCredentials.of(" ", "key"), "username");
    assertField(() -> FftriCredentials.of("user", null), "apiKey");
    assertField(() -> FftriCredentials.of("user", " "), "apiKey");
    assertField(() -> FftriCredentials.of("user", "key", null), "passphrase");
    assertField(() -> FftriCredentials.of("user", "key", ""), "passphrase");
    assertField(() -> FftriCredentials.builder().username("user").apiKey("key").tokenAlgorithm(null).build(),
        "tokenAlgorithm");
  }

  @Test
  void credentialsHaveValueEqualityAndMaskSecrets() {
    FftriCredentials a = FftriCredentials.of("user", "CANARY-KEY", "CANARY-PASS");

    assertThat(a.toBuilder().build()).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.toBuilder().passphrase((String) null).build()).isNotEqualTo(a);
    assertThat(a.toString()).contains("user").doesNotContain("CANARY");
    assertThat(FftriClient.builder().credentials(a).build().credentials()).isSameAs(a);
  }

  private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }
}
