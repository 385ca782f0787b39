package dev.racereg.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import dev.racereg.runsignup.RunSignupOAuth;
import dev.racereg.actigo.RegistrationsParams;
import dev.racereg.actigo.SyncRegistrationsParams;
import dev.racereg.actigo.SyncResultsParams;
import dev.racereg.fftri.AgeCategoriesParams;
import dev.racereg.fftri.ClubParams;
import dev.racereg.fftri.ClubsParams;
import dev.racereg.fftri.CreatePassParams;
import dev.racereg.fftri.FftriGender;
import dev.racereg.fftri.ItuFederationParams;
import dev.racereg.fftri.LicenceInfosParams;
import dev.racereg.fftri.ListPassesParams;
import dev.racereg.fftri.TestLicenceParams;
import dev.racereg.fftri.TrialsByOrganiserParams;
import dev.racereg.fftri.UpdatePassParams;
import dev.racereg.fftri.VerifyPassParams;
import dev.racereg.letsdothis.CreateClaimLinkParams;
import dev.racereg.letsdothis.CreatePartnerParams;
import dev.racereg.letsdothis.CreateReservedEntryGroupParams;
import dev.racereg.letsdothis.CursorListParams;
import dev.racereg.letsdothis.DeleteReservedEntryGroupParams;
import dev.racereg.letsdothis.GetApplicationParams;
import dev.racereg.letsdothis.GetParticipantParams;
import dev.racereg.letsdothis.GetPartnerParams;
import dev.racereg.letsdothis.GetReservedEntryGroupParams;
import dev.racereg.letsdothis.ListApplicationsParams;
import dev.racereg.letsdothis.ListEventApplicationsParams;
import dev.racereg.letsdothis.ListParticipantsParams;
import dev.racereg.letsdothis.ListPartnersParams;
import dev.racereg.letsdothis.ListRaceParticipantsParams;
import dev.racereg.letsdothis.ListReservedEntryGroupsParams;
import dev.racereg.letsdothis.ListTicketsParams;
import dev.racereg.letsdothis.UpdatePartnerParams;
import dev.racereg.letsdothis.UpdateReservedEntryGroupParams;
import dev.racereg.runsignup.AuthorizationCodeParams;
import dev.racereg.runsignup.CreateResultSetParams;
import dev.racereg.runsignup.EditParticipantsParams;
import dev.racereg.runsignup.GetRaceParams;
import dev.racereg.runsignup.GetResultsParams;
import dev.racereg.runsignup.LoginParams;
import dev.racereg.runsignup.PostResultsParams;
import dev.racereg.runsignup.RegistrationPeriodsParams;
import dev.racereg.runsignup.RemovedParticipantsParams;
import dev.racereg.runsignup.ResultSetsParams;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R5: bad input is refused before anything is sent, with a {@link ValidationException} that names
 * the field: every client builder (null or missing credentials, null options), the credentials
 * themselves, every operation of every client given a null where its parameters belong, every
 * parameters builder built with nothing set, and every public parameters class given a malformed
 * value (blank id, non-positive id or season, page size out of range, reversed range, bad format).
 */
class BadInputTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  static Stream<Arguments> builders() {
    Map<String, Executable> cases = new java.util.LinkedHashMap<>();
    ClientOptions o = ClientOptions.defaults();
    cases.put("PaceClient credentials(null)", () -> PaceClient.builder().credentials(null));
    cases.put("PaceClient options(null)", () -> PaceClient.builder().options(null));
    cases.put("PaceClient without credentials", () -> PaceClient.builder().options(o).build());
    cases.put("PaceCredentials.of(null, null)", () -> PaceCredentials.of(null, (String) null));
    cases.put("ActigoClient credentials(null)", () -> ActigoClient.builder().credentials(null));
    cases.put("ActigoClient options(null)", () -> ActigoClient.builder().options(null));
    cases.put("ActigoClient without credentials", () -> ActigoClient.builder().options(o).build());
    cases.put("ActigoCredentials.of(null, null)", () -> ActigoCredentials.of(null, null));
    cases.put("RunSignupClient credentials(null)", () -> RunSignupClient.builder().credentials(null));
    cases.put("RunSignupClient options(null)", () -> RunSignupClient.builder().options(null));
    cases.put("RunSignupClient without credentials", () -> RunSignupClient.builder().options(o).build());
    cases.put("RunSignupCredentials.apiKey(null, null)", () -> RunSignupCredentials.apiKey(null, null));
    cases.put("LetsDoThisClient credentials(null)", () -> LetsDoThisClient.builder().credentials(null).build());
    cases.put("LetsDoThisClient options(null)", () -> LetsDoThisClient.builder().options(null));
    cases.put("LetsDoThisClient without credentials", () -> LetsDoThisClient.builder().options(o).build());
    cases.put("LetsDoThisCredentials.of(null)", () -> LetsDoThisCredentials.of((String) null));
    cases.put("FftriClient credentials(null)", () -> FftriClient.builder().credentials(null));
    cases.put("FftriClient options(null)", () -> FftriClient.builder().options(null));
    cases.put("FftriClient without credentials", () -> FftriClient.builder().options(o).build());
    cases.put("FftriCredentials.of(null, null)", () -> FftriCredentials.of(null, null));
    cases.put("FftriCredentials.of(null, null, null)", () -> FftriCredentials.of(null, null, null));
    return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builders")
  void everyClientBuilderRefusesMissingCredentialsAndOptionsNamingTheField(String name, Executable call) {
    Throwable thrown = catchThrowable(call::execute);

    assertThat(thrown).as(name).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) thrown).field()).as(name).isNotBlank();
  }

  /** One client of each kind on the mock server (which must never be called). */
  private List<Object> clients() {
    Function<String, ClientOptions> o = path -> test.options(server.url(path).toString());
    return List.of(
        PaceClient.builder().credentials(PaceCredentials.of("id", Canaries.PACE_SECRET)).options(o.apply("/api")).build(),
        ActigoClient.builder().credentials(ActigoCredentials.of("key", Canaries.ACTIGO)).options(o.apply("/api")).build(),
        RunSignupClient.builder().credentials(RunSignupCredentials.apiKey("key", Canaries.RUNSIGNUP))
            .options(o.apply("/Rest")).build(),
        RunSignupOAuth.create(o.apply("/Rest")),
        LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(SafeCalls.ldtKey())).options(o.apply("/v0"))
            .build(),
        FftriClient.builder().credentials(FftriCredentials.of("user", Canaries.FFTRI_API_KEY, Canaries.FFTRI_PASSPHRASE))
            .options(o.apply("/api")).build());
  }

  @Test
  void everyOperationGivenNullParametersThrowsAValidationExceptionAndSendsNothing() throws Exception {
    List<String> operations = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Object client : clients()) {
      for (Method m : client.getClass().getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() == 0
            || Stream.of(m.getParameterTypes()).anyMatch(Class::isPrimitive)) {
          continue;
        }
        String name = client.getClass().getSimpleName() + "." + m.getName() + List.of(m.getParameterTypes()).stream()
            .map(Class::getSimpleName).toList();
        operations.add(name);
        Throwable thrown;
        try {
          Object result = m.invoke(client, new Object[m.getParameterCount()]);
          thrown = null;
          if (result instanceof AutoCloseable c) {
            c.close();
          }
        } catch (InvocationTargetException e) {
          thrown = e.getCause();
        }
        if (!(thrown instanceof ValidationException v) || v.field().isBlank()) {
          wrong.add(name + " -> " + thrown);
        }
      }
    }
    System.out.printf("bad input: %d operations given null parameters%n", operations.size());
    assertThat(wrong).as("operations that accept a null or fail otherwise").isEmpty();
    assertThat(operations).hasSizeGreaterThan(40);
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }

  @Test
  void everyParametersBuilderBuiltWithNothingSetIsValidOrNamesTheMissingField() throws Exception {
    List<String> built = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (String type : paramsTypes()) {
      Class<?> params = Class.forName(type);
      Method builder;
      try {
        builder = params.getMethod("builder");
      } catch (NoSuchMethodException e) {
        continue;
      }
      Object b = builder.invoke(null);
      Throwable thrown = null;
      try {
        b.getClass().getMethod("build").invoke(b);
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }
      built.add(params.getSimpleName());
      if (thrown != null && !(thrown instanceof ValidationException v && !v.field().isBlank())) {
        wrong.add(params.getSimpleName() + " -> " + thrown);
      }
    }
    System.out.printf("bad input: %d parameters builders built empty%n", built.size());
    assertThat(wrong).isEmpty();
    assertThat(built).hasSizeGreaterThan(30);
  }

  /**
   * Parameters classes with no parameter that can be malformed (every one optional or free text),
   * by simple name, with the reason. Empty today: every class has an id, a page size, a range or a
   * checked format to get wrong. A class listed here is skipped by the coverage check below.
   */
  private static final Map<String, String> NOTHING_TO_MALFORM = Map.of();

  /** One malformed value: the class it is set on, the field the exception must name, the build. */
  private record Malformed(String name, Class<?> params, String field, Executable build) {}

  private static final String HEX24 = "0123456789abcdef01234567";

  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

  private static final LocalDateTime NOON = LocalDateTime.of(2025, 6, 1, 12, 0);

  private static List<Malformed> malformedRows() {
    List<Malformed> rows = new ArrayList<>();
    // Pace
    rows.add(new Malformed("access code with a space inside", dev.racereg.pace.ParticipantsParams.class, "accessCode",
        () -> dev.racereg.pace.ParticipantsParams.builder().accessCode("VZ5B 066Z").eventSlug("espoo").build()));
    rows.add(new Malformed("event slug with a slash", dev.racereg.pace.ParticipantsParams.class, "eventSlug",
        () -> dev.racereg.pace.ParticipantsParams.builder().accessCode("VZ5B066Z").eventSlug("a/b?c").build()));
    // Actigo: ids are 24 hexadecimal digits, chunks 1 to the maximum
    rows.add(new Malformed("activity id not hexadecimal", RegistrationsParams.class, "activityId",
        () -> RegistrationsParams.builder().activityId("not-an-activity-id-00000").build()));
    rows.add(new Malformed("activity id of 23 digits", SyncRegistrationsParams.class, "activityId",
        () -> SyncRegistrationsParams.builder().activityId(HEX24.substring(1)).build()));
    rows.add(new Malformed("chunk size 0", SyncRegistrationsParams.class, "chunkSize",
        () -> SyncRegistrationsParams.builder().activityId(HEX24).chunkSize(0).build()));
    rows.add(new Malformed("activity id blank", SyncResultsParams.class, "activityId",
        () -> SyncResultsParams.builder().activityId(" ").build()));
    rows.add(new Malformed("chunk size above the maximum", SyncResultsParams.class, "chunkSize",
        () -> SyncResultsParams.builder().activityId(HEX24).chunkSize(SyncResultsParams.MAX_CHUNK_SIZE + 1).build()));
    // RunSignup: ids positive, results_per_page 1 to 2500
    rows.add(new Malformed("PKCE verifier too short", AuthorizationCodeParams.class, "codeVerifier",
        () -> AuthorizationCodeParams.builder().clientId("app").code("c0de").redirectUri("https://example.org/cb")
            .codeVerifier("short").build()));
    rows.add(new Malformed("result set name blank", CreateResultSetParams.class, "name",
        () -> CreateResultSetParams.builder().raceId(1).eventId(2).name("  ").build()));
    rows.add(new Malformed("source URL not http", CreateResultSetParams.class, "sourceUrl",
        () -> CreateResultSetParams.builder().raceId(1).eventId(2).name("Final").sourceUrl("ftp://x/y").build()));
    rows.add(new Malformed("race id negative", EditParticipantsParams.class, "raceId",
        () -> EditParticipantsParams.builder().raceId(-1).build()));
    rows.add(new Malformed("race id 0", GetRaceParams.class, "raceId", () -> GetRaceParams.of(0)));
    rows.add(new Malformed("results_per_page 2501", GetResultsParams.class, "resultsPerPage",
        () -> GetResultsParams.builder().raceId(1).eventId(2).resultsPerPage(2501).build()));
    rows.add(new Malformed("page 0", GetResultsParams.class, "page",
        () -> GetResultsParams.builder().raceId(1).eventId(2).page(0).build()));
    rows.add(new Malformed("result set id 0", GetResultsParams.class, "resultSetId",
        () -> GetResultsParams.builder().raceId(1).eventId(2).resultSetId(0).build()));
    rows.add(new Malformed("e-mail blank", LoginParams.class, "email", () -> LoginParams.of("  ", "secret")));
    rows.add(new Malformed("results_per_page 2501", dev.racereg.runsignup.ParticipantsParams.class, "resultsPerPage",
        () -> dev.racereg.runsignup.ParticipantsParams.builder().raceId(1).eventId(2).resultsPerPage(2501).build()));
    rows.add(new Malformed("event id 0", dev.racereg.runsignup.ParticipantsParams.class, "eventIds",
        () -> dev.racereg.runsignup.ParticipantsParams.builder().raceId(1).eventId(0).build()));
    rows.add(new Malformed("result set id 0", PostResultsParams.class, "resultSetId",
        () -> PostResultsParams.builder().raceId(1).eventId(2).resultSetId(0).build()));
    rows.add(new Malformed("period closing before it opens", RegistrationPeriodsParams.class, "periods[0].closes",
        () -> RegistrationPeriodsParams.builder().raceId(1).eventId(2).addPeriodCents(NOON, NOON.minusDays(1), 2500)
            .build()));
    rows.add(new Malformed("race id 0", RegistrationPeriodsParams.class, "raceId",
        () -> RegistrationPeriodsParams.builder().raceId(0).eventId(2).addPeriodCents(NOON, NOON.plusDays(1), 2500)
            .build()));
    rows.add(new Malformed("race id 0", RemovedParticipantsParams.class, "raceId",
        () -> RemovedParticipantsParams.builder().raceId(0).eventId(2).build()));
    rows.add(new Malformed("results_per_page 0", RemovedParticipantsParams.class, "resultsPerPage",
        () -> RemovedParticipantsParams.builder().raceId(1).eventId(2).resultsPerPage(0).build()));
    rows.add(new Malformed("event id 0", ResultSetsParams.class, "eventId", () -> ResultSetsParams.of(1, 0)));
    // Let's Do This: ids not blank, page[size] 1 to 500, ranges ordered, names ^(\S).+$
    rows.add(new Malformed("partner id blank", CreateClaimLinkParams.class, "partnerId",
        () -> CreateClaimLinkParams.builder().partnerId(" ").build()));
    rows.add(new Malformed("name starting with a space", CreatePartnerParams.class, "name",
        () -> CreatePartnerParams.builder().name(" Acme").build()));
    rows.add(new Malformed("event id blank", CreateReservedEntryGroupParams.class, "eventId",
        () -> CreateReservedEntryGroupParams.builder().eventId(" ").name("Charity places").build()));
    rows.add(new Malformed("max capacity negative", CreateReservedEntryGroupParams.class, "maxCapacity",
        () -> CreateReservedEntryGroupParams.builder().eventId("ev").name("Charity places").maxCapacity(-1).build()));
    rows.add(new Malformed("id blank", DeleteReservedEntryGroupParams.class, "id",
        () -> DeleteReservedEntryGroupParams.of(" ")));
    rows.add(new Malformed("id blank", GetApplicationParams.class, "id", () -> GetApplicationParams.of("")));
    rows.add(new Malformed("id blank", GetParticipantParams.class, "id", () -> GetParticipantParams.of(" ")));
    rows.add(new Malformed("id blank", GetPartnerParams.class, "id", () -> GetPartnerParams.of("\t")));
    rows.add(new Malformed("id blank", GetReservedEntryGroupParams.class, "id",
        () -> GetReservedEntryGroupParams.of(" ")));
    rows.add(new Malformed("page[size] 0", ListApplicationsParams.class, "pageSize",
        () -> ListApplicationsParams.builder().pageSize(0).build()));
    rows.add(new Malformed("event id blank", ListEventApplicationsParams.class, "eventId",
        () -> ListEventApplicationsParams.of(" ")));
    rows.add(new Malformed("page[size] 501", ListParticipantsParams.class, "pageSize",
        () -> ListParticipantsParams.builder().pageSize(CursorListParams.MAX_PAGE_SIZE + 1).build()));
    rows.add(new Malformed("created range empty", ListParticipantsParams.class, "createdAfter",
        () -> ListParticipantsParams.builder().createdAfter(T).createdBefore(T).build()));
    rows.add(new Malformed("search blank", ListPartnersParams.class, "search",
        () -> ListPartnersParams.builder().search(" ").build()));
    rows.add(new Malformed("updated range reversed", ListPartnersParams.class, "updatedAfter",
        () -> ListPartnersParams.builder().updatedAfter(T.plusSeconds(1)).updatedBefore(T).build()));
    rows.add(new Malformed("page cursor blank", ListPartnersParams.class, "pageAfter",
        () -> ListPartnersParams.builder().pageAfter(" ").build()));
    rows.add(new Malformed("race id blank", ListRaceParticipantsParams.class, "raceId",
        () -> ListRaceParticipantsParams.of(" ")));
    rows.add(new Malformed("event occurrence id blank", ListRaceParticipantsParams.class, "eventOccurrenceId",
        () -> ListRaceParticipantsParams.builder().raceId("race").eventOccurrenceId(" ").build()));
    rows.add(new Malformed("event id blank", ListReservedEntryGroupsParams.class, "eventId",
        () -> ListReservedEntryGroupsParams.of(" ")));
    rows.add(new Malformed("event id blank", ListTicketsParams.class, "eventId", () -> ListTicketsParams.of(" ")));
    rows.add(new Malformed("id blank", UpdatePartnerParams.class, "id",
        () -> UpdatePartnerParams.builder().id(" ").name("Acme").build()));
    rows.add(new Malformed("id blank", UpdateReservedEntryGroupParams.class, "id",
        () -> UpdateReservedEntryGroupParams.builder().id(" ").name("Charity places").build()));
    // FFTRI: ids and seasons positive, dates with four-digit years, licence numbers not blank
    rows.add(new Malformed("season 0", AgeCategoriesParams.class, "seasonId",
        () -> AgeCategoriesParams.builder().seasonId(0).build()));
    rows.add(new Malformed("club id 0", ClubParams.class, "clubId", () -> ClubParams.builder().clubId(0).build()));
    rows.add(new Malformed("season negative", ClubsParams.class, "seasonId",
        () -> ClubsParams.builder().seasonId(-2025).build()));
    rows.add(new Malformed("trial id 0", CreatePassParams.class, "trialId",
        () -> CreatePassParams.builder().trialId(0).firstName("Ada").lastName("Lovelace").build()));
    rows.add(new Malformed("first name blank", CreatePassParams.class, "firstName",
        () -> CreatePassParams.builder().trialId(1).firstName(" ").lastName("Lovelace").build()));
    rows.add(new Malformed("federation id 0", ItuFederationParams.class, "federationId",
        () -> ItuFederationParams.builder().federationId(0).build()));
    rows.add(new Malformed("season 0", LicenceInfosParams.class, "seasonId",
        () -> LicenceInfosParams.builder().seasonId(0).gender(FftriGender.MALE).lastName("Dupont")
            .birthDate(LocalDate.of(1990, 1, 2)).licence("A12345").build()));
    rows.add(new Malformed("gender neither m nor f", LicenceInfosParams.class, "gender",
        () -> LicenceInfosParams.builder().seasonId(2025).gender(FftriGender.of("x")).lastName("Dupont")
            .birthDate(LocalDate.of(1990, 1, 2)).licence("A12345").build()));
    rows.add(new Malformed("birth date with a five-digit year", LicenceInfosParams.class, "birthDate",
        () -> LicenceInfosParams.builder().seasonId(2025).gender(FftriGender.FEMALE).lastName("Dupont")
            .birthDate(LocalDate.of(10000, 1, 2)).licence("A12345").build()));
    rows.add(new Malformed("licence blank", LicenceInfosParams.class, "licence",
        () -> LicenceInfosParams.builder().seasonId(2025).gender(FftriGender.FEMALE).lastName("Dupont")
            .birthDate(LocalDate.of(1990, 1, 2)).licence("  ").build()));
    rows.add(new Malformed("trial id 0", ListPassesParams.class, "trialId",
        () -> ListPassesParams.builder().trialId(0).build()));
    rows.add(new Malformed("season 0", TestLicenceParams.class, "seasonId",
        () -> TestLicenceParams.builder().seasonId(0).licence("A12345").build()));
    rows.add(new Malformed("licence blank", TestLicenceParams.class, "licence",
        () -> TestLicenceParams.builder().seasonId(2025).licence(" ").build()));
    rows.add(new Malformed("login blank", TrialsByOrganiserParams.class, "login",
        () -> TrialsByOrganiserParams.builder().login(" ").key("k").build()));
    rows.add(new Malformed("key blank", TrialsByOrganiserParams.class, "key",
        () -> TrialsByOrganiserParams.builder().login("org").key(" ").build()));
    rows.add(new Malformed("pass number blank", UpdatePassParams.class, "passNumber",
        () -> UpdatePassParams.builder().passNumber(" ").refund(true).build()));
    rows.add(new Malformed("trial id 0", VerifyPassParams.class, "trialId",
        () -> VerifyPassParams.builder().passNumber("P-1").trialId(0).build()));
    return rows;
  }

  static Stream<Arguments> malformed() {
    return malformedRows().stream()
        .map(r -> Arguments.of(r.params().getSimpleName() + " " + r.name(), r.field(), r.build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedParameterThrowsAValidationExceptionNamingItAndSendsNothing(String name, String field,
      Executable build) {
    Throwable thrown = catchThrowable(build::execute);

    assertThat(thrown).as(name).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) thrown).field()).as(name).isEqualTo(field);
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }

  @Test
  void everyPublicParametersClassHasAMalformedRowOrADocumentedExemption() throws IOException {
    List<String> types = paramsTypes();
    List<String> covered = malformedRows().stream().map(r -> r.params().getName()).distinct().toList();
    List<String> missing = types.stream()
        .filter(t -> !covered.contains(t) && !NOTHING_TO_MALFORM.containsKey(t.substring(t.lastIndexOf('.') + 1)))
        .toList();
    System.out.printf("bad input: %d malformed rows over %d parameters classes%n", malformedRows().size(),
        covered.size());
    assertThat(missing).as("parameters classes without a malformed row").isEmpty();
    assertThat(types).as("rows only for public parameters classes").containsAll(covered);
  }

  /** The public parameters classes of every provider module, from their API dumps. */
  private static List<String> paramsTypes() throws IOException {
    List<String> types = new ArrayList<>();
    for (String module : List.of("sdk-pace", "sdk-actigo", "sdk-runsignup", "sdk-letsdothis", "sdk-fftri")) {
      for (String line : Files.readAllLines(Path.of("..", module, "api", module + ".api"))) {
        String[] words = line.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
          if (words[i].equals("class") && words[i + 1].endsWith("Params") && !line.contains("abstract")) {
            types.add(words[i + 1]);
          }
        }
      }
    }
    return types;
  }
}
