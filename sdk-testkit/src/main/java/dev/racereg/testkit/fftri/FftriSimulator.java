package dev.racereg.testkit.fftri;

import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.SimulatorBuilder;
import dev.racereg.testkit.fftri.PassCompetition.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 *   FftriSandboxCredentials creds = sim.credentials();
 *   String user = creds.username();            // X-USER
 *   String key = creds.apiKey();               // Authorization (raw key, no scheme)
 *   String token = creds.authToken();          // X-Auth-Token of the pass operations
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
 *
 * <p>Inside, it is a router ({@code FftriRouter}), one handler per resource (reference data,
 * licences, passes, the organiser's trials), its state ({@code FftriWorld}, {@code PassBook}) and
 * the credentials it hands out ({@link #credentials()}). Use it in a try-with-resources block, as
 * above, so its port is freed when the test ends.
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

  private final FftriSandboxCredentials credentials;
  private final String accountName;
  private final Clock clock;
  private final Instant anchor;
  private final FftriWorld world;
  private final PassBook passes;
  private final FftriRouter router;

  private FftriSimulator(Builder b) {
    this.credentials = new FftriSandboxCredentials(b.username, b.apiKey, b.passphrase, b.tokenAlgorithm,
        b.organiserLogin, b.organiserKey);
    this.accountName = b.accountName;
    this.clock = b.clock();
    this.anchor = b.anchor();
    LocalDate anchorDate = LocalDate.ofInstant(anchor, FftriRequests.PARIS);
    this.world = new FftriWorld(b.seed(), anchorDate, b.clubs, b.licenceHolders, b.events);
    this.passes = new PassBook(b.seed(), b.passesPerTrial, anchorDate, b.username, world);
    this.router = new FftriRouter(credentials, b.tokenRequiredOnItu,
        new FftriReferenceHandler(world, clock, accountName), new FftriLicenceHandler(world),
        new FftriPassHandler(world, passes, clock, b.username, b.autoValidatePasses, b.csvSeparator),
        new FftriTrialsHandler(world, clock, b.organiserLogin, b.organiserKey));
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

  /**
   * The credentials the simulator accepts: {@code X-USER}, API key, token passphrase and
   * algorithm, organiser login and key. The defaults are the doc's examples.
   *
   * @return the credentials
   */
  public FftriSandboxCredentials credentials() {
    return credentials;
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
    return FftriRequests.today(clock);
  }

  // ---- HTTP ------------------------------------------------------------------------------

  /** Hands every request to the router (see {@code FftriRouter} for the order of checks). */
  @Override
  protected MockResponse handle(SimRequest request) {
    return router.route(request);
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
