package dev.racereg.testkit.actigo;

import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.SimulatorBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import mockwebserver3.MockResponse;

/**
 * A stateful, in-process simulator of the Actigo registration API ({@code https://actigo.app/api}),
 * written from Actigo's published documentation.
 *
 * <p>It answers, under the base path {@code /api}:
 * <ul>
 *   <li>{@code GET /api/events/activities/{organizedActivityId}/registrations.json}: every
 *       registration of the activity as one JSON array, streamed;</li>
 *   <li>{@code GET .../registrations.csv}: the same as CSV with the header
 *       {@code registration.id,registration.state,registration.startNumber,person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate},
 *       streamed;</li>
 *   <li>{@code PUT .../registrations.json} and {@code PUT .../registrations.csv}: registration
 *       sync (start numbers of existing registrations, insert or update of external ones); the
 *       JSON answer echoes each registration with its {@code syncResultType}, the CSV answer is
 *       the CSV of the resulting rows;</li>
 *   <li>{@code PUT .../results.json}: results sync, answered with {@code id}, {@code person} and
 *       {@code syncResultType} per result.</li>
 * </ul>
 *
 * <p>Every call needs {@code Authorization: Basic base64(keyName:keySecret)}: missing or wrong
 * gives 401 (with {@code WWW-Authenticate}); a key whose user is not a member of the organiser of
 * the activity, nor of an organisation associated with it (a timing company), gives 403. An
 * activity id that is not 24 hex digits, or is unknown, gives 404. A body that cannot be read, or
 * an external registration without {@code givenName}, {@code surname}, {@code sex} and
 * {@code birthDate}, gives 400 and changes nothing. Unknown paths give 404, a wrong method 405
 * with {@code Allow}. Order of checks: path, method, key, activity, membership, body.
 *
 * <p>Inferred, not documented by Actigo (see {@code ActigoContract}): the error body
 * {@code {"status":N,"error":"<reason>","message":"<detail>"}}; the fourth registration state,
 * called {@code Waitlisted} here (about 3% of generated rows) so clients can prove unknown states
 * round-trip; that external registrations and result persons are matched by given name and
 * surname (ignoring case) and birth date; the {@code Skipped} rule (an item whose person
 * contradicts the stored one); that an external registration's amount is 0 and its default state
 * {@code New}. The doc's CSV example answers start number {@code 0003} to an upload of
 * {@code 0002}; the simulator answers what was stored ({@code 0002}), reading the doc's value as a
 * typo.
 *
 * <p>Generated data is deterministic for a seed: Czech names with diacritics, states in realistic
 * proportions (about 78% {@code Confirmed}, 12% {@code New}, 7% {@code Cancelled}), CZK amounts in
 * hundredths (such as {@code 85000}), start numbers like {@code 0042} on most confirmed rows,
 * registration dates over the 180 days before the anchor. Rows are generated on demand, so an
 * activity of 200,000 registrations costs memory only for the rows a sync changed. Thread-safe.
 *
 * <pre>{@code
 * ActigoSimulator sim = ActigoSimulator.builder().seed(7).registrations(300).build().start();
 * String url = sim.baseUrl() + "/events/activities/" + sim.activityId() + "/registrations.json";
 * // send it with header "Authorization: " + sim.credentials().authorizationHeader()
 * }</pre>
 *
 * <p>Inside, it is a router ({@code ActigoRouter}), one handler per resource
 * ({@code ActigoRegistrationsHandler}, {@code ActigoResultsHandler}), its state (the activities
 * and {@code ActigoWrites}) and the keys it hands out ({@link #credentials()}). Close it when
 * done, best with try-with-resources:
 * {@code try (ActigoSimulator sim = ActigoSimulator.builder().build().start()) { ... }}.
 */
public final class ActigoSimulator extends Simulator<ActigoSimulator> {

  /** The default anchor of generated timestamps: registrations close here. */
  public static final Instant DEFAULT_ANCHOR = Instant.parse("2025-05-01T08:00:00Z");
  /** The default number of registrations of an activity. */
  public static final int DEFAULT_REGISTRATIONS = 150;
  /** The default seed. */
  public static final long DEFAULT_SEED = SimulatorBuilder.DEFAULT_SEED;
  /** The largest activity the builder accepts. */
  public static final int MAX_REGISTRATIONS = 1_000_000;

  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private final long seed;
  private final Instant anchor;
  private final Map<String, ActivityState> activities;
  private final List<String> organiserIds;
  private final ActigoSandboxCredentials credentials;
  private final ActigoWrites writes;
  private final ActigoRouter router;

  private ActigoSimulator(Builder b, Map<String, ActivityState> activities,
      List<String> organiserIds, ActigoKeys keys, ActigoSandboxCredentials credentials) {
    this.seed = b.seed();
    this.anchor = b.anchor();
    this.activities = activities;
    this.organiserIds = organiserIds;
    this.credentials = credentials;
    this.writes = new ActigoWrites(b.clock(), b.seed());
    this.router = new ActigoRouter(keys, activities, new ActigoSync(writes, this::user));
  }

  /** A builder with the defaults: seed 42, one organiser with one activity of 150 registrations. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected String basePath() {
    return "/api";
  }

  // ---------------------------------------------------------------- getters

  /** The seed the data was generated from. */
  public long seed() {
    return seed;
  }

  /** The instant generated timestamps are anchored on. */
  public Instant anchor() {
    return anchor;
  }

  /**
   * The access keys the simulator accepts: the default key, a member of the first organiser, and
   * a valid key of no organiser (for a 403).
   *
   * @return the keys
   */
  public ActigoSandboxCredentials credentials() {
    return credentials;
  }

  /** The id of the first organiser (24 hex digits). */
  public String organiserId() {
    return organiserIds.get(0);
  }

  /** The id of the first activity (24 hex digits), owned by {@link #organiserId()}. */
  public String activityId() {
    return activities.keySet().iterator().next();
  }

  /** The ids of every activity, in declaration order. */
  public List<String> activityIds() {
    return List.copyOf(activities.keySet());
  }

  /**
   * The id of the organiser that owns an activity.
   *
   * @throws IllegalArgumentException if the activity is unknown
   */
  public String organiserOf(String activityId) {
    return activity(activityId).data.organiserId;
  }

  // ---------------------------------------------------------------- snapshots

  /**
   * How many registrations an activity has now (generated plus inserted), without building them.
   *
   * @throws IllegalArgumentException if the activity is unknown
   */
  public int registrationCount(String activityId) {
    return activity(activityId).count();
  }

  /**
   * Every registration of an activity as it is now, in download order. Builds the whole list:
   * prefer {@link #registrationCount(String)} or {@link #registration(String, String)} for very
   * large activities.
   *
   * @throws IllegalArgumentException if the activity is unknown
   */
  public List<ActigoRegistrationRow> registrations(String activityId) {
    List<ActigoRegistrationRow> all = new ArrayList<>();
    activity(activityId).iterator().forEachRemaining(all::add);
    return List.copyOf(all);
  }

  /**
   * One registration of an activity, by id (any case).
   *
   * @throws IllegalArgumentException if the activity is unknown
   */
  public Optional<ActigoRegistrationRow> registration(String activityId, String registrationId) {
    return Optional.ofNullable(activity(activityId).find(registrationId));
  }

  /**
   * The registrations a sync inserted into an activity, in insertion order.
   *
   * @throws IllegalArgumentException if the activity is unknown
   */
  public List<ActigoRegistrationRow> externalRegistrations(String activityId) {
    return activity(activityId).externalRegistrations();
  }

  /**
   * The results stored for an activity, one per person, in the order first received.
   *
   * @throws IllegalArgumentException if the activity is unknown
   */
  public List<ActigoResultRow> results(String activityId) {
    return activity(activityId).results();
  }

  /**
   * The user accounts the API created (for external registrations and external result persons),
   * in creation order, each with its generated {@code <32 chars>@actigo.app} login.
   */
  public List<ActigoPersonRow> createdAccounts() {
    return writes.accounts();
  }

  private ActivityState activity(String activityId) {
    Objects.requireNonNull(activityId, "activityId");
    ActivityState state = activities.get(activityId.toLowerCase(Locale.ROOT));
    if (state == null) {
      throw new IllegalArgumentException("unknown activity " + activityId);
    }
    return state;
  }

  /** Any Actigo user by id: a generated registrant of any activity, or a created account. */
  private ActigoPersonRow user(String personId) {
    String id = personId.toLowerCase(Locale.ROOT);
    ActigoPersonRow account = writes.account(id);
    if (account != null) {
      return account;
    }
    for (ActivityState state : activities.values()) {
      ActigoPersonRow person = state.generatedPerson(id);
      if (person != null) {
        return person;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- HTTP

  /** Hands every request to the router (see {@code ActigoRouter} for the order of checks). */
  @Override
  protected MockResponse handle(SimRequest request) {
    return router.route(request);
  }

  // ---------------------------------------------------------------- builder

  /**
   * Configures an {@link ActigoSimulator}. Every option has a default; {@link #build()} validates
   * the whole configuration.
   *
   * <p>Without any {@link #activity(String, String, int) activity}, the simulator has one
   * organiser (id derived from the seed) owning one activity of {@link #registrations(int)} rows.
   * The default key (see {@link #credentials(String, String)}) is always a member of the first
   * organiser; the non-member key always exists and belongs to an organisation that owns nothing
   * and is associated with no organiser.
   *
   * <p>The {@linkplain #seed(long) seed} (default {@value ActigoSimulator#DEFAULT_SEED}) drives
   * all generated data, ids and logins. The {@linkplain #anchor(Instant) anchor} (default
   * {@link ActigoSimulator#DEFAULT_ANCHOR}): registrations are dated in the 180 days before it,
   * ages are counted at it. The {@linkplain #clock(Clock) clock} dates what the API creates
   * (external registrations' {@code created}, new ids).
   */
  public static final class Builder extends SimulatorBuilder<ActigoSimulator, Builder> {
    private int registrations = DEFAULT_REGISTRATIONS;
    private String keyName;
    private String keySecret;
    private String nonMemberKeyName;
    private String nonMemberKeySecret;
    private final Set<String> organisers = new LinkedHashSet<>();
    private final Map<String, ActivitySpec> activities = new LinkedHashMap<>();
    private final Map<String, Set<String>> associations = new LinkedHashMap<>();
    private final List<ActigoKeys.Key> keys = new ArrayList<>();

    private record ActivitySpec(String organiserId, String activityId, Integer size) {}

    private Builder() {
      super(DEFAULT_ANCHOR);
    }

    /**
     * The number of generated registrations of every activity declared without a size, including
     * the default one. Default 150.
     *
     * @throws IllegalArgumentException if not within 0..{@value ActigoSimulator#MAX_REGISTRATIONS}
     */
    public Builder registrations(int registrations) {
      this.registrations = checkSize(registrations);
      return this;
    }

    /**
     * The name and secret of the default key, whose user is a member of the first organiser.
     * Default: generated from the seed.
     */
    public Builder credentials(String keyName, String keySecret) {
      this.keyName = requireText(keyName, "keyName");
      this.keySecret = requireText(keySecret, "keySecret");
      return this;
    }

    /** The name and secret of the non-member key. Default: generated from the seed. */
    public Builder nonMemberCredentials(String keyName, String keySecret) {
      this.nonMemberKeyName = requireText(keyName, "keyName");
      this.nonMemberKeySecret = requireText(keySecret, "keySecret");
      return this;
    }

    /**
     * Declares an organiser (24 hex digits), for one that owns no activity; declaring an activity
     * declares its organiser.
     *
     * @throws IllegalArgumentException if the id is not 24 hex digits
     */
    public Builder organiser(String organiserId) {
      organisers.add(hexId(organiserId, "organiserId"));
      return this;
    }

    /** Declares an activity of the default size; see {@link #activity(String, String, int)}. */
    public Builder activity(String organiserId, String activityId) {
      return activity(organiserId, activityId, null);
    }

    /**
     * Declares an organised activity owned by an organiser, with {@code registrations} generated
     * rows.
     *
     * @throws IllegalArgumentException if an id is not 24 hex digits, the activity is declared
     *     twice, or the size is not within 0..{@value ActigoSimulator#MAX_REGISTRATIONS}
     */
    public Builder activity(String organiserId, String activityId, int registrations) {
      return activity(organiserId, activityId, Integer.valueOf(checkSize(registrations)));
    }

    private Builder activity(String organiserId, String activityId, Integer size) {
      String organiser = hexId(organiserId, "organiserId");
      String activity = hexId(activityId, "activityId");
      if (activities.containsKey(activity)) {
        throw new IllegalArgumentException("activity " + activity + " is declared twice");
      }
      organisers.add(organiser);
      activities.put(activity, new ActivitySpec(organiser, activity, size));
      return this;
    }

    /**
     * Declares an organisation (such as a timing company) associated with organisers: members of
     * it may use the activities of those organisers.
     *
     * @throws IllegalArgumentException if an id is not 24 hex digits (unknown organisers are
     *     reported by {@link #build()})
     */
    public Builder associatedOrganisation(String organisationId, String... organiserIds) {
      Set<String> with = associations.computeIfAbsent(hexId(organisationId, "organisationId"),
          k -> new LinkedHashSet<>());
      for (String organiser : organiserIds) {
        with.add(hexId(organiser, "organiserId"));
      }
      return this;
    }

    /**
     * Adds an access key whose user is a member of the given organisers or associated
     * organisations (none: a valid key that can read nothing).
     *
     * @throws IllegalArgumentException if a name or secret is blank or an id is not 24 hex digits
     *     (unknown organisations and duplicate names are reported by {@link #build()})
     */
    public Builder key(String keyName, String keySecret, String... organisationIds) {
      Set<String> member = new LinkedHashSet<>();
      for (String id : organisationIds) {
        member.add(hexId(id, "organisationId"));
      }
      keys.add(new ActigoKeys.Key(requireText(keyName, "keyName"), requireText(keySecret, "keySecret"),
          Set.copyOf(member)));
      return this;
    }

    /**
     * Builds the simulator, not yet started: call {@link ActigoSimulator#start()}.
     *
     * @throws IllegalArgumentException if an association or key names an undeclared organisation,
     *     an organiser id is also an associated organisation's id, or two keys share a name
     */
    @Override
    public ActigoSimulator build() {
      SplittableRandom r = new SplittableRandom(seed() ^ 0xAC7160L);
      Set<String> organiserSet = new LinkedHashSet<>(organisers);
      Map<String, ActivitySpec> specs = new LinkedHashMap<>(activities);
      if (specs.isEmpty()) {
        String organiser = organiserSet.isEmpty() ? randomHex(r) : organiserSet.iterator().next();
        organiserSet.add(organiser);
        String activity = randomHex(r);
        specs.put(activity, new ActivitySpec(organiser, activity, null));
      } else {
        randomHex(r);
        randomHex(r);
      }
      for (Map.Entry<String, Set<String>> a : associations.entrySet()) {
        if (organiserSet.contains(a.getKey())) {
          throw new IllegalArgumentException("organisation " + a.getKey()
              + " is declared both as an organiser and as an associated organisation");
        }
        for (String organiser : a.getValue()) {
          if (!organiserSet.contains(organiser)) {
            throw new IllegalArgumentException("organisation " + a.getKey()
                + " is associated with undeclared organiser " + organiser);
          }
        }
      }
      String outsider = randomHex(r);
      String firstOrganiser = organiserSet.iterator().next();
      ActigoKeys.Key member = new ActigoKeys.Key(keyName != null ? keyName : "racereg-" + randomText(r, 8).toLowerCase(Locale.ROOT),
          keySecret != null ? keySecret : randomText(r, 40), Set.of(firstOrganiser));
      ActigoKeys.Key nonMember = new ActigoKeys.Key(
          nonMemberKeyName != null ? nonMemberKeyName : "outsider-" + randomText(r, 8).toLowerCase(Locale.ROOT),
          nonMemberKeySecret != null ? nonMemberKeySecret : randomText(r, 40), Set.of(outsider));
      Map<String, ActigoKeys.Key> keyMap = new LinkedHashMap<>();
      List<ActigoKeys.Key> all = new ArrayList<>();
      all.add(member);
      all.add(nonMember);
      all.addAll(keys);
      for (ActigoKeys.Key key : all) {
        for (String organisation : key.organisations()) {
          if (!organisation.equals(outsider) && !organiserSet.contains(organisation)
              && !associations.containsKey(organisation)) {
            throw new IllegalArgumentException("key " + key.name()
                + " names undeclared organisation " + organisation);
          }
        }
        if (keyMap.putIfAbsent(key.name(), key) != null) {
          throw new IllegalArgumentException("two keys are named " + key.name());
        }
      }
      Map<String, ActivityState> states = new LinkedHashMap<>();
      for (ActivitySpec spec : specs.values()) {
        int size = spec.size() != null ? spec.size() : registrations;
        states.put(spec.activityId(), new ActivityState(
            new ActivityData(spec.organiserId(), spec.activityId(), size, seed(), anchor())));
      }
      Map<String, Set<String>> assoc = new LinkedHashMap<>();
      associations.forEach((k, v) -> assoc.put(k, Set.copyOf(v)));
      ActigoKeys keyring = new ActigoKeys(Collections.unmodifiableMap(keyMap), Collections.unmodifiableMap(assoc));
      ActigoSandboxCredentials credentials = new ActigoSandboxCredentials(member.name(), member.secret(),
          nonMember.name(), nonMember.secret());
      return new ActigoSimulator(this, Collections.unmodifiableMap(states), List.copyOf(organiserSet),
          keyring, credentials);
    }

    /** Builds and starts the simulator. */
    public ActigoSimulator start() {
      return build().start();
    }

    private static int checkSize(int size) {
      if (size < 0 || size > MAX_REGISTRATIONS) {
        throw new IllegalArgumentException("registrations must be within 0.." + MAX_REGISTRATIONS
            + ", was " + size);
      }
      return size;
    }

    private static String hexId(String id, String name) {
      Objects.requireNonNull(id, name);
      if (!ActigoContract.OBJECT_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(name + " must be 24 hex digits, was " + id);
      }
      return id.toLowerCase(Locale.ROOT);
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    private static String randomHex(SplittableRandom r) {
      return ActivityData.objectId(
          DEFAULT_ANCHOR.getEpochSecond() - r.nextInt(5 * 365 * 86400), r.nextLong(), r.nextInt());
    }

    private static String randomText(SplittableRandom r, int length) {
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        s.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
      }
      return s.toString();
    }
  }
}
