package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuWire.BIB_INVALID;
import static dev.racereg.testkit.runsignup.RsuWire.CHIP_INVALID;
import static dev.racereg.testkit.runsignup.RsuWire.FORMAT_NOT_SUPPORTED;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_DATE;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_ID;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_PARAMETERS;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_SUBMISSION;
import static dev.racereg.testkit.runsignup.RsuWire.METHOD_NOT_SUPPORTED;
import static dev.racereg.testkit.runsignup.RsuWire.PERMISSION_DENIED;
import static dev.racereg.testkit.runsignup.RsuWire.RACE_NOT_FOUND;
import static dev.racereg.testkit.runsignup.RsuWire.UNKNOWN_METHOD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.SimulatorBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;

/**
 * An in-process simulator of the RunSignup REST API ({@code https://runsignup.com/Rest}) for one
 * race, written from RunSignup's documentation (not from any racereg client).
 *
 * <p>It answers, under {@link #baseUrl()} (which ends in {@code /Rest}):
 * <ul>
 *   <li>{@code GET /race/{race_id}}: the race and its events with their registration periods
 *       (public: no credentials needed, but credentials that are sent must be valid);</li>
 *   <li>{@code POST /race/{race_id}/registration-periods}: replaces an event's periods;</li>
 *   <li>{@code GET /race/{race_id}/participants} and {@code GET /race/{race_id}/removed-participants},
 *       paged exactly like RunSignup ({@code page}, {@code results_per_page} up to 2500,
 *       {@code sort}, {@code after_registration_id}, {@code modified_after_timestamp} matching on
 *       or after);</li>
 *   <li>{@code POST /race/{race_id}/participants}: edits (bib, chip, person) and additions;</li>
 *   <li>{@code /race/{race_id}/results/get-result-sets}, {@code new-result-set},
 *       {@code full-results}, {@code get-results};</li>
 *   <li>{@code POST /Login}, {@code POST /Logout}, and the OAuth 2.0 token endpoints
 *       {@code POST /v2/auth/auth-code-redemption.json} and {@code POST /v2/auth/refresh-token.json}.</li>
 * </ul>
 *
 * <p>Every endpoint answers in XML unless {@code format=json} is sent, as RunSignup does. Errors
 * come back as HTTP 200 with {@code {"error":{"error_code":N,"error_msg":"..."}}} (or the same
 * in XML): 6 bad credentials, 7 no permission (including anonymous calls to private endpoints),
 * 3 bad parameters, 9 bad date, 10 unknown format, 11 bad request document, 15 unknown id,
 * 115/116 bad bib/chip, 201 unknown race. Unknown paths answer 404 (code 1) and a wrong method
 * 405 (code 2). Inject RunSignup's throttle error with {@link RunSignupFaults#throttled()} and its
 * CDN's 522 with {@link RunSignupFaults#cdnTimeout()}.
 *
 * <p><b>2027 rules.</b> A call sending an API caller registration ({@code rsu_api_reg} and
 * {@code X-RSU-API-REG-SECRET}) other than {@link #callerRegistrationToken()} and
 * {@link #callerRegistrationSecret()} gets HTTP 400 with code 17, as RunSignup answers today; with
 * {@link Builder#requireCallerRegistration(boolean)} a call without one is refused too. More than
 * {@link Builder#concurrentCallLimit(int)} calls at once (default 2) are throttled with code 14.
 *
 * <p>The data is generated deterministically from {@link Builder#seed(long)}: US runners with
 * addresses, answers to three questions, add-ons, teams, bibs assigned ten days before the
 * {@linkplain Builder#anchor(Instant) anchor}, and removed registrations (some transferred).
 * Writes take their time from the injected {@link Clock}. Thread-safe.
 *
 * <p><b>Inferred shapes.</b> RunSignup's material does not show these, so they are reasoned
 * guesses kept in one package-private class: the success bodies ({@code {"success":true}} for
 * registration periods and logout; {@code {"participants":[rows]}} echoing participant writes;
 * {@code {"individual_result_set_id":N}}; {@code {"success":true,"num_results_inserted":N,
 * "num_results_updated":M}}; {@code {"individual_results_sets":[..]}} for result sets and
 * results); XML element names (a one-field object is its field's element, other objects sit
 * under {@code <response>}, array items take the singular name, participant arrays sit under
 * {@code <event_participants>}); removed participants reusing the participant envelope with a
 * {@code removed_date}; the add-on row; and RFC 6749 error bodies (400/401) on the OAuth token
 * endpoints.
 *
 * <pre>{@code
 * try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(2000).build().start()) {
 *   String url = sim.baseUrl() + "/race/" + sim.raceId() + "/participants?format=json&api_key="
 *       + sim.apiKey() + "&api_secret=" + sim.apiSecret() + "&event_id=" + sim.eventIds().get(0);
 * }
 * }</pre>
 */
public final class RunSignupSimulator extends Simulator<RunSignupSimulator> {

  /** RunSignup's limit of concurrent calls per caller (announced 2026-07-17), the default here. */
  public static final int DEFAULT_CONCURRENT_CALL_LIMIT = 2;

  /** Largest {@code results_per_page} RunSignup accepts. */
  public static final int MAX_RESULTS_PER_PAGE = 2500;
  /** {@code results_per_page} when none is sent. */
  public static final int DEFAULT_RESULTS_PER_PAGE = 50;

  private static final Pattern BIB = Pattern.compile("[0-9]{1,9}");
  private static final Pattern CHIP = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Pattern TIME = Pattern.compile("(\\d{1,3}:)?\\d{1,2}:\\d{2}(\\.\\d{1,3})?");

  private final long seed;
  private final long raceId;
  private final String raceName;
  private final Instant anchor;
  private final Clock clock;
  private final RsuAuth.Config credentials;
  private final RsuDataGenerator data;
  private final RsuAuth auth;
  private final RsuCallerGate gate;
  private final String firstAuthorizationCode;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  // guarded by lock
  private final long[] lastModified;
  private final int[] bibs;
  private final Map<Long, ParticipantSnapshot> edited = new HashMap<>();
  private final TreeMap<Long, ParticipantSnapshot> added = new TreeMap<>();
  private final Map<String, Long> chipOwners = new HashMap<>();
  private final List<EventSnapshot> events;
  private Instant raceLastModified;
  private final Map<Long, ResultSetState> resultSets = new LinkedHashMap<>();
  private long nextRegistrationId;
  private long nextUserId;
  private long nextResultSetId = 401_001L;
  private long nextResultId = 90_000_001L;

  private RunSignupSimulator(Builder b) {
    this.seed = b.seed();
    this.raceId = b.raceId;
    this.raceName = b.raceName;
    this.anchor = b.anchor();
    this.clock = b.clock();
    SplittableRandom keys = new SplittableRandom(seed ^ 0x00C0FFEEL);
    this.credentials = new RsuAuth.Config(
        or(b.apiKey, () -> key(keys, 32)), or(b.apiSecret, () -> key(keys, 32)),
        or(b.rsuApiKey, () -> key(keys, 32)), or(b.rsuApiSecret, () -> key(keys, 48)),
        or(b.spApiKey, () -> key(keys, 32)), or(b.spApiSecret, () -> key(keys, 48)),
        key(keys, 32), key(keys, 32),
        b.userEmail, b.userPassword,
        b.clientId, or(b.clientSecret, () -> key(keys, 40)), b.redirectUri,
        or(b.codeVerifier, () -> key(keys, 64)),
        b.accessTokenLifetime, b.tmpKeyIdleTimeout);
    int removedCount = b.removed >= 0 ? b.removed : b.participants == 0 ? 0 : Math.max(3, b.participants / 25);
    this.data = new RsuDataGenerator(seed, b.raceId, anchor, b.events, b.participants, removedCount);
    this.auth = new RsuAuth(credentials, clock, seed);
    this.gate = new RsuCallerGate(or(b.regToken, () -> "7310." + key(keys, 32)), or(b.regSecret, () -> key(keys, 48)),
        b.requireRegistration, b.concurrentCallLimit);
    this.lastModified = data.lastModified.clone();
    this.bibs = data.bibs.clone();
    this.events = new ArrayList<>(data.events);
    this.raceLastModified = anchor.minus(Duration.ofDays(1));
    this.nextRegistrationId = data.maxRegistrationId + 3;
    this.nextUserId = RsuDataGenerator.USER_ID_BASE
        + (data.maxRegistrationId - RsuDataGenerator.FIRST_REGISTRATION_ID) * 3 + 1_000;
    this.firstAuthorizationCode = auth.issueCode();
  }

  private static String or(String value, java.util.function.Supplier<String> fallback) {
    return value != null ? value : fallback.get();
  }

  private static String key(SplittableRandom r, int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** The API caller registration token ({@code rsu_api_reg}) this simulator accepts. */
  public String callerRegistrationToken() {
    return gate.token();
  }

  /** The API caller registration secret ({@code X-RSU-API-REG-SECRET}) this simulator accepts. */
  public String callerRegistrationSecret() {
    return gate.secret();
  }

  /** Whether calls without a caller registration are refused (RunSignup from 2027-01-01). */
  public boolean requiresCallerRegistration() {
    return gate.required();
  }

  /** The most calls this simulator has had in flight at once so far. */
  public int maxConcurrentCallsSeen() {
    return gate.maxInFlight();
  }

  /** How many calls were throttled for going beyond the concurrent-call limit. */
  public int callsThrottledForConcurrency() {
    return gate.throttled();
  }

  /** A builder with every default: seed 42, race 12345, three events, 300 participants. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected String basePath() {
    return "/Rest";
  }

  // ================================================================ public getters

  /** The seed the data was generated from. */
  public long seed() {
    return seed;
  }

  /** The simulated race's id (default 12345); any other race id answers error 201. */
  public long raceId() {
    return raceId;
  }

  /** The race's name. */
  public String raceName() {
    return raceName;
  }

  /** The instant the generated data is anchored on (registrations happen in the 200 days before). */
  public Instant anchor() {
    return anchor;
  }

  /** The clock the simulator reads "now" from (tmp key and token expiry, write timestamps). */
  public Clock clock() {
    return clock;
  }

  /** The race day (local date in the race's time zone, America/New_York): 30 days after the anchor. */
  public LocalDate raceDay() {
    return data.raceDay;
  }

  /** The event ids in order (5K, 10K, Half Marathon): {@code raceId * 100 + 1, 2, 3}. */
  public List<Long> eventIds() {
    return data.events.stream().map(EventSnapshot::eventId).toList();
  }

  /** Accepted {@code api_key} (with {@link #apiSecret()}). */
  public String apiKey() {
    return credentials.apiKey();
  }

  /** Accepted {@code api_secret}. */
  public String apiSecret() {
    return credentials.apiSecret();
  }

  /** Accepted {@code rsu_api_key} (API v2 key; its secret goes in the {@code X-RSU-API-SECRET} header). */
  public String rsuApiKey() {
    return credentials.rsuApiKey();
  }

  /** Accepted {@code X-RSU-API-SECRET} for {@link #rsuApiKey()}. */
  public String rsuApiSecret() {
    return credentials.rsuApiSecret();
  }

  /** Accepted {@code sp_api_key} (super partner; secret in the {@code X-RSU-API-SECRET} header). */
  public String spApiKey() {
    return credentials.spApiKey();
  }

  /** Accepted {@code X-RSU-API-SECRET} for {@link #spApiKey()}. */
  public String spApiSecret() {
    return credentials.spApiSecret();
  }

  /**
   * A valid {@code api_key} of an account with no role on the race: it authenticates, but
   * private endpoints answer error 7 (permission denied).
   */
  public String outsiderApiKey() {
    return credentials.outsiderApiKey();
  }

  /** The secret of {@link #outsiderApiKey()}. */
  public String outsiderApiSecret() {
    return credentials.outsiderApiSecret();
  }

  /** The e-mail {@code POST /Login} accepts (default {@code race.director@example.com}). */
  public String userEmail() {
    return credentials.userEmail();
  }

  /** The password {@code POST /Login} accepts. */
  public String userPassword() {
    return credentials.userPassword();
  }

  /** The OAuth client id the token endpoints accept. */
  public String oauthClientId() {
    return credentials.clientId();
  }

  /** The OAuth client secret (optional on the token endpoints; checked when sent). */
  public String oauthClientSecret() {
    return credentials.clientSecret();
  }

  /** The redirect URI the authorization codes were issued for; redemption must send it unchanged. */
  public String oauthRedirectUri() {
    return credentials.redirectUri();
  }

  /** The PKCE code verifier matching the codes' challenge; redemption must send it. */
  public String oauthCodeVerifier() {
    return credentials.codeVerifier();
  }

  /** The PKCE S256 code challenge of {@link #oauthCodeVerifier()}. */
  public String oauthCodeChallenge() {
    return auth.codeChallenge();
  }

  /**
   * An authorization code issued when the simulator was built, as if the user had just approved
   * the app. Single use; valid ten minutes of {@link #clock()} time from the build.
   */
  public String oauthAuthorizationCode() {
    return firstAuthorizationCode;
  }

  /** Issues a fresh single-use authorization code, valid for ten minutes of clock time. */
  public String issueAuthorizationCode() {
    return auth.issueCode();
  }

  /** How many temporary-key sessions from {@code POST /Login} are still alive. */
  public int activeSessions() {
    return auth.activeSessions();
  }

  // ================================================================ state snapshots

  /** The race's events as they are now (registration periods included). */
  public List<EventSnapshot> events() {
    lock.readLock().lock();
    try {
      return List.copyOf(events);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The event with this id, if the race has it. */
  public Optional<EventSnapshot> event(long eventId) {
    return events().stream().filter(e -> e.eventId() == eventId).findFirst();
  }

  /** The active registration with this id as the participants endpoint would show it now. */
  public Optional<ParticipantSnapshot> participant(long registrationId) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(find(registrationId));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** How many active registrations the race has, all events together. */
  public int participantCount() {
    lock.readLock().lock();
    try {
      return data.regIds.length + added.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** How many active registrations one event has (0 for an event the race does not have). */
  public int participantCount(long eventId) {
    lock.readLock().lock();
    try {
      int e = eventIndex(eventId);
      if (e < 0) {
        return 0;
      }
      int count = 0;
      for (byte b : data.eventIndex) {
        if (b == e) {
          count++;
        }
      }
      for (ParticipantSnapshot p : added.values()) {
        if (p.eventId() == eventId) {
          count++;
        }
      }
      return count;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Every active registration of one event, ascending by registration id. Generates every row:
   * fine for thousands, slow for hundreds of thousands.
   */
  public List<ParticipantSnapshot> participants(long eventId) {
    lock.readLock().lock();
    try {
      int e = eventIndex(eventId);
      return e < 0 ? List.of() : collect(e, Long.MIN_VALUE, Long.MIN_VALUE, false, 0, Integer.MAX_VALUE);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Every removed registration, ascending by registration id. */
  public List<RemovedParticipantSnapshot> removedParticipants() {
    return data.removed;
  }

  /** Every result set, in creation order. */
  public List<ResultSetSnapshot> resultSets() {
    lock.readLock().lock();
    try {
      return resultSets.values().stream().map(ResultSetState::snapshot).toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The rows of one result set in posting order; empty for an unknown set. */
  public List<ResultSnapshot> results(long resultSetId) {
    lock.readLock().lock();
    try {
      ResultSetState set = resultSets.get(resultSetId);
      return set == null ? List.of() : List.copyOf(set.rows.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  // ================================================================ routing

  private enum Endpoint {
    LOGIN("POST"), LOGOUT("POST"), OAUTH_REDEEM("POST"), OAUTH_REFRESH("POST"), RACE("GET"),
    REGISTRATION_PERIODS("POST"), PARTICIPANTS("GET", "POST"), REMOVED_PARTICIPANTS("GET"),
    GET_RESULT_SETS("GET"), NEW_RESULT_SET("POST"), FULL_RESULTS("POST"), GET_RESULTS("GET");

    final Set<String> methods;

    Endpoint(String... methods) {
      this.methods = Set.of(methods);
    }
  }

  private record Route(Endpoint endpoint, String raceId) {}

  private static Route route(List<String> s) {
    if (s.isEmpty() || !s.get(0).equalsIgnoreCase("rest")) {
      return null;
    }
    int n = s.size();
    if (n == 2 && s.get(1).equalsIgnoreCase("login")) {
      return new Route(Endpoint.LOGIN, null);
    }
    if (n == 2 && s.get(1).equalsIgnoreCase("logout")) {
      return new Route(Endpoint.LOGOUT, null);
    }
    if (n == 4 && s.get(1).equalsIgnoreCase("v2") && s.get(2).equalsIgnoreCase("auth")) {
      if (s.get(3).equalsIgnoreCase("auth-code-redemption.json")) {
        return new Route(Endpoint.OAUTH_REDEEM, null);
      }
      if (s.get(3).equalsIgnoreCase("refresh-token.json")) {
        return new Route(Endpoint.OAUTH_REFRESH, null);
      }
      return null;
    }
    if (n < 3 || !s.get(1).equalsIgnoreCase("race")) {
      return null;
    }
    String race = s.get(2);
    if (n == 3) {
      return new Route(Endpoint.RACE, race);
    }
    String what = s.get(3).toLowerCase(Locale.ROOT);
    if (n == 4) {
      switch (what) {
        case "registration-periods": return new Route(Endpoint.REGISTRATION_PERIODS, race);
        case "participants": return new Route(Endpoint.PARTICIPANTS, race);
        case "removed-participants": return new Route(Endpoint.REMOVED_PARTICIPANTS, race);
        default: return null;
      }
    }
    if (n == 5 && what.equals("results")) {
      switch (s.get(4).toLowerCase(Locale.ROOT)) {
        case "get-result-sets": return new Route(Endpoint.GET_RESULT_SETS, race);
        case "new-result-set": return new Route(Endpoint.NEW_RESULT_SET, race);
        case "full-results": return new Route(Endpoint.FULL_RESULTS, race);
        case "get-results": return new Route(Endpoint.GET_RESULTS, race);
        default: return null;
      }
    }
    return null;
  }

  /**
   * Answers one request as RunSignup would; see the class documentation for the endpoints.
   * Never throws: every failure is an error response.
   */
  @Override
  protected MockResponse handle(SimRequest request) {
    Optional<RsuWire.ApiError> refused = gate.enter(request);
    if (refused.isPresent()) {
      boolean json = request.path().contains("/v2/auth/")
          || request.query("format").map(v -> v.equalsIgnoreCase("json")).orElse(false);
      return RsuWire.error(json ? RsuWire.Format.JSON : RsuWire.Format.XML, refused.get());
    }
    try {
      return answer(request);
    } finally {
      gate.exit();
    }
  }

  private MockResponse answer(SimRequest request) {
    List<String> segments = new ArrayList<>(request.segments());
    while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    Params params = new Params(request);
    Route route = route(segments);
    boolean oauth = route != null
        && (route.endpoint() == Endpoint.OAUTH_REDEEM || route.endpoint() == Endpoint.OAUTH_REFRESH);
    RsuWire.Format format = oauth ? RsuWire.Format.JSON : RsuWire.Format.XML;
    String formatParam = params.get("format");
    boolean badFormat = false;
    if (!oauth && formatParam != null) {
      if (formatParam.equalsIgnoreCase("json")) {
        format = RsuWire.Format.JSON;
      } else if (!formatParam.equalsIgnoreCase("xml")) {
        badFormat = true;
      }
    }
    if (route == null) {
      return RsuWire.error(format, new RsuWire.ApiError(UNKNOWN_METHOD,
          RsuWire.message(UNKNOWN_METHOD) + ": " + request.path(), 404));
    }
    if (!route.endpoint().methods.contains(request.method())) {
      String allow = String.join(", ", route.endpoint().methods);
      return SimResponses.withAllow(RsuWire.error(format, new RsuWire.ApiError(METHOD_NOT_SUPPORTED,
          RsuWire.message(METHOD_NOT_SUPPORTED) + ": use " + allow, 405)), allow);
    }
    if (oauth) {
      try {
        return SimResponses.json(200, route.endpoint() == Endpoint.OAUTH_REDEEM
            ? auth.redeem(params.formMap()) : auth.refresh(params.formMap()));
      } catch (RsuAuth.OAuthError e) {
        return SimResponses.json(e.status, e.body());
      }
    }
    if (badFormat) {
      return RsuWire.error(format, new RsuWire.ApiError(FORMAT_NOT_SUPPORTED,
          RsuWire.message(FORMAT_NOT_SUPPORTED) + ": " + formatParam));
    }
    try {
      return dispatch(route, request, params, format);
    } catch (RsuWire.ApiError e) {
      return RsuWire.error(format, e);
    }
  }

  private MockResponse dispatch(Route route, SimRequest request, Params p, RsuWire.Format f) {
    switch (route.endpoint()) {
      case LOGIN:
        return RsuWire.ok(f, auth.login(p.get("email"), p.get("password")));
      case LOGOUT:
        auth.logout(request);
        return RsuWire.ok(f, RsuWire.success());
      case RACE: {
        auth.authenticate(request); // public, but credentials that are sent must be valid
        checkRace(route.raceId());
        return RsuWire.ok(f, raceBody());
      }
      case GET_RESULT_SETS: {
        Optional<RsuAuth.Principal> who = auth.authenticate(request);
        checkRace(route.raceId());
        return RsuWire.ok(f, getResultSets(p, canManage(who)));
      }
      case GET_RESULTS: {
        Optional<RsuAuth.Principal> who = auth.authenticate(request);
        checkRace(route.raceId());
        return RsuWire.ok(f, getResults(p, canManage(who)));
      }
      default:
        break;
    }
    Optional<RsuAuth.Principal> who = auth.authenticate(request);
    checkRace(route.raceId());
    if (!canManage(who)) {
      throw new RsuWire.ApiError(PERMISSION_DENIED);
    }
    switch (route.endpoint()) {
      case REGISTRATION_PERIODS:
        return RsuWire.ok(f, setRegistrationPeriods(p));
      case PARTICIPANTS:
        if (request.method().equals("GET")) {
          return RsuWire.ok(f, getParticipants(p), RsuWire.XML_EVENT_PARTICIPANTS);
        }
        return RsuWire.ok(f, postParticipants(p));
      case REMOVED_PARTICIPANTS:
        return RsuWire.ok(f, getRemovedParticipants(p), RsuWire.XML_EVENT_PARTICIPANTS);
      case NEW_RESULT_SET:
        return RsuWire.ok(f, newResultSet(p));
      case FULL_RESULTS:
        return RsuWire.ok(f, fullResults(p));
      default:
        throw new RsuWire.ApiError(UNKNOWN_METHOD);
    }
  }

  private static boolean canManage(Optional<RsuAuth.Principal> who) {
    return who.isPresent() && who.get().raceAccess();
  }

  private void checkRace(String text) {
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new RsuWire.ApiError(INVALID_ID, RsuWire.message(INVALID_ID) + ": race_id " + text);
    }
    if (id != raceId) {
      throw new RsuWire.ApiError(RACE_NOT_FOUND);
    }
  }

  // ================================================================ race

  private ObjectNode raceBody() {
    lock.readLock().lock();
    try {
      Instant now = clock.instant();
      LocalDateTime localNow = LocalDateTime.ofInstant(now, RsuDataGenerator.ZONE);
      ObjectNode root = RsuWire.object();
      ObjectNode race = root.putObject("race");
      race.put("race_id", raceId);
      race.put("name", raceName);
      boolean past = localNow.toLocalDate().isAfter(data.raceDay);
      race.put("last_date", past ? RsuWire.RACE_DATE.format(data.raceDay) : null);
      race.put("last_end_date", past ? RsuWire.RACE_DATE.format(data.raceDay) : null);
      race.put("next_date", past ? null : RsuWire.RACE_DATE.format(data.raceDay));
      race.put("next_end_date", past ? null : RsuWire.RACE_DATE.format(data.raceDay));
      race.put("is_draft_race", "F");
      race.put("is_private_race", "F");
      boolean open = events.stream().flatMap(e -> e.registrationPeriods().stream()).anyMatch(p -> p.contains(localNow));
      race.put("is_registration_open", RsuWire.tf(open));
      race.put("created", RsuWire.raceDateTime(anchor.minus(Duration.ofDays(260)), RsuDataGenerator.ZONE));
      race.put("last_modified", RsuWire.raceDateTime(raceLastModified, RsuDataGenerator.ZONE));
      race.put("description", "<p>A flat, fast course along the Scioto River with a finish-line party.</p>");
      race.put("url", "https://runsignup.com/Race/OH/Columbus/" + raceName.replaceAll("[^A-Za-z0-9]", ""));
      ObjectNode address = race.putObject("address");
      address.put("street", "303 W Broad St");
      address.put("city", "Columbus");
      address.put("state", "OH");
      address.put("zipcode", "43215");
      address.put("country_code", "US");
      race.put("timezone", RsuDataGenerator.ZONE.getId());
      ArrayNode list = race.putArray("events");
      for (EventSnapshot e : events) {
        ObjectNode ev = list.addObject();
        ev.put("event_id", e.eventId());
        ev.put("race_event_days_id", raceId * 10 + 1);
        ev.put("name", e.name());
        ev.putNull("details");
        ev.put("start_time", RsuWire.RACE_DATE_TIME.format(e.startTime()));
        ev.put("end_time", RsuWire.RACE_DATE_TIME.format(e.endTime()));
        ev.put("age_calc_base_date", RsuWire.RACE_DATE.format(data.raceDay));
        ev.put("registration_opens", e.registrationPeriods().isEmpty() ? null
            : RsuWire.RACE_DATE_TIME.format(e.registrationPeriods().get(0).opens()));
        ev.put("event_type", "running_race");
        ev.put("distance", e.distance());
        ev.put("volunteer", "F");
        ev.put("require_dob", "T");
        ev.put("require_phone", "T");
        ArrayNode periods = ev.putArray("registration_periods");
        for (RegistrationPeriodSnapshot period : e.registrationPeriods()) {
          ObjectNode po = periods.addObject();
          po.put("registration_opens", RsuWire.RACE_DATE_TIME.format(period.opens()));
          po.put("registration_closes", RsuWire.RACE_DATE_TIME.format(period.closes()));
          po.put("race_fee", RsuWire.money(period.raceFeeCents()));
          po.put("processing_fee", RsuWire.money(RsuDataGenerator.processingFee(period.raceFeeCents())));
        }
      }
      return root;
    } finally {
      lock.readLock().unlock();
    }
  }

  private ObjectNode setRegistrationPeriods(Params p) {
    int e = requireEvent(p.get("event_id"));
    RsuWire.Format requestFormat = requestFormat(p);
    JsonNode doc = RsuWire.parseDocument(p.get("request"), requestFormat);
    List<RegistrationPeriodSnapshot> periods = new ArrayList<>();
    for (JsonNode item : RsuWire.items(doc, "registration_periods", "registration_period")) {
      LocalDateTime opens = sqlDate(RsuWire.text(item, "registration_opens"), "registration_opens");
      LocalDateTime closes = sqlDate(RsuWire.text(item, "registration_closes"), "registration_closes");
      String fee = RsuWire.text(item, "race_fee_in_cents");
      long cents;
      try {
        cents = Long.parseLong(Objects.requireNonNull(fee, "race_fee_in_cents").trim());
      } catch (RuntimeException ex) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION,
            "Invalid submission: race_fee_in_cents must be a whole number of cents, was " + fee);
      }
      if (cents < 0) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: race_fee_in_cents must not be negative");
      }
      if (!opens.isBefore(closes)) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION,
            "Invalid submission: registration_opens must be before registration_closes");
      }
      periods.add(new RegistrationPeriodSnapshot(opens, closes, cents));
    }
    periods.sort(Comparator.comparing(RegistrationPeriodSnapshot::opens));
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).opens().isAfter(periods.get(i - 1).closes())) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION,
            "Invalid submission: registration periods overlap at " + RsuWire.SQL_DATE_TIME.format(periods.get(i).opens()));
      }
    }
    lock.writeLock().lock();
    try {
      events.set(e, events.get(e).withRegistrationPeriods(periods));
      raceLastModified = clock.instant();
    } finally {
      lock.writeLock().unlock();
    }
    return RsuWire.success();
  }

  private static LocalDateTime sqlDate(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: " + field + " is required");
    }
    try {
      return LocalDateTime.parse(text.trim(), RsuWire.SQL_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new RsuWire.ApiError(INVALID_DATE, RsuWire.message(INVALID_DATE) + ": " + field + " '" + text
          + "' is not yyyy-MM-dd HH:mm:ss");
    }
  }

  private static RsuWire.Format requestFormat(Params p) {
    String value = p.get("request_format");
    if (value == null || value.equalsIgnoreCase("xml")) {
      return RsuWire.Format.XML;
    }
    if (value.equalsIgnoreCase("json")) {
      return RsuWire.Format.JSON;
    }
    throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: request_format must be json or xml");
  }

  // ================================================================ participants

  /** The index of an event in {@link #events}, or -1. */
  private int eventIndex(long eventId) {
    for (int i = 0; i < data.events.size(); i++) {
      if (data.events.get(i).eventId() == eventId) {
        return i;
      }
    }
    return -1;
  }

  private int requireEvent(String text) {
    if (text == null || text.isBlank()) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: event_id is required");
    }
    int e;
    try {
      e = eventIndex(Long.parseLong(text.trim()));
    } catch (NumberFormatException ex) {
      e = -1;
    }
    if (e < 0) {
      throw new RsuWire.ApiError(INVALID_ID, RsuWire.message(INVALID_ID) + ": event_id " + text);
    }
    return e;
  }

  private List<Integer> requestedEvents(String text) {
    List<Integer> list = new ArrayList<>();
    if (text == null || text.isBlank()) {
      for (int i = 0; i < data.events.size(); i++) {
        list.add(i);
      }
      return list;
    }
    for (String part : text.split(",")) {
      int e = requireEvent(part);
      if (!list.contains(e)) {
        list.add(e);
      }
    }
    return list;
  }

  private ParticipantSnapshot row(int a) {
    ParticipantSnapshot changed = edited.get(data.regIds[a]);
    if (changed != null) {
      return changed;
    }
    return data.participant(a, bibs[a] == 0 ? null : bibs[a], lastModified[a]);
  }

  private ParticipantSnapshot find(long registrationId) {
    int a = Arrays.binarySearch(data.regIds, registrationId);
    return a >= 0 ? row(a) : added.get(registrationId);
  }

  /** One event's active rows after the filters, skipping {@code skip}, at most {@code limit}. Read lock held. */
  private List<ParticipantSnapshot> collect(int e, long after, long modifiedAfter, boolean desc, long skip,
      int limit) {
    long eventId = data.events.get(e).eventId();
    List<ParticipantSnapshot> out = new ArrayList<>(Math.min(limit, 4096));
    long toSkip = skip;
    int from = Arrays.binarySearch(data.regIds, after == Long.MAX_VALUE ? after : after + 1);
    from = from >= 0 ? from : -from - 1;
    Iterable<ParticipantSnapshot> tail = desc ? added.descendingMap().values() : added.values();
    if (desc) {
      for (ParticipantSnapshot p : tail) {
        if (p.registrationId() > after && p.eventId() == eventId && p.lastModified().getEpochSecond() >= modifiedAfter) {
          if (toSkip > 0) {
            toSkip--;
          } else if (out.size() < limit) {
            out.add(p);
          }
        }
      }
    }
    int n = data.regIds.length;
    for (int step = 0; step < n - from && out.size() < limit; step++) {
      int a = desc ? n - 1 - step : from + step;
      if (data.eventIndex[a] != e || lastModified[a] < modifiedAfter) {
        continue;
      }
      if (toSkip > 0) {
        toSkip--;
      } else {
        out.add(row(a));
      }
    }
    if (!desc) {
      for (ParticipantSnapshot p : tail) {
        if (out.size() >= limit) {
          break;
        }
        if (p.registrationId() > after && p.eventId() == eventId && p.lastModified().getEpochSecond() >= modifiedAfter) {
          if (toSkip > 0) {
            toSkip--;
          } else {
            out.add(p);
          }
        }
      }
    }
    return out;
  }

  private record Paging(long page, int perPage, boolean desc, long after, long modifiedAfter) {
    long skip() {
      return (page - 1) * perPage;
    }
  }

  private static Paging paging(Params p) {
    long page = longParam(p, "page", 1);
    long perPage = longParam(p, "results_per_page", DEFAULT_RESULTS_PER_PAGE);
    if (page < 1) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: page starts at 1");
    }
    if (perPage < 1 || perPage > MAX_RESULTS_PER_PAGE) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS,
          "Invalid parameters: results_per_page must be between 1 and " + MAX_RESULTS_PER_PAGE);
    }
    String sort = p.get("sort");
    boolean desc = false;
    if (sort != null && !sort.isBlank()) {
      String normal = sort.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (normal.equals("registration_id desc")) {
        desc = true;
      } else if (!normal.equals("registration_id asc") && !normal.equals("registration_id")) {
        throw new RsuWire.ApiError(INVALID_PARAMETERS,
            "Invalid parameters: sort must be registration_id ASC or registration_id DESC");
      }
    }
    long after = longParam(p, "after_registration_id", Long.MIN_VALUE);
    long modifiedAfter;
    String ts = p.get("modified_after_timestamp");
    try {
      modifiedAfter = ts == null || ts.isBlank() ? Long.MIN_VALUE : Long.parseLong(ts.trim());
    } catch (NumberFormatException e) {
      throw new RsuWire.ApiError(INVALID_DATE,
          RsuWire.message(INVALID_DATE) + ": modified_after_timestamp must be a unix timestamp");
    }
    return new Paging(page, (int) perPage, desc, after, modifiedAfter);
  }

  private static long longParam(Params p, String name, long fallback) {
    String value = p.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: " + name + " must be a whole number");
    }
  }

  private static boolean flag(Params p, String name) {
    return "T".equalsIgnoreCase(p.get(name));
  }

  private ObjectNode eventHeader(int e) {
    EventSnapshot event = events.get(e);
    ObjectNode node = RsuWire.object();
    node.put("event_id", event.eventId());
    node.put("name", event.name());
    node.put("start_time", RsuWire.RACE_DATE_TIME.format(event.startTime()));
    node.put("end_time", RsuWire.RACE_DATE_TIME.format(event.endTime()));
    node.put("distance", event.distance());
    node.putArray("participants");
    return node;
  }

  private ArrayNode getParticipants(Params p) {
    List<Integer> wanted = requestedEvents(p.get("event_id"));
    Paging paging = paging(p);
    boolean questions = flag(p, "include_questions");
    boolean addons = flag(p, "include_registration_addons");
    lock.readLock().lock();
    try {
      ArrayNode out = RsuWire.array();
      for (int e : wanted) {
        ObjectNode wrapper = out.addObject();
        wrapper.set("event", eventHeader(e));
        ArrayNode rows = wrapper.putArray("participants");
        for (ParticipantSnapshot row : collect(e, paging.after(), paging.modifiedAfter(), paging.desc(),
            paging.skip(), paging.perPage())) {
          rows.add(participantJson(row, questions, addons));
        }
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  static ObjectNode participantJson(ParticipantSnapshot p, boolean questions, boolean addons) {
    ObjectNode row = RsuWire.object();
    row.put("registration_id", p.registrationId());
    row.put("event_id", p.eventId());
    row.put("bib_num", p.bibNum());
    row.put("chip_num", p.chipNum());
    row.put("age", p.age());
    row.put("registration_date", RsuWire.raceDateTime(p.registrationDate(), RsuDataGenerator.ZONE));
    row.put("last_modified", p.lastModified().getEpochSecond());
    row.put("team_id", p.teamId());
    row.put("team_name", p.teamName());
    row.put("race_fee", RsuWire.money(p.raceFeeCents()));
    row.put("amount_paid", RsuWire.money(p.amountPaidCents()));
    row.set("user", userJson(p.user(), true));
    if (questions) {
      ArrayNode list = row.putArray("question_responses");
      for (ParticipantSnapshot.QuestionResponseSnapshot q : p.questionResponses()) {
        ObjectNode qo = list.addObject();
        qo.put("question_id", q.questionId());
        qo.put("question_text", q.questionText());
        qo.put("response", q.response());
      }
    }
    if (addons) {
      // the shape two public clients read: every value a string, the amount in dollars
      ArrayNode list = row.putArray("participant_addons");
      for (ParticipantSnapshot.Addon a : p.addons()) {
        ObjectNode ao = list.addObject();
        ao.put("addon_id", Long.toString(a.addonId()));
        ao.put("addon_name", a.option() == null ? a.name() : a.name() + " (" + a.option() + ")");
        ao.put("quantity", Integer.toString(a.quantity()));
        ao.put("amount", java.math.BigDecimal.valueOf(a.priceCents() * a.quantity(), 2).toPlainString());
      }
    }
    return row;
  }

  private static ObjectNode userJson(ParticipantSnapshot.User u, boolean withContact) {
    ObjectNode user = RsuWire.object();
    user.put("user_id", u.userId());
    user.put("first_name", u.firstName());
    user.put("middle_name", u.middleName());
    user.put("last_name", u.lastName());
    user.put("email", u.email());
    user.put("dob", u.dob() == null ? null : RsuWire.DOB.format(u.dob()));
    user.put("gender", u.gender());
    if (withContact) {
      user.put("phone", u.phone());
      ObjectNode address = user.putObject("address");
      address.put("street", u.address().street());
      address.put("city", u.address().city());
      address.put("state", u.address().state());
      address.put("zipcode", u.address().zipcode());
      address.put("country_code", u.address().countryCode());
    }
    return user;
  }

  private ArrayNode getRemovedParticipants(Params p) {
    List<Integer> wanted = requestedEvents(p.get("event_id"));
    Paging paging = paging(p);
    List<RemovedParticipantSnapshot> all = data.removed;
    ArrayNode out = RsuWire.array();
    lock.readLock().lock();
    try {
      for (int e : wanted) {
        long eventId = data.events.get(e).eventId();
        List<RemovedParticipantSnapshot> matching = new ArrayList<>();
        for (RemovedParticipantSnapshot r : all) {
          if (r.eventId() == eventId && r.registrationId() > paging.after()
              && r.removedDate().getEpochSecond() >= paging.modifiedAfter()) {
            matching.add(r);
          }
        }
        if (paging.desc()) {
          java.util.Collections.reverse(matching);
        }
        ObjectNode wrapper = out.addObject();
        wrapper.set("event", eventHeader(e));
        ArrayNode rows = wrapper.putArray("participants");
        long skip = paging.skip();
        for (long i = skip; i < matching.size() && i < skip + paging.perPage(); i++) {
          RemovedParticipantSnapshot r = matching.get((int) i);
          ObjectNode row = rows.addObject();
          row.put("registration_id", r.registrationId());
          row.put("event_id", r.eventId());
          row.put("removed_reason", r.removedReason());
          row.put("new_registration_id", r.newRegistrationId());
          row.put("registration_date", RsuWire.SQL_DATE_TIME.format(r.registrationDate().atZone(RsuDataGenerator.ZONE)));
          row.put("removed_date", RsuWire.SQL_DATE_TIME.format(r.removedDate().atZone(RsuDataGenerator.ZONE)));
          row.set("user", userJson(r.user(), false));
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    return out;
  }

  /** A participant edit or addition, validated before anything changes. */
  private record Change(ParticipantSnapshot before, int eventIndex, JsonNode item, boolean bibSent, Integer bib,
      boolean chipSent, String chip) {}

  private ObjectNode postParticipants(Params p) {
    RsuWire.Format requestFormat = requestFormat(p);
    JsonNode doc = RsuWire.parseDocument(p.get("request"), requestFormat);
    List<JsonNode> items = RsuWire.items(doc, "participants", "participant");
    if (items.isEmpty()) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: no participants");
    }
    lock.writeLock().lock();
    try {
      List<Change> changes = new ArrayList<>();
      for (JsonNode item : items) {
        String regText = RsuWire.text(item, "registration_id");
        String eventText = RsuWire.text(item, "event_id");
        ParticipantSnapshot before = null;
        int e;
        if (regText != null && !regText.isBlank()) {
          try {
            before = find(Long.parseLong(regText.trim()));
          } catch (NumberFormatException ex) {
            before = null;
          }
          if (before == null) {
            throw new RsuWire.ApiError(INVALID_ID, RsuWire.message(INVALID_ID) + ": registration_id " + regText);
          }
          e = eventIndex(before.eventId());
          if (eventText != null && !eventText.isBlank() && requireEvent(eventText) != e) {
            throw new RsuWire.ApiError(INVALID_ID,
                RsuWire.message(INVALID_ID) + ": registration " + regText + " is not in event " + eventText);
          }
        } else {
          e = requireEvent(eventText);
        }
        boolean bibSent = item.has("bib_num");
        Integer bib = bibSent ? bib(RsuWire.text(item, "bib_num")) : null;
        boolean chipSent = item.has("chip_num");
        String chip = chipSent ? chip(RsuWire.text(item, "chip_num")) : null;
        changes.add(new Change(before, e, item, bibSent, bib, chipSent, chip));
      }
      checkUnique(changes);
      Instant now = clock.instant();
      ArrayNode echoed = RsuWire.array();
      for (Change c : changes) {
        ParticipantSnapshot after = c.before() == null ? create(c, now) : edit(c, now);
        store(c.before(), after);
        echoed.add(participantJson(after, false, false));
      }
      ObjectNode out = RsuWire.object();
      out.set("participants", echoed);
      return out;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static Integer bib(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (!BIB.matcher(t).matches() || Integer.parseInt(t) == 0) {
      throw new RsuWire.ApiError(BIB_INVALID, RsuWire.message(BIB_INVALID) + ": '" + text + "'");
    }
    return Integer.parseInt(t);
  }

  private static String chip(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (!CHIP.matcher(t).matches()) {
      throw new RsuWire.ApiError(CHIP_INVALID, RsuWire.message(CHIP_INVALID) + ": '" + text + "'");
    }
    return t;
  }

  /** Bibs and chips must stay unique in the race once every change is applied. Write lock held. */
  private void checkUnique(List<Change> changes) {
    Map<Long, Integer> newBibs = new HashMap<>();
    Map<Long, String> newChips = new HashMap<>();
    Map<Integer, Long> bibClaims = new HashMap<>();
    Map<String, Long> chipClaims = new HashMap<>();
    long placeholder = -1;
    for (Change c : changes) {
      long id = c.before() == null ? placeholder-- : c.before().registrationId();
      if (c.bibSent()) {
        newBibs.put(id, c.bib());
        if (c.bib() != null && bibClaims.put(c.bib(), id) != null) {
          throw new RsuWire.ApiError(BIB_INVALID, RsuWire.message(BIB_INVALID) + ": bib " + c.bib() + " sent twice");
        }
      }
      if (c.chipSent()) {
        newChips.put(id, c.chip());
        if (c.chip() != null && chipClaims.put(c.chip(), id) != null) {
          throw new RsuWire.ApiError(CHIP_INVALID, RsuWire.message(CHIP_INVALID) + ": chip " + c.chip() + " sent twice");
        }
      }
    }
    if (!bibClaims.isEmpty()) {
      for (int a = 0; a < bibs.length; a++) {
        if (bibs[a] != 0 && !newBibs.containsKey(data.regIds[a]) && bibClaims.containsKey(bibs[a])) {
          throw bibTaken(bibs[a], data.regIds[a]);
        }
      }
      for (ParticipantSnapshot p : added.values()) {
        if (p.bibNum() != null && !newBibs.containsKey(p.registrationId()) && bibClaims.containsKey(p.bibNum())) {
          throw bibTaken(p.bibNum(), p.registrationId());
        }
      }
    }
    for (Map.Entry<String, Long> claim : chipClaims.entrySet()) {
      Long owner = chipOwners.get(claim.getKey());
      if (owner != null && !newChips.containsKey(owner)) {
        throw new RsuWire.ApiError(CHIP_INVALID, RsuWire.message(CHIP_INVALID) + ": chip " + claim.getKey()
            + " is already assigned to registration " + owner);
      }
    }
  }

  private static RsuWire.ApiError bibTaken(int bib, long owner) {
    return new RsuWire.ApiError(BIB_INVALID,
        RsuWire.message(BIB_INVALID) + ": bib " + bib + " is already assigned to registration " + owner);
  }

  private ParticipantSnapshot edit(Change c, Instant now) {
    ParticipantSnapshot p = c.before();
    Integer bib = c.bibSent() ? c.bib() : p.bibNum();
    String chip = c.chipSent() ? c.chip() : p.chipNum();
    ParticipantSnapshot next = p.withNumbers(bib, chip, now);
    JsonNode userNode = c.item().get("user");
    if (userNode != null && userNode.isObject()) {
      ParticipantSnapshot.User u = mergeUser(p.user(), userNode, p.user().userId());
      next = next.withUser(u, data.ageOn(u.dob()), now);
    }
    return next;
  }

  private ParticipantSnapshot create(Change c, Instant now) {
    JsonNode userNode = c.item().get("user");
    if (userNode == null || !userNode.isObject()) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: a new participant needs a user");
    }
    ParticipantSnapshot.User u = mergeUser(null, userNode, nextUserId);
    EventSnapshot event = events.get(c.eventIndex());
    long fee = RsuDataGenerator.feeAt(event.registrationPeriods(), LocalDateTime.ofInstant(now, RsuDataGenerator.ZONE));
    long id = nextRegistrationId;
    nextRegistrationId += 3;
    nextUserId += 7;
    return new ParticipantSnapshot(id, event.eventId(), c.bib(), c.chip(), data.ageOn(u.dob()), now, now, null, null,
        fee, fee + RsuDataGenerator.processingFee(fee), u, List.of(), List.of());
  }

  private static ParticipantSnapshot.User mergeUser(ParticipantSnapshot.User old, JsonNode n, long userId) {
    String first = pickText(n, "first_name", old == null ? null : old.firstName());
    String middle = pickText(n, "middle_name", old == null ? null : old.middleName());
    String last = pickText(n, "last_name", old == null ? null : old.lastName());
    String email = pickText(n, "email", old == null ? null : old.email());
    String phone = pickText(n, "phone", old == null ? null : old.phone());
    String gender = pickText(n, "gender", old == null ? null : old.gender());
    String dobText = RsuWire.text(n, "dob");
    LocalDate dob = old == null ? null : old.dob();
    if (dobText != null && !dobText.isBlank()) {
      try {
        dob = LocalDate.parse(dobText.trim(), RsuWire.DOB);
      } catch (DateTimeParseException e) {
        throw new RsuWire.ApiError(INVALID_DATE, RsuWire.message(INVALID_DATE) + ": dob '" + dobText + "' is not yyyy-MM-dd");
      }
    }
    for (String[] required : new String[][] {{"first_name", first}, {"last_name", last}, {"email", email}}) {
      if (required[1] == null || required[1].isBlank()) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: user " + required[0] + " is required");
      }
    }
    if (dob == null) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: user dob is required");
    }
    if (gender == null || !(gender.equals("M") || gender.equals("F"))) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: user gender must be M or F");
    }
    ParticipantSnapshot.Address oldAddress = old == null
        ? new ParticipantSnapshot.Address(null, null, null, null, "US") : old.address();
    JsonNode a = n.get("address");
    ParticipantSnapshot.Address address = a == null || !a.isObject() ? oldAddress
        : new ParticipantSnapshot.Address(
            pickText(a, "street", oldAddress.street()), pickText(a, "city", oldAddress.city()),
            pickText(a, "state", oldAddress.state()), pickText(a, "zipcode", oldAddress.zipcode()),
            pickText(a, "country_code", oldAddress.countryCode()));
    return new ParticipantSnapshot.User(userId, first, middle == null || middle.isBlank() ? null : middle, last,
        email, dob, gender, phone, address);
  }

  private static String pickText(JsonNode n, String field, String fallback) {
    return n.has(field) ? RsuWire.text(n, field) : fallback;
  }

  /** Records a new or changed row. Write lock held. */
  private void store(ParticipantSnapshot before, ParticipantSnapshot after) {
    long id = after.registrationId();
    if (before != null && before.chipNum() != null) {
      chipOwners.remove(before.chipNum(), id);
    }
    if (after.chipNum() != null) {
      chipOwners.put(after.chipNum(), id);
    }
    int a = Arrays.binarySearch(data.regIds, id);
    if (a >= 0) {
      edited.put(id, after);
      bibs[a] = after.bibNum() == null ? 0 : after.bibNum();
      lastModified[a] = after.lastModified().getEpochSecond();
    } else {
      added.put(id, after);
    }
  }

  // ================================================================ results

  private static final class ResultSetState {
    final long id;
    final long eventId;
    final String name;
    final boolean publicResults;
    final String sourceName;
    final String sourceUrl;
    final Instant created;
    Instant lastModified;
    final LinkedHashMap<String, ResultSnapshot> rows = new LinkedHashMap<>();

    ResultSetState(long id, long eventId, String name, boolean publicResults, String sourceName, String sourceUrl,
        Instant created) {
      this.id = id;
      this.eventId = eventId;
      this.name = name;
      this.publicResults = publicResults;
      this.sourceName = sourceName;
      this.sourceUrl = sourceUrl;
      this.created = created;
      this.lastModified = created;
    }

    ResultSetSnapshot snapshot() {
      return new ResultSetSnapshot(id, eventId, name, publicResults, created, lastModified, rows.size());
    }
  }

  private ObjectNode getResultSets(Params p, boolean manager) {
    int e = requireEvent(p.get("event_id"));
    long eventId = data.events.get(e).eventId();
    lock.readLock().lock();
    try {
      ObjectNode out = RsuWire.object();
      ArrayNode list = out.putArray("individual_results_sets");
      for (ResultSetState set : resultSets.values()) {
        if (set.eventId == eventId && (set.publicResults || manager)) {
          ObjectNode node = list.addObject();
          node.put("individual_result_set_id", set.id);
          node.put("individual_result_set_name", set.name);
          node.put("public_results", RsuWire.tf(set.publicResults));
          node.put("results_source_name", set.sourceName);
          node.put("results_source_url", set.sourceUrl);
          node.put("num_results", set.rows.size());
          node.put("created", RsuWire.raceDateTime(set.created, RsuDataGenerator.ZONE));
          node.put("last_modified", RsuWire.raceDateTime(set.lastModified, RsuDataGenerator.ZONE));
        }
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  private ObjectNode newResultSet(Params p) {
    JsonNode doc = p.get("request") == null ? null : RsuWire.parseDocument(p.get("request"), requestFormat(p));
    int e = requireEvent(pick(p, doc, "event_id"));
    String name = pick(p, doc, "individual_result_set_name");
    if (name == null || name.isBlank()) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: individual_result_set_name is required");
    }
    String publicFlag = pick(p, doc, "public_results");
    boolean isPublic = publicFlag == null || !publicFlag.equalsIgnoreCase("F");
    lock.writeLock().lock();
    try {
      long id = nextResultSetId++;
      resultSets.put(id, new ResultSetState(id, data.events.get(e).eventId(), name.trim(), isPublic,
          pick(p, doc, "results_source_name"), pick(p, doc, "results_source_url"), clock.instant()));
      ObjectNode out = RsuWire.object();
      out.put("individual_result_set_id", id);
      return out;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static String pick(Params p, JsonNode doc, String name) {
    String value = p.get(name);
    return value != null ? value : RsuWire.text(doc, name);
  }

  private ResultSetState requireSet(Params p, long eventId, boolean manager) {
    String text = p.get("individual_result_set_id");
    if (text == null || text.isBlank()) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: individual_result_set_id is required");
    }
    ResultSetState set;
    try {
      set = resultSets.get(Long.parseLong(text.trim()));
    } catch (NumberFormatException ex) {
      set = null;
    }
    if (set == null || set.eventId != eventId) {
      throw new RsuWire.ApiError(INVALID_ID, RsuWire.message(INVALID_ID) + ": individual_result_set_id " + text);
    }
    if (!set.publicResults && !manager) {
      throw new RsuWire.ApiError(PERMISSION_DENIED);
    }
    return set;
  }

  private ObjectNode fullResults(Params p) {
    int e = requireEvent(p.get("event_id"));
    long eventId = data.events.get(e).eventId();
    JsonNode doc = RsuWire.parseDocument(p.get("request"), requestFormat(p));
    List<JsonNode> items = RsuWire.items(doc, "results", "result");
    lock.writeLock().lock();
    try {
      ResultSetState set = requireSet(p, eventId, true);
      Map<Integer, Long> byBib = null;
      List<ResultSnapshot> parsed = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (JsonNode item : items) {
        ParticipantSnapshot who = null;
        String regText = RsuWire.text(item, "registration_id");
        Integer bib = bib(firstNonNull(RsuWire.text(item, "bib_num"), RsuWire.text(item, "bib")));
        String chip = chip(RsuWire.text(item, "chip_num"));
        if (regText != null && !regText.isBlank()) {
          try {
            who = find(Long.parseLong(regText.trim()));
          } catch (NumberFormatException ex) {
            who = null;
          }
          if (who == null || who.eventId() != eventId) {
            throw new RsuWire.ApiError(INVALID_ID, RsuWire.message(INVALID_ID) + ": registration_id " + regText
                + " is not registered for event " + eventId);
          }
        } else if (bib != null) {
          if (byBib == null) {
            byBib = bibIndex(e);
          }
          Long owner = byBib.get(bib);
          who = owner == null ? null : find(owner);
        } else if (chip != null) {
          Long owner = chipOwners.get(chip);
          ParticipantSnapshot candidate = owner == null ? null : find(owner);
          who = candidate != null && candidate.eventId() == eventId ? candidate : null;
        }
        Integer place = optionalInt(RsuWire.text(item, "place"), "place");
        String clockTime = time(RsuWire.text(item, "clock_time"), "clock_time");
        String chipTime = time(RsuWire.text(item, "chip_time"), "chip_time");
        String first = who != null ? who.user().firstName() : RsuWire.text(item, "first_name");
        String last = who != null ? who.user().lastName() : RsuWire.text(item, "last_name");
        if (who == null && bib == null && chip == null && (first == null || last == null)) {
          throw new RsuWire.ApiError(INVALID_SUBMISSION,
              "Invalid submission: a result needs registration_id, bib_num, chip_num or a name");
        }
        String key = who != null ? "reg:" + who.registrationId() : bib != null ? "bib:" + bib
            : chip != null ? "chip:" + chip : null;
        keys.add(key);
        parsed.add(new ResultSnapshot(0, set.id, who == null ? null : who.registrationId(),
            who == null ? null : who.user().userId(), who != null && bib == null ? who.bibNum() : bib,
            who != null && chip == null ? who.chipNum() : chip, place, clockTime, chipTime, first, last,
            who != null ? who.user().gender() : RsuWire.text(item, "gender"),
            who != null ? Integer.valueOf(who.age()) : optionalInt(RsuWire.text(item, "age"), "age"),
            who != null ? who.user().address().city() : RsuWire.text(item, "city"),
            who != null ? who.user().address().state() : RsuWire.text(item, "state")));
      }
      int inserted = 0;
      int updated = 0;
      for (int i = 0; i < parsed.size(); i++) {
        String key = keys.get(i);
        ResultSnapshot r = parsed.get(i);
        ResultSnapshot old = key == null ? null : set.rows.get(key);
        long resultId = old != null ? old.resultId() : nextResultId++;
        ResultSnapshot stored = new ResultSnapshot(resultId, r.resultSetId(), r.registrationId(), r.userId(),
            r.bibNum(), r.chipNum(), r.place(), r.clockTime(), r.chipTime(), r.firstName(), r.lastName(),
            r.gender(), r.age(), r.city(), r.state());
        set.rows.put(key != null ? key : "row:" + resultId, stored);
        if (old != null) {
          updated++;
        } else {
          inserted++;
        }
      }
      set.lastModified = clock.instant();
      ObjectNode out = RsuWire.object();
      out.put("success", true);
      out.put("num_results_inserted", inserted);
      out.put("num_results_updated", updated);
      return out;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Bib to registration id for one event, from the compact columns. Lock held. */
  private Map<Integer, Long> bibIndex(int e) {
    Map<Integer, Long> index = new HashMap<>();
    for (int a = 0; a < bibs.length; a++) {
      if (bibs[a] != 0 && data.eventIndex[a] == e) {
        index.put(bibs[a], data.regIds[a]);
      }
    }
    long eventId = data.events.get(e).eventId();
    for (ParticipantSnapshot p : added.values()) {
      if (p.bibNum() != null && p.eventId() == eventId) {
        index.put(p.bibNum(), p.registrationId());
      }
    }
    return index;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static Integer optionalInt(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: " + field + " '" + text + "'");
    }
  }

  private static String time(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (!TIME.matcher(t).matches()) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: " + field + " '" + text
          + "' is not h:mm:ss or mm:ss");
    }
    return t;
  }

  private static double seconds(String time) {
    String[] parts = time.split(":");
    double total = 0;
    for (String part : parts) {
      total = total * 60 + Double.parseDouble(part);
    }
    return total;
  }

  private ObjectNode getResults(Params p, boolean manager) {
    int e = requireEvent(p.get("event_id"));
    EventSnapshot event = data.events.get(e);
    long page = longParam(p, "page", 1);
    long perPage = longParam(p, "results_per_page", 100);
    if (page < 1 || perPage < 1 || perPage > MAX_RESULTS_PER_PAGE) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS,
          "Invalid parameters: page starts at 1, results_per_page is 1.." + MAX_RESULTS_PER_PAGE);
    }
    lock.readLock().lock();
    try {
      List<ResultSetState> sets = new ArrayList<>();
      if (p.get("individual_result_set_id") != null) {
        sets.add(requireSet(p, event.eventId(), manager));
      } else {
        for (ResultSetState set : resultSets.values()) {
          if (set.eventId == event.eventId() && (set.publicResults || manager)) {
            sets.add(set);
          }
        }
      }
      ObjectNode out = RsuWire.object();
      ArrayNode list = out.putArray("individual_results_sets");
      for (ResultSetState set : sets) {
        ObjectNode node = list.addObject();
        node.put("individual_result_set_id", set.id);
        node.put("individual_result_set_name", set.name);
        ObjectNode headers = node.putObject("results_headers");
        for (String[] h : new String[][] {{"place", "Place"}, {"bib_num", "Bib"}, {"first_name", "First Name"},
            {"last_name", "Last Name"}, {"gender", "Gender"}, {"age", "Age"}, {"city", "City"}, {"state", "State"},
            {"clock_time", "Clock Time"}, {"chip_time", "Chip Time"}, {"pace", "Pace"}}) {
          headers.put(h[0], h[1]);
        }
        List<ResultSnapshot> rows = new ArrayList<>(set.rows.values());
        rows.sort(Comparator.comparing(ResultSnapshot::place, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(ResultSnapshot::resultId));
        ArrayNode results = node.putArray("results");
        long skip = (page - 1) * perPage;
        for (long i = skip; i < rows.size() && i < skip + perPage; i++) {
          ResultSnapshot r = rows.get((int) i);
          ObjectNode ro = results.addObject();
          ro.put("result_id", r.resultId());
          ro.put("place", r.place());
          ro.put("bib_num", r.bibNum());
          ro.put("chip_num", r.chipNum());
          ro.put("first_name", r.firstName());
          ro.put("last_name", r.lastName());
          ro.put("gender", r.gender());
          ro.put("age", r.age());
          ro.put("city", r.city());
          ro.put("state", r.state());
          ro.put("clock_time", r.clockTime());
          ro.put("chip_time", r.chipTime());
          String basis = r.chipTime() != null ? r.chipTime() : r.clockTime();
          if (basis == null) {
            ro.putNull("pace");
          } else {
            long pace = Math.round(seconds(basis) / event.distanceMiles());
            ro.put("pace", String.format(Locale.US, "%d:%02d", pace / 60, pace % 60));
          }
          ro.put("registration_id", r.registrationId());
          ro.put("user_id", r.userId());
        }
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  // ================================================================ parameters

  /** Query parameters and form fields together; a query parameter wins over a form field. */
  private static final class Params {
    private final SimRequest request;
    private Map<String, List<String>> form;

    Params(SimRequest request) {
      this.request = request;
    }

    String get(String name) {
      Optional<String> q = request.query(name);
      if (q.isPresent()) {
        return q.get();
      }
      List<String> values = form().get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    Map<String, List<String>> form() {
      if (form == null) {
        String type = request.header("Content-Type").orElse("application/x-www-form-urlencoded");
        form = type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
            ? request.formFields() : Map.of();
      }
      return form;
    }

    /** Form fields only, first value each (OAuth token endpoints read the body). */
    Map<String, String> formMap() {
      Map<String, String> out = new HashMap<>();
      form().forEach((k, v) -> {
        if (!v.isEmpty()) {
          out.put(k, v.get(0));
        }
      });
      return out;
    }
  }

  // ================================================================ builder

  /**
   * Configures a {@link RunSignupSimulator}. Every option has a default that works out of the
   * box; credentials left unset are generated from the seed and readable from the simulator.
   *
   * <p>The {@linkplain #seed(long) seed} (default 42) drives every generated value: same seed,
   * same data. The {@linkplain #anchor(Instant) anchor} (default 2025-05-01T16:00:00Z):
   * registrations fall in the 200 days before it, race day is 30 days after it. The
   * {@linkplain #clock(Clock) clock} is "now": write timestamps, tmp key and token expiry.
   */
  public static final class Builder extends SimulatorBuilder<RunSignupSimulator, Builder> {
    private long raceId = 12345L;
    private String raceName = "Scioto Riverfront Classic";
    private int events = 3;
    private int participants = 300;
    private int removed = -1;
    private String apiKey;
    private String apiSecret;
    private String rsuApiKey;
    private String rsuApiSecret;
    private String spApiKey;
    private String spApiSecret;
    private String userEmail = "race.director@example.com";
    private String userPassword = "Sc1oto-River-42";
    private String clientId = "racereg-sim-client";
    private String clientSecret;
    private String redirectUri = "http://127.0.0.1:8765/callback";
    private String codeVerifier;
    private Duration accessTokenLifetime = Duration.ofHours(1);
    private Duration tmpKeyIdleTimeout = Duration.ofHours(1);
    private String regToken;
    private String regSecret;
    private boolean requireRegistration;
    private int concurrentCallLimit = DEFAULT_CONCURRENT_CALL_LIMIT;

    private Builder() {
      super(Instant.parse("2025-05-01T16:00:00Z"));
    }

    /**
     * The race's id (default 12345). Event ids are derived from it.
     *
     * @throws IllegalArgumentException if not positive or too large for derived event ids
     */
    public Builder raceId(long raceId) {
      if (raceId < 1 || raceId > Long.MAX_VALUE / 1000) {
        throw new IllegalArgumentException("raceId must be positive, was " + raceId);
      }
      this.raceId = raceId;
      return this;
    }

    /** The race's name (default {@code "Scioto Riverfront Classic"}). */
    public Builder raceName(String raceName) {
      this.raceName = Objects.requireNonNull(raceName, "raceName");
      return this;
    }

    /**
     * How many events the race has, 1 to 3 (default 3): 5K, then 10K, then Half Marathon.
     *
     * @throws IllegalArgumentException outside 1..3
     */
    public Builder events(int events) {
      if (events < 1 || events > RsuDataGenerator.SPECS.size()) {
        throw new IllegalArgumentException("events must be 1.." + RsuDataGenerator.SPECS.size() + ", was " + events);
      }
      this.events = events;
      return this;
    }

    /**
     * How many active registrations to generate across all events (default 300). Hundreds of
     * thousands work: rows are generated on demand.
     *
     * @throws IllegalArgumentException if negative or above 5,000,000
     */
    public Builder participants(int participants) {
      if (participants < 0 || participants > 5_000_000) {
        throw new IllegalArgumentException("participants must be 0..5000000, was " + participants);
      }
      this.participants = participants;
      return this;
    }

    /**
     * How many removed registrations to generate (default: a twenty-fifth of the participants,
     * at least 3 when there are any).
     *
     * @throws IllegalArgumentException if negative or above 1,000,000
     */
    public Builder removedParticipants(int removed) {
      if (removed < 0 || removed > 1_000_000) {
        throw new IllegalArgumentException("removedParticipants must be 0..1000000, was " + removed);
      }
      this.removed = removed;
      return this;
    }

    /** The accepted {@code api_key}/{@code api_secret} pair (default: generated from the seed). */
    public Builder apiCredentials(String apiKey, String apiSecret) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      this.apiSecret = Objects.requireNonNull(apiSecret, "apiSecret");
      return this;
    }

    /** The accepted {@code rsu_api_key} and its {@code X-RSU-API-SECRET} (default: generated). */
    public Builder rsuApiCredentials(String key, String secret) {
      this.rsuApiKey = Objects.requireNonNull(key, "key");
      this.rsuApiSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /** The accepted {@code sp_api_key} and its {@code X-RSU-API-SECRET} (default: generated). */
    public Builder superPartnerCredentials(String key, String secret) {
      this.spApiKey = Objects.requireNonNull(key, "key");
      this.spApiSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /** The e-mail and password {@code POST /Login} accepts. */
    public Builder userLogin(String email, String password) {
      this.userEmail = Objects.requireNonNull(email, "email");
      this.userPassword = Objects.requireNonNull(password, "password");
      return this;
    }

    /** The OAuth client: id, secret (default generated) and registered redirect URI. */
    public Builder oauthClient(String clientId, String clientSecret, String redirectUri) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
      return this;
    }

    /** The PKCE code verifier the issued codes are bound to (default: generated, 64 chars). */
    public Builder oauthCodeVerifier(String codeVerifier) {
      this.codeVerifier = Objects.requireNonNull(codeVerifier, "codeVerifier");
      return this;
    }

    /**
     * Lifetime of OAuth access tokens (default one hour).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder oauthAccessTokenLifetime(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("lifetime must be positive, was " + lifetime);
      }
      this.accessTokenLifetime = lifetime;
      return this;
    }

    /**
     * How long a {@code tmp_key} lives after its last use (default one hour, as RunSignup).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder tmpKeyIdleTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.tmpKeyIdleTimeout = timeout;
      return this;
    }

    /**
     * Whether calls without an API caller registration are refused, as RunSignup does from
     * 2027-01-01 (default false: only a wrong registration is refused, as today). The refusal of
     * a missing one is a guess: HTTP 400, code 17.
     */
    public Builder requireCallerRegistration(boolean required) {
      this.requireRegistration = required;
      return this;
    }

    /**
     * The accepted API caller registration (default: generated from the seed, token shaped
     * {@code <id>.<token>}). A call sending another gets HTTP 400 with code 17.
     */
    public Builder callerRegistration(String token, String secret) {
      this.regToken = Objects.requireNonNull(token, "token");
      this.regSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * The most calls answered at once (default {@value RunSignupSimulator#DEFAULT_CONCURRENT_CALL_LIMIT});
     * one more is throttled with code 14 in an HTTP 200 (RunSignup has not published how it
     * refuses these: a guess). 0 turns the limit off.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder concurrentCallLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must be 0 or more, was " + limit);
      }
      this.concurrentCallLimit = limit;
      return this;
    }

    /** Generates the race and returns the (not yet started) simulator; call {@code start()}. */
    @Override
    public RunSignupSimulator build() {
      return new RunSignupSimulator(this);
    }
  }
}
