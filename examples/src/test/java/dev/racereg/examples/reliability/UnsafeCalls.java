package dev.racereg.examples.reliability;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Money;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.TestFixtures;
import dev.racereg.fftri.CreatePassParams;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.fftri.PassType;
import dev.racereg.fftri.UpdatePassParams;
import dev.racereg.letsdothis.CreateClaimLinkParams;
import dev.racereg.letsdothis.CreatePartnerParams;
import dev.racereg.letsdothis.CreateReservedEntryGroupParams;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.letsdothis.PartnerContact;
import dev.racereg.runsignup.AuthorizationCodeParams;
import dev.racereg.runsignup.CreateResultSetParams;
import dev.racereg.runsignup.GetRaceParams;
import dev.racereg.runsignup.PostResultsParams;
import dev.racereg.runsignup.ResultEntry;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import dev.racereg.runsignup.RunSignupOAuth;
import java.time.LocalDate;
import java.util.function.Function;
import mockwebserver3.MockResponse;

/**
 * Every operation the clients declare {@code Idempotency.UNSAFE} (a repeat would create, refund
 * or redeem a second time), with the platform's answer to a success, a safe read of the same
 * client (to leave a pooled connection behind) and a call whose parameters fail validation.
 */
enum UnsafeCalls {

  FFTRI_CREATE_PASS("/api", 200, TestFixtures.doc("fftri", "create-pass.json"), o -> {
    FftriClient c = fftri(o);
    return new Calls(c::seasons, () -> c.createPass(pass(31732)), () -> c.createPass(pass(-1)));
  }),
  FFTRI_REFUND_PASS("/api", 200, TestFixtures.doc("fftri", "update-pass.json"), o -> {
    FftriClient c = fftri(o);
    return new Calls(c::seasons,
        () -> c.updatePass(UpdatePassParams.builder().passNumber("PC2022000123").refund(true)
            .canceledReason("Remboursement").build()),
        () -> c.updatePass(UpdatePassParams.builder().passNumber("").refund(true).build()));
  }),
  LETSDOTHIS_CREATE_PARTNER("/v0", 201, TestFixtures.doc("letsdothis", "partner.json"), o -> {
    LetsDoThisClient c = letsDoThis(o);
    return new Calls(c::listParticipants,
        () -> c.createPartner(CreatePartnerParams.builder().name("National Charity")
            .addContact(PartnerContact.ofEmail("jo@charity.org.uk")).build()),
        () -> c.createPartner(CreatePartnerParams.builder().name("")
            .addContact(PartnerContact.ofEmail("jo@charity.org.uk")).build()));
  }),
  LETSDOTHIS_CREATE_CLAIM_LINK("/v0", 201, "{\"url\":\"https://www.letsdothis.com/partners/claim/abc\"}", o -> {
    LetsDoThisClient c = letsDoThis(o);
    return new Calls(c::listParticipants,
        () -> c.createClaimLink(CreateClaimLinkParams.builder().partnerId("p_v7k8jsvoj2o")
            .emailAddress("partner@letsdothis.com").build()),
        () -> c.createClaimLink(CreateClaimLinkParams.builder().partnerId("p_v7k8jsvoj2o")
            .emailAddress("not an address").build()));
  }),
  LETSDOTHIS_CREATE_RESERVED_ENTRY_GROUP("/v0", 201, TestFixtures.doc("letsdothis", "reserved-entry-group.json"), o -> {
    LetsDoThisClient c = letsDoThis(o);
    return new Calls(c::listParticipants,
        () -> c.createReservedEntryGroup(group().maxCapacity(35).build()),
        () -> c.createReservedEntryGroup(group().maxCapacity(-3).build()));
  }),
  RUNSIGNUP_CREATE_RESULT_SET("/Rest", 200, "{\"individual_result_set_id\":401002}", o -> {
    RunSignupClient c = runSignup(o);
    return new Calls(() -> c.getRace(GetRaceParams.of(12345)),
        () -> c.createResultSet(CreateResultSetParams.builder().raceId(12345).eventId(512001).name("Overall").build()),
        () -> c.createResultSet(CreateResultSetParams.builder().raceId(12345).eventId(512001).name(" ").build()));
  }),
  RUNSIGNUP_POST_RESULTS_BY_BIB("/Rest", 200, "{\"success\":true,\"num_results_inserted\":1}", o -> {
    RunSignupClient c = runSignup(o);
    return new Calls(() -> c.getRace(GetRaceParams.of(12345)),
        () -> c.postFullResults(PostResultsParams.builder().raceId(12345).eventId(512001).resultSetId(401001)
            .addResult(ResultEntry.byBib("1044").place(2).build()).build()),
        () -> c.postFullResults(PostResultsParams.builder().raceId(12345).eventId(512001).resultSetId(401001)
            .build()));
  }),
  RUNSIGNUP_REDEEM_AUTHORIZATION_CODE("/Rest", 200,
      "{\"access_token\":\"access-new\",\"token_type\":\"Bearer\",\"expires_in\":7200,\"refresh_token\":\"refresh-new\"}",
      o -> {
        RunSignupOAuth oauth = RunSignupOAuth.create(o);
        return new Calls(null,
            () -> oauth.redeemAuthorizationCode(code("https://timer.example.com/callback")),
            () -> oauth.redeemAuthorizationCode(code("")));
      });

  /** The calls a matrix cell makes on one client. {@code safe} is null if the client has none. */
  record Calls(Runnable safe, Runnable unsafe, Runnable invalid) {}

  final String basePath;
  private final int status;
  private final String body;
  private final Function<ClientOptions, Calls> factory;

  UnsafeCalls(String basePath, int status, String body, Function<ClientOptions, Calls> factory) {
    this.basePath = basePath;
    this.status = status;
    this.body = body;
    this.factory = factory;
  }

  Calls calls(ClientOptions options) {
    return factory.apply(options);
  }

  /** The platform's answer when the operation succeeded. */
  MockResponse ok() {
    return okBuilder().build();
  }

  MockResponse.Builder okBuilder() {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body);
  }

  String body() {
    return body;
  }

  boolean runSignup() {
    return name().startsWith("RUNSIGNUP");
  }

  /** The answer to the safe read that leaves the pooled connection behind. */
  MockResponse safeOk() {
    SafeCalls read = name().startsWith("FFTRI") ? SafeCalls.FFTRI
        : name().startsWith("LETSDOTHIS") ? SafeCalls.LETSDOTHIS : SafeCalls.RUNSIGNUP;
    return read.ok();
  }

  private static FftriClient fftri(ClientOptions o) {
    return FftriClient.builder()
        .credentials(FftriCredentials.of("username", Canaries.FFTRI_API_KEY, Canaries.FFTRI_PASSPHRASE))
        .options(o).build();
  }

  private static CreatePassParams pass(long trialId) {
    return CreatePassParams.builder().trialId(trialId).firstName("John").lastName("Legend")
        .birthDate(LocalDate.of(1988, 7, 23)).price(Money.ofMinor(2000, "EUR")).type(PassType.INDIVIDUAL)
        .customerEmail("mail@gmail.com").build();
  }

  private static LetsDoThisClient letsDoThis(ClientOptions o) {
    return LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(SafeCalls.ldtKey())).options(o).build();
  }

  private static CreateReservedEntryGroupParams.Builder group() {
    return CreateReservedEntryGroupParams.builder().eventId("11120888").name("Lorem ipsum")
        .partnerId("p_abcdiqh2oa4").addTicket("6399c11c58f29f001ca95934")
        .type(dev.racereg.letsdothis.ReservedEntryGroupType.MULTI_USE);
  }

  private static RunSignupClient runSignup(ClientOptions o) {
    return RunSignupClient.builder().credentials(RunSignupCredentials.apiKey("key-abc", Canaries.RUNSIGNUP))
        .options(o).build();
  }

  private static AuthorizationCodeParams code(String redirectUri) {
    return AuthorizationCodeParams.builder().clientId("client-7").code("code-" + Canaries.CORE)
        .redirectUri(redirectUri).codeVerifier(RunSignupOAuth.newCodeVerifier()).build();
  }
}
