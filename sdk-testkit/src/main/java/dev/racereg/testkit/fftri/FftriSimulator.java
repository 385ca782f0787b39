package dev.racereg.testkit.fftri;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.SimulatorBuilder;
import dev.racereg.testkit.fftri.FftriWorld.AgeCategory;
import dev.racereg.testkit.fftri.PassCompetition.Status;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;

/**
 * A stateful, in-process simulator of the FFTri espacetri licence API ({@code /api}), written
 * from the provider's documentation: seasons, clubs, age categories, licence checks, the
 * organiser's trials, ITU federations, and the pass compétition lifecycle (create, refund,
 * check, list as JSON or CSV).
 *
 * <pre>{@code
 * try (FftriSimulator sim = FftriSimulator.builder().seed(7).build().start()) {
 *   String base = sim.baseUrl();               // http://127.0.0.1:PORT/api
 *   String user = sim.username();              // X-USER
 *   String key = sim.apiKey();                 // Authorization (raw key, no scheme)
 *   String token = sim.authToken();            // X-Auth-Token of the pass operations
 *   String licence = sim.licenceNumbersValidFor(sim.currentSeason().id()).get(0);
 * }
 * }</pre>
 *
 * <p>What it answers, like the doc: list responses are JSON objects keyed by id; most numbers
 * and booleans are strings ({@code "isPaid":"1"}, {@code "success":"true"}) exactly where the
 * doc's examples show strings; non-ASCII characters are escaped as PHP does. Every request needs
 * {@code X-USER} and {@code Authorization}; the pass compétition operations (and, by default, the
 * ITU federation lookups, whose doc samples send it too) also need {@code X-Auth-Token}, the hex
 * digest of {@code APIKEY=<key><passphrase>USERNAME=<user><passphrase>}, compared without regard
 * to hex case. The error statuses and messages are inferred (the doc gives none) and isolated in
 * one class; see the report of each endpoint in the package documentation.
 *
 * <p>Data is generated from the seed and an anchor instant, never from the wall clock; the
 * injectable {@link Clock} only dates new passes, the {@code ping} time and which trials are
 * "upcoming" for {@code get-trials-by-orga}. Thread-safe.
 */
public final class FftriSimulator extends Simulator<FftriSimulator> {

  /** Where the doc's create example says a pass can be downloaded; the simulator does not serve it. */
  public static final String PRINT_URL = "https://espacetri.fftri.com/pass-competition/print-public/";

  /** The hash algorithm of {@code X-Auth-Token}: the current doc says SHA-256, an older one SHA-1. */
  public enum TokenAlgorithm {
    /** SHA-256, 64 hex digits: what the current doc text says. The default. */
    SHA_256("SHA-256"),
    /** SHA-1, 40 hex digits: what an older version of the doc says (and the sample's length). */
    SHA_1("SHA-1");

    private final String javaName;

    TokenAlgorithm(String javaName) {
      this.javaName = javaName;
    }

    /** The name of the algorithm for {@link MessageDigest#getInstance(String)}. */
    public String javaName() {
      return javaName;
    }
  }

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter PING_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
  /** The fields of a pass in the list and the pass check, in the doc's order; also the CSV header. */
  private static final List<String> PASS_FIELDS = List.of("firstname", "lastname", "birthDate",
      "email", "passNumber", "created", "statusDescription", "isPaid", "refund", "type",
      "typeDescription");

  /** What the token check applies to. */
  private enum TokenRule { NONE, PASS, ITU }

  /** The documented operations: first path segment, method, number of path parameters. */
  private enum Route {
    PING("ping", "GET", 0, 0, TokenRule.NONE),
    SEASONS("seasons", "GET", 0, 0, TokenRule.NONE),
    CLUBS("clubs", "GET", 1, 1, TokenRule.NONE),
    CLUB("club", "GET", 1, 1, TokenRule.NONE),
    AGE_CATEGORIES("age-categories", "GET", 1, 1, TokenRule.NONE),
    TEST_LICENCE("test-licence", "POST", 1, 1, TokenRule.NONE),
    LICENCE_INFOS("licence-infos", "POST", 1, 1, TokenRule.NONE),
    CREATE_PASS("create-pass-competition", "POST", 0, 0, TokenRule.PASS),
    UPDATE_PASS("update-pass-competition", "POST", 0, 0, TokenRule.PASS),
    VERIFY_PASS("pass-competition", "GET", 2, 2, TokenRule.PASS),
    LIST_PASSES("pass-competition-list", "GET", 2, 4, TokenRule.PASS),
    TRIALS_BY_ORGA("get-trials-by-orga", "GET", 2, 2, TokenRule.NONE),
    ITU_FEDERATION("itu-federation", "GET", 1, 1, TokenRule.ITU),
    ITU_AFFILIATED("get-itu-affiliated-federation", "GET", 0, 0, TokenRule.ITU),
    ITU_FEDERATIONS("itu-federations", "GET", 0, 0, TokenRule.ITU);

    final String segment;
    final String method;
    final int minParams;
    final int maxParams;
    final TokenRule token;

    Route(String segment, String method, int minParams, int maxParams, TokenRule token) {
      this.segment = segment;
      this.method = method;
      this.minParams = minParams;
      this.maxParams = maxParams;
      this.token = token;
    }

    static Optional<Route> match(String segment, int params) {
      for (Route route : values()) {
        if (route.segment.equals(segment) && params >= route.minParams && params <= route.maxParams) {
          return Optional.of(route);
        }
      }
      return Optional.empty();
    }
  }

  /** A request the simulator refuses; carries the response to send. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient MockResponse response;

    Refusal(MockResponse response) {
      super(null, null, false, false);
      this.response = response;
    }
  }

  private final String username;
  private final String apiKey;
  private final String passphrase;
  private final String accountName;
  private final TokenAlgorithm tokenAlgorithm;
  private final boolean tokenRequiredOnItu;
  private final String organiserLogin;
  private final String organiserKey;
  private final boolean autoValidatePasses;
  private final char csvSeparator;
  private final Clock clock;
  private final Instant anchor;
  private final FftriWorld world;
  private final PassBook passes;

  private FftriSimulator(Builder b) {
    this.username = b.username;
    this.apiKey = b.apiKey;
    this.passphrase = b.passphrase;
    this.accountName = b.accountName;
    this.tokenAlgorithm = b.tokenAlgorithm;
    this.tokenRequiredOnItu = b.tokenRequiredOnItu;
    this.organiserLogin = b.organiserLogin;
    this.organiserKey = b.organiserKey;
    this.autoValidatePasses = b.autoValidatePasses;
    this.csvSeparator = b.csvSeparator;
    this.clock = b.clock();
    this.anchor = b.anchor();
    LocalDate anchorDate = LocalDate.ofInstant(anchor, PARIS);
    this.world = new FftriWorld(b.seed(), anchorDate, b.clubs, b.licenceHolders, b.events);
    this.passes = new PassBook(b.seed(), b.passesPerTrial, anchorDate, b.username, world);
  }

  /** A builder with every default set; {@code builder().build()} is ready to start. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected String basePath() {
    return "/api";
  }

  // ---- credentials -----------------------------------------------------------------------

  /** The accepted {@code X-USER} value. Default {@code "username"}, as in the doc. */
  public String username() {
    return username;
  }

  /**
   * The accepted {@code Authorization} value: the raw API key, no scheme word. Default
   * {@code "d41d8cd98f00b204e9800998ecf8427e"}, as in the doc.
   */
  public String apiKey() {
    return apiKey;
  }

  /** The passphrase that salts {@code X-Auth-Token}. Default {@code "passphrase"}, as in the doc. */
  public String passphrase() {
    return passphrase;
  }

  /** The algorithm {@code X-Auth-Token} is checked with. Default {@link TokenAlgorithm#SHA_256}. */
  public TokenAlgorithm tokenAlgorithm() {
    return tokenAlgorithm;
  }

  /** The {@code X-Auth-Token} the simulator accepts, in lower-case hex (upper case is accepted too). */
  public String authToken() {
    return authToken(username, apiKey, passphrase, tokenAlgorithm);
  }

  /**
   * The {@code X-Auth-Token} for a set of credentials, in lower-case hex: the digest of
   * {@code APIKEY=<apiKey><passphrase>USERNAME=<username><passphrase>} (parameters in
   * alphabetical order, each followed by the passphrase), UTF-8 encoded.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String authToken(String username, String apiKey, String passphrase,
      TokenAlgorithm algorithm) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(passphrase, "passphrase");
    Objects.requireNonNull(algorithm, "algorithm");
    String plain = "APIKEY=" + apiKey + passphrase + "USERNAME=" + username + passphrase;
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm.javaName());
      return HexFormat.of().formatHex(digest.digest(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm.javaName() + " is required of every JVM", e);
    }
  }

  /** The name {@code ping} answers with. Default {@code "Chronométrage Démo"}. */
  public String accountName() {
    return accountName;
  }

  /** The organiser login {@code get-trials-by-orga} accepts. Default {@code "ORGA10286"}. */
  public String organiserLogin() {
    return organiserLogin;
  }

  /**
   * The organiser key {@code get-trials-by-orga} accepts. Default
   * {@code "6512ad43d9cea6e02d990b0a82652dca"}, as in the doc.
   */
  public String organiserKey() {
    return organiserKey;
  }

  // ---- generated data --------------------------------------------------------------------

  /** The instant generated data is anchored on (licence validations, pass dates, event dates). */
  public Instant anchor() {
    return anchor;
  }

  /** Every season, in chronological order: the doc's (ids 2, 6 to 10), then one per year. */
  public List<SeasonRow> seasons() {
    return world.seasons;
  }

  /** The season containing the anchor date (season 18, "2026", by default). */
  public SeasonRow currentSeason() {
    return world.currentSeason;
  }

  /** Every club, whatever the seasons it renewed for. */
  public List<ClubRow> clubs() {
    return world.clubs;
  }

  /** Every licence holder, in generation order. */
  public List<LicenceHolder> licenceHolders() {
    return world.holders;
  }

  /** The holder of a licence number (compared without regard to case), if any. */
  public Optional<LicenceHolder> licenceHolder(String licenceNumber) {
    return world.holder(Objects.requireNonNull(licenceNumber, "licenceNumber"));
  }

  /** The licence numbers valid for the season, in generation order. */
  public List<String> licenceNumbersValidFor(int seasonId) {
    return world.holders.stream().filter(h -> h.validFor(seasonId))
        .map(LicenceHolder::licenceNumber).toList();
  }

  /**
   * Licence numbers of members who were licensed in an earlier season but not in the current
   * one, in generation order.
   */
  public List<String> lapsedLicenceNumbers() {
    int current = world.currentSeason.id();
    return world.holders.stream().filter(h -> !h.validFor(current))
        .map(LicenceHolder::licenceNumber).toList();
  }

  /** Five well-formed licence numbers that no member holds. */
  public List<String> unknownLicenceNumbers() {
    return world.unknownLicenceNumbers(5);
  }

  /** The organiser's events with their trials; the first is the doc's CHTRIMAN GRAVELINES. */
  public List<FftriEvent> events() {
    return world.events;
  }

  /** Every trial id of the organiser's events, whatever their date. */
  public List<Integer> trialIds() {
    return world.trials().stream().map(TrialRow::id).toList();
  }

  /** The trial ids that {@code get-trials-by-orga} lists now: trials on or after today (clock, Paris). */
  public List<Integer> upcomingTrialIds() {
    LocalDate today = today();
    return world.trials().stream().filter(t -> !t.date().isBefore(today)).map(TrialRow::id).toList();
  }

  /** The trial with this id, if any. */
  public Optional<TrialRow> trial(int trialId) {
    return world.trial(trialId);
  }

  /** Every ITU federation, by id. */
  public List<ItuFederationRow> ituFederations() {
    return world.federations();
  }

  // ---- pass state ------------------------------------------------------------------------

  /** A pass as it is now, if there is one with this number. */
  public Optional<PassCompetition> pass(String passNumber) {
    return passes.find(passNumber);
  }

  /**
   * Every pass of a trial as it is now: the generated ones, then those created through the API.
   *
   * @throws IllegalArgumentException if there is no such trial
   */
  public List<PassCompetition> passes(int trialId) {
    return passes.list(requireTrial(trialId));
  }

  /** The passes created through the API (test editions excluded), in creation order. */
  public List<PassCompetition> createdPasses() {
    return passes.created();
  }

  /**
   * Marks a valid pass as used, as race-day check-in does.
   *
   * @return the pass after the change
   * @throws IllegalArgumentException if there is no such pass
   * @throws IllegalStateException if the pass is not {@code valid}
   */
  public PassCompetition markPassUsed(String passNumber) {
    return adminChange(passNumber, p -> {
      if (p.status() != Status.VALID) {
        throw new IllegalStateException("pass " + passNumber + " is " + p.status().wire() + ", not valid");
      }
      return p.withState(Status.USED, p.paid(), p.refunded(), p.canceledReason());
    });
  }

  /**
   * Cancels a pass, as the federation does from espacetri (the API itself can only refund).
   *
   * @return the pass after the change
   * @throws IllegalArgumentException if there is no such pass
   * @throws IllegalStateException if the pass is already used, refunded or cancelled
   */
  public PassCompetition cancelPass(String passNumber, String reason) {
    return adminChange(passNumber, p -> {
      if (p.status() != Status.VALID && p.status() != Status.CREATED) {
        throw new IllegalStateException("pass " + passNumber + " is " + p.status().wire());
      }
      return p.withState(Status.CANCEL, p.paid(), p.refunded(), reason);
    });
  }

  private PassCompetition adminChange(String passNumber,
      java.util.function.UnaryOperator<PassCompetition> change) {
    if (passes.find(passNumber).isEmpty()) {
      throw new IllegalArgumentException("no pass " + passNumber);
    }
    return passes.update(passNumber, change);
  }

  private TrialRow requireTrial(int trialId) {
    return world.trial(trialId)
        .orElseThrow(() -> new IllegalArgumentException("no trial " + trialId));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), PARIS);
  }

  // ---- dispatch --------------------------------------------------------------------------

  @Override
  protected MockResponse handle(SimRequest request) {
    List<String> segments = new ArrayList<>(request.segments());
    while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    if (segments.size() < 2 || !"api".equals(segments.get(0))) {
      return FftriWire.noRoute(request.method(), request.path());
    }
    List<String> params = segments.subList(2, segments.size());
    Optional<Route> match = Route.match(segments.get(1), params.size());
    if (match.isEmpty()) {
      return FftriWire.noRoute(request.method(), request.path());
    }
    Route route = match.get();
    if (!route.method.equals(request.method())) {
      return FftriWire.methodNotAllowed(request.method(), request.path(), route.method);
    }
    try {
      authenticate(request, route);
      return dispatch(route, params, request);
    } catch (Refusal refusal) {
      return refusal.response;
    }
  }

  private MockResponse dispatch(Route route, List<String> params, SimRequest request) {
    switch (route) {
      case PING:
        return ping();
      case SEASONS:
        return seasonsList();
      case CLUBS:
        return clubsOfSeason(params.get(0));
      case CLUB:
        return clubInfo(params.get(0));
      case AGE_CATEGORIES:
        return ageCategories(params.get(0));
      case TEST_LICENCE:
        return testLicence(params.get(0), request);
      case LICENCE_INFOS:
        return licenceInfos(params.get(0), request);
      case CREATE_PASS:
        return createPass(request);
      case UPDATE_PASS:
        return updatePass(request);
      case VERIFY_PASS:
        return verifyPass(params.get(0), params.get(1));
      case LIST_PASSES:
        return listPasses(params);
      case TRIALS_BY_ORGA:
        return trialsByOrganiser(params.get(0), params.get(1));
      case ITU_FEDERATION:
        return ituFederation(params.get(0));
      case ITU_AFFILIATED:
        return ituAffiliated();
      case ITU_FEDERATIONS:
        return ituFederationsList();
      default:
        throw new IllegalStateException("unrouted " + route);
    }
  }

  private void authenticate(SimRequest request, Route route) {
    String user = request.header("X-USER").map(String::trim).orElse("");
    String key = request.header("Authorization").map(String::trim).orElse("");
    if (user.isEmpty() || key.isEmpty()) {
      throw new Refusal(FftriWire.missingCredentials());
    }
    if (!user.equals(username) || !key.equals(apiKey)) {
      throw new Refusal(FftriWire.wrongCredentials());
    }
    boolean tokenNeeded = route.token == TokenRule.PASS
        || (route.token == TokenRule.ITU && tokenRequiredOnItu);
    if (tokenNeeded) {
      String sent = request.header("X-Auth-Token").map(String::trim).orElse("");
      // rebuilt from the headers received, as the doc says the platform does
      String expected = authToken(user, key, passphrase, tokenAlgorithm);
      if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
          sent.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
        throw new Refusal(FftriWire.refusedToken());
      }
    }
  }

  // ---- reference data --------------------------------------------------------------------

  private MockResponse ping() {
    Map<String, Object> time = new LinkedHashMap<>();
    time.put("date", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(PING_TIME));
    time.put("timezone_type", 3);
    time.put("timezone", "UTC");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", accountName);
    body.put("time", time);
    return FftriWire.json(200, body);
  }

  private MockResponse seasonsList() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (SeasonRow s : world.seasons) {
      Map<String, Object> season = new LinkedHashMap<>();
      season.put("id", s.id());
      season.put("name", s.name());
      season.put("startDate", s.startDate().toString());
      season.put("endDate", s.endDate().toString());
      body.put(Integer.toString(s.id()), season);
    }
    return FftriWire.json(200, body);
  }

  private SeasonRow requireSeason(String param) {
    return parseId(param).flatMap(world::season)
        .orElseThrow(() -> new Refusal(FftriWire.notFound("Season not found")));
  }

  private MockResponse clubsOfSeason(String seasonParam) {
    SeasonRow season = requireSeason(seasonParam);
    List<ClubRow> renewed = world.clubs.stream().filter(c -> c.seasonIds().contains(season.id()))
        .sorted(Comparator.comparing(ClubRow::name)).toList();
    return FftriWire.streamedJson(gen -> {
      gen.writeStartObject();
      for (ClubRow club : renewed) {
        gen.writeStringField(Integer.toString(club.id()), club.name());
      }
      gen.writeEndObject();
    });
  }

  private MockResponse clubInfo(String clubParam) {
    ClubRow club = parseId(clubParam).flatMap(world::club)
        .orElseThrow(() -> new Refusal(FftriWire.notFound("Club not found")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", Integer.toString(club.id()));
    body.put("name", club.name());
    body.put("address", club.address());
    body.put("zip", club.zip());
    body.put("city", club.city());
    body.put("phone", club.phone());
    body.put("mobile", club.mobile());
    body.put("email", club.email());
    body.put("website", club.website());
    body.put("lat", club.lat());
    body.put("lng", club.lng());
    body.put("league", club.league());
    body.put("excellence_young", flag(club.excellenceYoung()));
    body.put("healthSport", flag(club.healthSport()));
    body.put("school_label_stars", Integer.toString(club.schoolLabelStars()));
    body.put("school_label_raid_stars", Integer.toString(club.schoolLabelRaidStars()));
    body.put("season", club.labelSeason());
    body.put("championship", club.championship());
    return FftriWire.json(200, body);
  }

  private MockResponse ageCategories(String seasonParam) {
    SeasonRow season = requireSeason(seasonParam);
    Map<String, Object> body = new LinkedHashMap<>();
    for (AgeCategory c : world.categories(season.id())) {
      Map<String, Object> category = new LinkedHashMap<>();
      category.put("id", Integer.toString(c.id()));
      category.put("season", Integer.toString(c.seasonId()));
      category.put("name", c.name());
      category.put("ageMin", Integer.toString(c.ageMin()));
      category.put("ageMax", Integer.toString(c.ageMax()));
      category.put("yearOfBirthMin", Integer.toString(c.yearOfBirthMin()));
      category.put("yearOfBirthMax", Integer.toString(c.yearOfBirthMax()));
      category.put("shortName", c.shortName());
      category.put("mainGroupName", c.mainGroupName());
      body.put(Integer.toString(c.id()), category);
    }
    return FftriWire.json(200, body);
  }

  // ---- licences --------------------------------------------------------------------------

  private MockResponse testLicence(String seasonParam, SimRequest request) {
    Optional<SeasonRow> season = parseId(seasonParam).flatMap(world::season);
    if (season.isEmpty()) {
      return FftriWire.licenceKo(FftriWire.NOT_FOUND, "season not found");
    }
    JsonNode body = parseBody(request, FftriWire.licenceKo(FftriWire.BAD_REQUEST, "invalid JSON body"));
    String licence = text(body, "licence");
    if (licence == null) {
      return FftriWire.licenceKo(FftriWire.BAD_REQUEST, "missing licence");
    }
    Optional<LicenceHolder> holder = world.holder(licence);
    if (holder.isEmpty()) {
      return FftriWire.licenceKo(FftriWire.NOT_FOUND, "licence not found");
    }
    if (!holder.get().validFor(season.get().id())) {
      return FftriWire.licenceKo(FftriWire.NOT_FOUND, "licence not available for season");
    }
    return FftriWire.licenceOk();
  }

  private MockResponse licenceInfos(String seasonParam, SimRequest request) {
    SeasonRow season = requireSeason(seasonParam);
    JsonNode body = parseBody(request, FftriWire.badRequest("Invalid JSON body"));
    String gender = required(body, "gender").toLowerCase(Locale.ROOT);
    String lastname = required(body, "lastname");
    LocalDate birthdate = date(required(body, "birthdate"), "birthdate");
    String licence = required(body, "licence");
    if (!gender.equals("m") && !gender.equals("f")) {
      throw new Refusal(FftriWire.badRequest("Invalid gender, expected m or f"));
    }
    LicenceHolder holder = world.holder(licence)
        .filter(h -> h.gender().equals(gender) && h.birthDate().equals(birthdate)
            && FftriNames.fold(h.lastName()).equals(FftriNames.fold(lastname)))
        .orElseThrow(() -> new Refusal(FftriWire.notFound("Licence not found")));
    LocalDate validated = holder.validationDate(season.id())
        .orElseThrow(() -> new Refusal(FftriWire.notFound("Licence not found for season")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("licenseNumber", holder.licenceNumber());
    out.put("licenseValidationDate", validated.toString());
    out.put("mutation", holder.mutation() ? "OUI" : "NON");
    out.put("nationality", holder.nationality());
    out.put("ageCategory", world.categoryOf(holder.birthDate().getYear(), season)
        .map(AgeCategory::name).orElse(null));
    out.put("club_id", holder.clubId());
    out.put("club_name", holder.clubName());
    out.put("certifComp", holder.certifComp());
    out.put("letterType", holder.letterType());
    out.put("needPassCompet", holder.needPassCompet());
    return FftriWire.json(200, out);
  }

  // ---- pass compétition ------------------------------------------------------------------

  private MockResponse createPass(SimRequest request) {
    JsonNode body = parseBody(request, FftriWire.badRequest("Invalid JSON body"));
    int trialId = requiredInt(body, "fftriId");
    String firstName = required(body, "firstName");
    String lastName = required(body, "lastName");
    LocalDate birthDate = date(required(body, "birthDate"), "birthDate");
    BigDecimal price = decimal(body, "price");
    int type = requiredInt(body, "type");
    String email = required(body, "customerEmail");
    int testEdition = optionalInt(body, "testEdition", 0);
    Integer ituFedeId = body.hasNonNull("ituFedeId") ? requiredInt(body, "ituFedeId") : null;
    String ituLicense = text(body, "ituLicenseNumber");
    int sendInvoice = optionalInt(body, "sendInvoice", 1);
    String language = Optional.ofNullable(text(body, "language")).orElse("FR").toUpperCase(Locale.ROOT);
    int isPaid = optionalInt(body, "isPaid", 0);
    if (type < 1 || type > 3) {
      throw new Refusal(FftriWire.badRequest("Invalid type, expected 1 (individual) or 2 (relay)"));
    }
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new Refusal(FftriWire.badRequest("Invalid customerEmail"));
    }
    if (!birthDate.isBefore(today())) {
      throw new Refusal(FftriWire.badRequest("Invalid birthDate"));
    }
    requireFlag(testEdition, "testEdition");
    requireFlag(sendInvoice, "sendInvoice");
    requireFlag(isPaid, "isPaid");
    if (!language.equals("FR") && !language.equals("EN")) {
      throw new Refusal(FftriWire.badRequest("Invalid language, expected FR or EN"));
    }
    if (ituFedeId != null && world.federation(ituFedeId).isEmpty()) {
      throw new Refusal(FftriWire.badRequest("Unknown ituFedeId"));
    }
    TrialRow trial = world.trial(trialId)
        .orElseThrow(() -> new Refusal(FftriWire.notFound("Trial not found")));
    String passNumber;
    if (testEdition == 1) {
      // "testEdition ne crée plus de pass compétition de test": answer, store nothing
      passNumber = String.format(Locale.ROOT, "PCTEST%06d", trial.id());
    } else {
      boolean valid = autoValidatePasses || isPaid == 1;
      LocalDate created = today();
      passNumber = passes.create(trial, number -> new PassCompetition(number, trial.id(),
          firstName, lastName, birthDate, email, created, valid ? Status.VALID : Status.CREATED,
          valid, false, type, username, null, price, ituFedeId, ituLicense, sendInvoice == 1,
          language)).passNumber();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("success", "true");
    out.put("passNumber", passNumber);
    out.put("url", PRINT_URL + passNumber);
    return FftriWire.json(200, out);
  }

  private MockResponse updatePass(SimRequest request) {
    JsonNode body = parseBody(request, FftriWire.badRequest("Invalid JSON body"));
    String passNumber = required(body, "passNumber");
    int refund = requiredInt(body, "refund");
    requireFlag(refund, "refund");
    String reason = text(body, "canceledReason");
    PassCompetition pass = passes.find(passNumber)
        .orElseThrow(() -> new Refusal(FftriWire.notFound("Pass not found")));
    if (!pass.provider().equals(username)) {
      throw new Refusal(FftriWire.failure(FftriWire.REFUSED,
          "Access denied: pass sold by another provider"));
    }
    passes.update(passNumber, p -> {
      switch (p.status()) {
        case REFUND:
          throw new Refusal(FftriWire.badRequest("Pass already refunded"));
        case CANCEL:
          throw new Refusal(FftriWire.badRequest("Pass cancelled"));
        case USED:
          if (refund == 1) {
            throw new Refusal(FftriWire.badRequest("Pass already used"));
          }
          return p;
        default:
          if (refund == 1) {
            return p.withState(Status.REFUND, p.paid(), true,
                reason != null ? reason : p.canceledReason());
          }
          // the update that marked a pass paid before passes were validated on creation
          return p.withState(Status.VALID, true, false, p.canceledReason());
      }
    });
    return FftriWire.json(200, Map.of("success", "true"));
  }

  private MockResponse verifyPass(String passNumber, String trialParam) {
    Optional<Integer> trialId = parseId(trialParam);
    PassCompetition pass = passes.find(passNumber)
        .filter(p -> trialId.isPresent() && p.trialId() == trialId.get())
        .orElseThrow(() -> new Refusal(FftriWire.notFound("Pass not found")));
    TrialRow trial = requireTrial(pass.trialId());
    FftriEvent event = world.eventOf(trial);
    Map<String, Object> out = passSummary(pass);
    out.put("trial", Integer.toString(trial.id()));
    out.put("event", Integer.toString(event.id()));
    out.put("discipline", trial.discipline());
    out.put("distance", trial.distance());
    out.put("date", trial.date().toString());
    out.put("eventName", event.name());
    out.put("place", event.place());
    out.put("city", event.city());
    out.put("zip", event.zip());
    return FftriWire.json(200, out);
  }

  private MockResponse listPasses(List<String> params) {
    Optional<Integer> trialId = parseId(params.get(0));
    String isPaid = params.get(1);
    String provider = params.size() > 2 ? params.get(2) : "0";
    String csv = params.size() > 3 ? params.get(3) : "0";
    if (!isPaid.equals("0") && !isPaid.equals("1") && !isPaid.equals("3")) {
      throw new Refusal(FftriWire.badRequest("Invalid is_paid, expected 0, 1 or 3"));
    }
    if (!provider.equals("0") && !provider.equals("1")) {
      throw new Refusal(FftriWire.badRequest("Invalid provider, expected 0 or 1"));
    }
    if (!csv.equals("0") && !csv.equals("1")) {
      throw new Refusal(FftriWire.badRequest("Invalid csv, expected 0 or 1"));
    }
    TrialRow trial = trialId.flatMap(world::trial)
        .orElseThrow(() -> new Refusal(FftriWire.notFound("Trial not found")));
    Predicate<PassCompetition> filter = p -> isPaid.equals("3") || p.paid() == isPaid.equals("1");
    if (provider.equals("1")) {
      filter = filter.and(p -> p.provider().equals(username));
    }
    Predicate<PassCompetition> keep = filter;
    if (csv.equals("1")) {
      return FftriWire.streamed(FftriWire.CSV_TYPE, out -> {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeCsvLine(writer, PASS_FIELDS);
        for (Iterator<PassCompetition> it = passes.iterate(trial); it.hasNext(); ) {
          PassCompetition pass = it.next();
          if (keep.test(pass)) {
            writeCsvLine(writer, Arrays.asList(passValues(pass)));
          }
        }
        writer.flush();
      });
    }
    return FftriWire.streamedJson(gen -> {
      gen.writeStartObject();
      int index = 0;
      for (Iterator<PassCompetition> it = passes.iterate(trial); it.hasNext(); ) {
        PassCompetition pass = it.next();
        if (keep.test(pass)) {
          gen.writeFieldName(Integer.toString(index++));
          writePass(gen, pass);
        }
      }
      gen.writeEndObject();
    });
  }

  /** The fields both the pass check and the pass list serve, in the doc's order. */
  private static Map<String, Object> passSummary(PassCompetition pass) {
    String[] values = passValues(pass);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      out.put(PASS_FIELDS.get(i), values[i]);
    }
    return out;
  }

  /** The values of {@link #PASS_FIELDS} for a pass. */
  private static String[] passValues(PassCompetition pass) {
    return new String[] {
        pass.firstName(), pass.lastName(), pass.birthDate().toString(), pass.email(),
        pass.passNumber(), pass.created().toString(), pass.status().wire(), flag(pass.paid()),
        flag(pass.refunded()), Integer.toString(pass.type()), pass.typeDescription()};
  }

  private static void writePass(JsonGenerator gen, PassCompetition pass) throws IOException {
    String[] values = passValues(pass);
    gen.writeStartObject();
    for (int i = 0; i < values.length; i++) {
      gen.writeStringField(PASS_FIELDS.get(i), values[i]);
    }
    gen.writeEndObject();
  }

  /**
   * One CSV line. The doc only says "texte formaté pour un CSV": the header of field names, the
   * separator (default {@code ;}, usual in France) and {@code \n} line ends are inferred.
   */
  private void writeCsvLine(Writer writer, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        writer.write(csvSeparator);
      }
      String value = values.get(i);
      if (value.indexOf(csvSeparator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
          || value.indexOf('\r') >= 0) {
        writer.write('"' + value.replace("\"", "\"\"") + '"');
      } else {
        writer.write(value);
      }
    }
    writer.write('\n');
  }

  // ---- organiser's trials ----------------------------------------------------------------

  private MockResponse trialsByOrganiser(String login, String key) {
    if (!login.equals(organiserLogin) || !key.equalsIgnoreCase(organiserKey)) {
      throw new Refusal(FftriWire.refusedOrganiser());
    }
    LocalDate today = today();
    Map<String, Object> body = new LinkedHashMap<>();
    for (FftriEvent event : world.events) {
      Map<String, Object> trials = new LinkedHashMap<>();
      for (TrialRow t : event.trials()) {
        if (t.date().isBefore(today)) {
          continue;
        }
        Map<String, Object> trial = new LinkedHashMap<>();
        trial.put("id_trial", Integer.toString(t.id()));
        trial.put("name_trial", t.name());
        trial.put("date_trial", t.date().toString());
        trial.put("discipline", t.discipline());
        trial.put("distance", t.distance());
        trial.put("format", t.format());
        trial.put("label_trial", t.label());
        trial.put("pass_price", Integer.toString(t.passPrice()));
        trial.put("second_pass_price",
            t.secondPassPrice() == null ? null : Integer.toString(t.secondPassPrice()));
        trials.put(Integer.toString(t.id()), trial);
      }
      if (trials.isEmpty()) {
        continue;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id_event", Integer.toString(event.id()));
      out.put("name_event", event.name());
      out.put("date_start_event", event.startDate().toString());
      out.put("date_end_event", event.endDate().toString());
      out.put("league_id", Integer.toString(event.leagueId()));
      out.put("league", event.league());
      out.put("status", Integer.toString(event.status()));
      out.put("trials", trials);
      body.put(Integer.toString(event.id()), out);
    }
    return FftriWire.json(200, body);
  }

  // ---- ITU federations -------------------------------------------------------------------

  private MockResponse ituFederation(String idParam) {
    ItuFederationRow f = parseId(idParam).flatMap(world::federation)
        .orElseThrow(() -> new Refusal(FftriWire.notFound("Federation not found")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name_federation", f.federationName());
    out.put("id", Integer.toString(f.id()));
    out.put("name_country", f.countryName());
    out.put("alpha2", f.alpha2());
    out.put("ituFree", flag(f.ituFree()));
    return FftriWire.json(200, Map.of(Integer.toString(f.id()), out));
  }

  private MockResponse ituAffiliated() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (ItuFederationRow f : world.federations()) {
      if (f.ituFree()) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", Integer.toString(f.id()));
        out.put("country_id", Integer.toString(f.countryId()));
        out.put("name", f.federationName());
        out.put("ituFree", "1");
        body.put(Integer.toString(f.id()), out);
      }
    }
    return FftriWire.json(200, body);
  }

  private MockResponse ituFederationsList() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (ItuFederationRow f : world.federations()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", Integer.toString(f.id()));
      out.put("name_federation", f.federationName());
      out.put("name_country", f.countryName());
      out.put("alpha2", f.alpha2());
      out.put("ituFree", flag(f.ituFree()));
      body.put(Integer.toString(f.id()), out);
    }
    return FftriWire.json(200, body);
  }

  // ---- parsing helpers -------------------------------------------------------------------

  private static String flag(boolean value) {
    return value ? "1" : "0";
  }

  private static Optional<Integer> parseId(String text) {
    if (text == null || !text.matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  private static JsonNode parseBody(SimRequest request, MockResponse onError) {
    try {
      JsonNode node = FftriWire.MAPPER.readTree(request.bodyText());
      if (node == null || !node.isObject()) {
        throw new Refusal(onError);
      }
      return node;
    } catch (IOException e) {
      throw new Refusal(onError);
    }
  }

  /** A scalar field as trimmed text; {@code null} when absent, null or blank. */
  private static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String value = node.asText().trim();
    return value.isEmpty() ? null : value;
  }

  private static String required(JsonNode body, String field) {
    String value = text(body, field);
    if (value == null) {
      throw new Refusal(FftriWire.badRequest("Missing parameter: " + field));
    }
    return value;
  }

  /** An integer sent as a JSON number or a numeric string (PHP callers send both). */
  private static int requiredInt(JsonNode body, String field) {
    String value = required(body, field);
    try {
      return new BigDecimal(value).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new Refusal(FftriWire.badRequest("Invalid " + field + ", expected an integer"));
    }
  }

  private static int optionalInt(JsonNode body, String field, int fallback) {
    return text(body, field) == null ? fallback : requiredInt(body, field);
  }

  private static BigDecimal decimal(JsonNode body, String field) {
    String value = required(body, field);
    try {
      BigDecimal amount = new BigDecimal(value);
      if (amount.signum() < 0) {
        throw new NumberFormatException("negative");
      }
      return amount;
    } catch (NumberFormatException e) {
      throw new Refusal(FftriWire.badRequest("Invalid " + field + ", expected an amount"));
    }
  }

  private static void requireFlag(int value, String field) {
    if (value != 0 && value != 1) {
      throw new Refusal(FftriWire.badRequest("Invalid " + field + ", expected 0 or 1"));
    }
  }

  private static LocalDate date(String value, String field) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Refusal(FftriWire.badRequest("Invalid " + field + ", expected YYYY-MM-DD"));
    }
  }

  // ---- builder ---------------------------------------------------------------------------

  /**
   * Options of a {@link FftriSimulator}. Every option has a default, so {@code build()} alone
   * gives a working simulator with the doc's sample credentials.
   *
   * <p>The {@linkplain #seed(long) seed} (default 42) drives all generated data. The
   * {@linkplain #anchor(Instant) anchor} (default 2026-09-01T00:00:00Z): the current season is
   * the one containing it, licences are validated before it, generated passes of trials before it
   * are mostly used. The {@linkplain #clock(Clock) clock} is the simulator's "now": creation
   * dates of new passes, the {@code ping} time, and which trials {@code get-trials-by-orga} lists
   * as upcoming.
   */
  public static final class Builder extends SimulatorBuilder<FftriSimulator, Builder> {
    private String username = "username";
    private String apiKey = "d41d8cd98f00b204e9800998ecf8427e";
    private String passphrase = "passphrase";
    private String accountName = "Chronométrage Démo";
    private TokenAlgorithm tokenAlgorithm = TokenAlgorithm.SHA_256;
    private boolean tokenRequiredOnItu = true;
    private String organiserLogin = "ORGA10286";
    private String organiserKey = "6512ad43d9cea6e02d990b0a82652dca";
    private int licenceHolders = 300;
    private int clubs = 40;
    private int events = 4;
    private int passesPerTrial = 25;
    private boolean autoValidatePasses = true;
    private char csvSeparator = ';';

    private Builder() {
      super(Instant.parse("2026-09-01T00:00:00Z"));
    }

    /**
     * The credentials the simulator accepts: {@code X-USER}, {@code Authorization} and the
     * passphrase of {@code X-Auth-Token}. Default the doc's {@code username},
     * {@code d41d8cd98f00b204e9800998ecf8427e} and {@code passphrase}.
     *
     * @throws IllegalArgumentException if a value is null or blank
     */
    public Builder credentials(String username, String apiKey, String passphrase) {
      this.username = nonBlank(username, "username");
      this.apiKey = nonBlank(apiKey, "apiKey");
      this.passphrase = nonBlank(passphrase, "passphrase");
      return this;
    }

    /**
     * The name {@code ping} answers with. Default {@code "Chronométrage Démo"}.
     *
     * @throws IllegalArgumentException if null or blank
     */
    public Builder accountName(String accountName) {
      this.accountName = nonBlank(accountName, "accountName");
      return this;
    }

    /**
     * The hash algorithm of {@code X-Auth-Token}. Default {@link TokenAlgorithm#SHA_256}.
     *
     * @throws NullPointerException if {@code algorithm} is null
     */
    public Builder tokenAlgorithm(TokenAlgorithm algorithm) {
      this.tokenAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /**
     * Whether the three ITU federation lookups also require {@code X-Auth-Token}, as the doc's
     * samples for them send it. Default {@code true}.
     */
    public Builder tokenRequiredOnItuEndpoints(boolean required) {
      this.tokenRequiredOnItu = required;
      return this;
    }

    /**
     * The organiser login and key {@code get-trials-by-orga} accepts. Default
     * {@code ORGA10286} and the doc's {@code 6512ad43d9cea6e02d990b0a82652dca}.
     *
     * @throws IllegalArgumentException if a value is null or blank
     */
    public Builder organiser(String login, String key) {
      this.organiserLogin = nonBlank(login, "login");
      this.organiserKey = nonBlank(key, "key");
      return this;
    }

    /**
     * How many licence holders to generate. Default 300; tens of thousands work for bulk checks.
     *
     * @throws IllegalArgumentException if negative or above 1,000,000
     */
    public Builder licenceHolders(int count) {
      this.licenceHolders = range(count, 0, 1_000_000, "licenceHolders");
      return this;
    }

    /**
     * How many clubs to generate; the first six are the doc's. Default 40.
     *
     * @throws IllegalArgumentException if below 1 or above 100,000
     */
    public Builder clubs(int count) {
      this.clubs = range(count, 1, 100_000, "clubs");
      return this;
    }

    /**
     * How many events the organiser has; the first is the doc's CHTRIMAN GRAVELINES (event
     * 10286, trials 31725 to 31732), the others have 2 to 4 trials each. Default 4.
     *
     * @throws IllegalArgumentException if negative or above 10,000
     */
    public Builder events(int count) {
      this.events = range(count, 0, 10_000, "events");
      return this;
    }

    /**
     * How many generated passes each trial starts with. They are produced on demand, so
     * 200,000 per trial costs no memory. Default 25.
     *
     * @throws IllegalArgumentException if negative or above 900,000
     */
    public Builder passesPerTrial(int count) {
      this.passesPerTrial = range(count, 0, 900_000, "passesPerTrial");
      return this;
    }

    /**
     * Whether a new pass is valid and paid at once, as the doc says it is since "le 26/08";
     * when {@code false}, it starts {@code created} and unpaid unless the request sends
     * {@code isPaid} 1, and an update with {@code refund} 0 validates it. Default {@code true}.
     */
    public Builder autoValidatePasses(boolean autoValidate) {
      this.autoValidatePasses = autoValidate;
      return this;
    }

    /** The separator of the CSV pass list (not documented). Default {@code ';'}. */
    public Builder csvSeparator(char separator) {
      this.csvSeparator = separator;
      return this;
    }

    /** An unstarted simulator; call {@link FftriSimulator#start()} before use. */
    @Override
    public FftriSimulator build() {
      return new FftriSimulator(this);
    }

    private static String nonBlank(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    private static int range(int value, int min, int max, String name) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
      }
      return value;
    }
  }
}
