package dev.racereg.testkit.runsignup;

import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.SimulatorBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
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
 * {@code X-RSU-API-REG-SECRET}) other than the one in {@link #credentials()} gets HTTP 400 with code 17, as RunSignup answers today; with
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
 *   RunSignupSandboxCredentials c = sim.credentials();
 *   String url = sim.baseUrl() + "/race/" + sim.raceId() + "/participants?format=json&api_key="
 *       + c.apiKey() + "&api_secret=" + c.apiSecret() + "&event_id=" + sim.eventIds().get(0);
 * }
 * }</pre>
 *
 * <p>Inside, it is a router ({@code RsuRouter}) with the caller-registration gate in front, one
 * handler per resource (race and registration periods, participants, participant writes, removed
 * participants, results; login and OAuth in {@code RsuAuth}), its state ({@code RsuState}) and the
 * credentials it hands out ({@link #credentials()}). Use it in a try-with-resources block, as
 * above, so its port is freed when the test ends.
 */
public final class RunSignupSimulator extends Simulator<RunSignupSimulator> {

  /** RunSignup's limit of concurrent calls per caller (announced 2026-07-17), the default here. */
  public static final int DEFAULT_CONCURRENT_CALL_LIMIT = 2;

  /** Largest {@code results_per_page} RunSignup accepts. */
  public static final int MAX_RESULTS_PER_PAGE = 2500;
  /** {@code results_per_page} when none is sent. */
  public static final int DEFAULT_RESULTS_PER_PAGE = 50;

  private final long seed;
  private final RsuState state;
  private final RsuAuth auth;
  private final RsuCallerGate gate;
  private final RsuRouter router;
  private final RunSignupSandboxCredentials credentials;

  private RunSignupSimulator(Builder b) {
    this.seed = b.seed();
    SplittableRandom keys = new SplittableRandom(seed ^ 0x00C0FFEEL);
    RsuAuth.Config config = new RsuAuth.Config(
        or(b.apiKey, () -> key(keys, 32)), or(b.apiSecret, () -> key(keys, 32)),
        or(b.rsuApiKey, () -> key(keys, 32)), or(b.rsuApiSecret, () -> key(keys, 48)),
        or(b.spApiKey, () -> key(keys, 32)), or(b.spApiSecret, () -> key(keys, 48)),
        key(keys, 32), key(keys, 32),
        b.userEmail, b.userPassword,
        b.clientId, or(b.clientSecret, () -> key(keys, 40)), b.redirectUri,
        or(b.codeVerifier, () -> key(keys, 64)),
        b.accessTokenLifetime, b.tmpKeyIdleTimeout);
    int removedCount = b.removed >= 0 ? b.removed : b.participants == 0 ? 0 : Math.max(3, b.participants / 25);
    RsuDataGenerator data = new RsuDataGenerator(seed, b.raceId, b.anchor(), b.events, b.participants, removedCount);
    this.state = new RsuState(data, b.raceId, b.raceName, b.anchor(), b.clock());
    this.auth = new RsuAuth(config, b.clock(), seed);
    this.gate = new RsuCallerGate(or(b.regToken, () -> "7310." + key(keys, 32)), or(b.regSecret, () -> key(keys, 48)),
        b.requireRegistration, b.concurrentCallLimit);
    this.router = new RsuRouter(state, auth, gate);
    this.credentials = new RunSignupSandboxCredentials(config.apiKey(), config.apiSecret(), config.rsuApiKey(),
        config.rsuApiSecret(), config.spApiKey(), config.spApiSecret(), config.outsiderApiKey(),
        config.outsiderApiSecret(), config.userEmail(), config.userPassword(), config.clientId(),
        config.clientSecret(), config.redirectUri(), config.codeVerifier(), auth.codeChallenge(), auth.issueCode(),
        gate.token(), gate.secret());
  }

  private static String or(String value, Supplier<String> fallback) {
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

  /** A builder with every default: seed 42, race 12345, three events, 300 participants. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected String basePath() {
    return "/Rest";
  }

  /** Answers one request as RunSignup would; see the class documentation. Never throws. */
  @Override
  protected MockResponse handle(SimRequest request) {
    return router.handle(request);
  }

  // ================================================================ credentials

  /**
   * Every credential the simulator accepts, one per RunSignup authentication mode, and the API
   * caller registration it expects; generated from the seed unless set on the builder.
   *
   * @return the credentials, the same value on every call
   */
  public RunSignupSandboxCredentials credentials() {
    return credentials;
  }

  /** Issues a fresh single-use authorization code, valid for ten minutes of clock time. */
  public String issueAuthorizationCode() {
    return auth.issueCode();
  }

  /** How many temporary-key sessions from {@code POST /Login} are still alive. */
  public int activeSessions() {
    return auth.activeSessions();
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

  // ================================================================ race and ids

  /** The seed the data was generated from. */
  public long seed() {
    return seed;
  }

  /** The simulated race's id (default 12345); any other race id answers error 201. */
  public long raceId() {
    return state.raceId;
  }

  /** The race's name. */
  public String raceName() {
    return state.raceName;
  }

  /** The instant the generated data is anchored on (registrations happen in the 200 days before). */
  public Instant anchor() {
    return state.anchor;
  }

  /** The clock the simulator reads "now" from (tmp key and token expiry, write timestamps). */
  public Clock clock() {
    return state.clock;
  }

  /** The race day (local date in the race's time zone, America/New_York): 30 days after the anchor. */
  public LocalDate raceDay() {
    return state.data.raceDay;
  }

  /** The event ids in order (5K, 10K, Half Marathon): {@code raceId * 100 + 1, 2, 3}. */
  public List<Long> eventIds() {
    return state.data.events.stream().map(EventSnapshot::eventId).toList();
  }

  // ================================================================ state snapshots

  /** The race's events as they are now (registration periods included). */
  public List<EventSnapshot> events() {
    return state.events();
  }

  /** The event with this id, if the race has it. */
  public Optional<EventSnapshot> event(long eventId) {
    return state.event(eventId);
  }

  /** The active registration with this id as the participants endpoint would show it now. */
  public Optional<ParticipantSnapshot> participant(long registrationId) {
    return state.participant(registrationId);
  }

  /** How many active registrations the race has, all events together. */
  public int participantCount() {
    return state.participantCount();
  }

  /** How many active registrations one event has (0 for an event the race does not have). */
  public int participantCount(long eventId) {
    return state.participantCount(eventId);
  }

  /**
   * Every active registration of one event, ascending by registration id. Generates every row:
   * fine for thousands, slow for hundreds of thousands.
   */
  public List<ParticipantSnapshot> participants(long eventId) {
    return state.participants(eventId);
  }

  /** Every removed registration, ascending by registration id. */
  public List<RemovedParticipantSnapshot> removedParticipants() {
    return state.removedParticipants();
  }

  /** Every result set, in creation order. */
  public List<ResultSetSnapshot> resultSets() {
    return state.resultSets();
  }

  /** The rows of one result set in posting order; empty for an unknown set. */
  public List<ResultSnapshot> results(long resultSetId) {
    return state.results(resultSetId);
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
