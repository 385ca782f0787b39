package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.SimulatorBuilder;
import dev.racereg.testkit.letsdothis.LdtCatalog.Event;
import dev.racereg.testkit.letsdothis.LdtCatalog.Occurrence;
import dev.racereg.testkit.letsdothis.LdtCatalog.Race;
import dev.racereg.testkit.letsdothis.LdtCatalog.Ticket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mockwebserver3.MockResponse;

/**
 * A stateful, in-process simulator of the Let's Do This public API ({@code
 * https://api.letsdothis.com/v0}), written from {@code letsdothis.txt} and the facts the project
 * collected about it.
 *
 * <p><b>Endpoints</b> (all under {@code /v0}, all requiring {@code Authorization: Bearer <JWT>}):
 * {@code GET /applications}, {@code GET /applications/{id}}, {@code GET
 * /events/{id}/applications}, {@code GET /participants}, {@code GET /participants/{id}}, {@code
 * GET /races/{id}/participants} (filter {@code eventOccurrenceId}), {@code GET|POST /partners}
 * (filter {@code search}), {@code GET|PATCH /partners/{id}} (optionally {@code
 * ?externalId=enthuse|justGiving|londonMarathon}, then {@code {id}} is that external id), {@code
 * POST /partners/{id}/claim-link}, {@code GET|PATCH|DELETE /reserved-entries/{id}}, {@code
 * GET|POST /events/{id}/reserved-entries} and {@code GET /events/{id}/tickets}. Only the first
 * four paths are confirmed by the platform; the others follow its REST pattern (inferred).
 *
 * <p><b>Lists</b> answer {@code {"data":[...],"page":{"totalResults","first","last","prev",
 * "next"}}} with {@code page[size]} 1..500 (default 100), opaque position cursors in {@code
 * page[after]} / {@code page[before]}, the four {@code createdAt}/{@code updatedAt} bounds and
 * {@code sort[createdAt]} / {@code sort[updatedAt]} ({@code 1} or {@code -1}; default creation
 * order). A cursor names a row's position, so paging neither skips nor repeats rows when others
 * are added meanwhile; a cursor that was edited, comes from another list or another sort is
 * answered 400. The reserved entry and ticket lists of an event answer {@code {"data":[...]}}
 * without paging, as the doc shows. Single resources are served bare, as in the doc's samples.
 * Participant and application fields from {@code eventName} on are metadata, served only with
 * {@code extendMetadata=true} (inferred).
 *
 * <p><b>Errors</b>: 401 for a missing, malformed, badly signed, expired or revoked key; 400 for
 * invalid parameters or bodies (every broken rule listed); 404 for unknown ids, other organisers'
 * data and unknown paths; 405 with {@code Allow} for a wrong method on a known path. Bodies follow
 * the NestJS shape {@code {"statusCode":400,"message":[...],"error":"Bad Request"}} (inferred; the
 * doc collapses its error schemas). Creates answer 201 (inferred), other successes 200.
 *
 * <p><b>Data</b>: one organiser owns every generated event (two occurrences each: last year's and
 * the coming one), races, tickets priced in pence ({@code GBP}), partners, reserved entry groups,
 * applications and participants with UK names, addresses and postcodes. Keys minted for another
 * organiser ({@link #tokenFor(String)}) see only what they create. Generation is deterministic for
 * a seed; new writes are stamped with the injected {@link Clock}.
 *
 * <pre>{@code
 * try (LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(2_000).build().start()) {
 *   String url = sim.baseUrl();          // http://127.0.0.1:PORT/v0
 *   String key = sim.credentials().validToken();  // Authorization: Bearer <key>
 *   String race = sim.events().get(0).raceIds().get(0);
 * }
 * }</pre>
 *
 * <p>Thread-safe: state is guarded by a read-write lock and stored rows are never mutated.
 * Inside, it is a router ({@code LdtRouter}), one handler per resource (applications and
 * participants, partners, reserved entries and tickets), its state ({@code LdtState}) and the
 * credentials it hands out ({@link #credentials()}). Use it in a try-with-resources block, as
 * above, so its port is freed when the test ends.
 */
public final class LetsDoThisSimulator extends Simulator<LetsDoThisSimulator> {

  private static final String BASE = "/v0";

  private final long seed;
  private final Instant anchor;
  private final Duration tokenValidity;
  private final LdtJwt jwt;
  private final LdtState state;
  private final LdtRouter router;
  private final LetsDoThisSandboxCredentials credentials;

  private LetsDoThisSimulator(Builder b) {
    this.seed = b.seed();
    this.anchor = b.anchor();
    this.tokenValidity = b.tokenValidity;
    String secret = b.signingSecret != null ? b.signingSecret
        : "letsdothis-simulator-" + Long.toHexString(seed);
    this.jwt = new LdtJwt(secret.getBytes(StandardCharsets.UTF_8));
    this.state = new LdtState(new LdtGenerator.Config(seed, anchor, b.organiserId, b.events, b.participants,
        b.applications, b.partners, b.reservedEntryGroupsPerEvent), b.clock(), b.misspelledOccurrenceField,
        new LdtCursors(("cursor:" + secret).getBytes(StandardCharsets.UTF_8)));
    this.router = new LdtRouter(state, jwt);
    Instant now = b.clock().instant();
    this.credentials = new LetsDoThisSandboxCredentials(b.organiserId,
        jwt.mint(b.organiserId, now, now.plus(tokenValidity)),
        jwt.mint(b.organiserId, now.minus(tokenValidity).minus(Duration.ofDays(1)), now.minus(Duration.ofHours(1))));
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected String basePath() {
    return BASE;
  }

  // =================================================================== credentials

  /**
   * What a client needs: the organiser id the generated data belongs to, a key for it valid for
   * the builder's token validity (default 365 days) from when the simulator was built, and a key
   * that had expired an hour before (401).
   *
   * @return the credentials
   */
  public LetsDoThisSandboxCredentials credentials() {
    return credentials;
  }

  /**
   * A valid API key for any organiser, for scoping tests: another organiser sees none of the
   * generated data, only what it creates itself.
   *
   * @throws NullPointerException if {@code organiserId} is null
   */
  public String tokenFor(String organiserId) {
    Objects.requireNonNull(organiserId, "organiserId");
    Instant now = state.clock.instant();
    return jwt.mint(organiserId, now, now.plus(tokenValidity));
  }

  /**
   * A key with chosen claims, signed with the simulator's secret.
   *
   * @param expiresAt the {@code exp} claim, or null for a key that never expires
   * @throws NullPointerException if {@code organiserId} or {@code issuedAt} is null
   */
  public String mintToken(String organiserId, Instant issuedAt, Instant expiresAt) {
    return jwt.mint(Objects.requireNonNull(organiserId, "organiserId"),
        Objects.requireNonNull(issuedAt, "issuedAt"), expiresAt);
  }

  /** Invalidates a key, as "revoking keys" in the organiser's settings does: it then gets 401. */
  public void revokeToken(String token) {
    Objects.requireNonNull(token, "token");
    state.lock.writeLock().lock();
    try {
      state.revoked.add(token);
    } finally {
      state.lock.writeLock().unlock();
    }
  }

  // =================================================================== catalog getters

  /** The seed the data was generated from. */
  public long seed() {
    return seed;
  }

  /** The fixed instant generated timestamps are anchored on (nothing generated is later). */
  public Instant anchor() {
    return anchor;
  }

  /** The generated events, in generation order. */
  public List<LetsDoThisEvent> events() {
    List<LetsDoThisEvent> events = new ArrayList<>();
    for (Event e : state.catalog.events) {
      events.add(new LetsDoThisEvent(e.id(), e.name(),
          e.occurrences().stream().map(Occurrence::id).toList(), e.upcoming().id(),
          e.races().stream().map(Race::id).toList(), e.tickets().stream().map(Ticket::id).toList()));
    }
    return events;
  }

  /** The ids of the generated events. */
  public List<String> eventIds() {
    return state.catalog.events.stream().map(Event::id).toList();
  }

  /** The ids of every generated race, across events. */
  public List<String> raceIds() {
    return List.copyOf(state.catalog.raceById.keySet());
  }

  // =================================================================== state snapshots

  /** How many participants exist (all organisers). */
  public int participantCount() {
    return state.read(state.participants::size);
  }

  /** How many applications exist (all organisers). */
  public int applicationCount() {
    return state.read(state.applications::size);
  }

  /**
   * Every participant as the API serves it with {@code extendMetadata=true}, in storage order.
   * Copies: changing them changes nothing. Renders every row, so keep it for modest sizes.
   */
  public List<JsonNode> participants() {
    return state.renderAll(state.read(() -> List.copyOf(state.participants)));
  }

  /** One participant as served with {@code extendMetadata=true}, if it exists. */
  public Optional<JsonNode> participant(String id) {
    return state.read(() -> Optional.ofNullable(state.participantIndex.get(id)).map(state.participants::get))
        .map(r -> state.asParsed(state.render(r)));
  }

  /** Every application as served with {@code extendMetadata=true}; copies. */
  public List<JsonNode> applications() {
    return state.renderAll(state.read(() -> List.copyOf(state.applications)));
  }

  /** One application as served with {@code extendMetadata=true}, if it exists. */
  public Optional<JsonNode> application(String id) {
    return state.read(() -> Optional.ofNullable(state.applicationIndex.get(id)).map(state.applications::get))
        .map(r -> state.asParsed(state.render(r)));
  }

  /** Every partner (all organisers) as served, in creation order; copies. */
  public List<JsonNode> partners() {
    return state.read(() -> state.partners.values().stream().map(p -> state.asParsed(p.json)).toList());
  }

  /** One partner as served, if it exists. */
  public Optional<JsonNode> partner(String id) {
    return state.read(() -> Optional.ofNullable(state.partners.get(id)).map(p -> state.asParsed(p.json)));
  }

  /** Every reserved entry group (all organisers) as served, in creation order; copies. */
  public List<JsonNode> reservedEntryGroups() {
    return state.read(() -> state.groups.values().stream().map(g -> state.asParsed(g.json)).toList());
  }

  /** One reserved entry group as served, if it exists (deleted groups do not). */
  public Optional<JsonNode> reservedEntryGroup(String id) {
    return state.read(() -> Optional.ofNullable(state.groups.get(id)).map(g -> state.asParsed(g.json)));
  }

  /** The claim links created so far, oldest first. */
  public List<LetsDoThisClaimLink> claimLinks() {
    return state.read(() -> List.copyOf(state.claimLinks));
  }

  // =================================================================== runtime writes

  /**
   * Books a new participant on the coming edition of {@code raceId}, as if someone just signed up:
   * a generated UK person on the race's standard ticket, status {@code CONFIRMED}, {@code
   * createdAt} and {@code updatedAt} from the simulator's clock. Later inserts sort after earlier
   * ones at the same instant.
   *
   * @return the new participant's id
   * @throws IllegalArgumentException if the race is unknown
   */
  public String addParticipant(String raceId) {
    return addParticipant(raceId, null, Map.of());
  }

  /**
   * Books a new participant with chosen field values.
   *
   * @param raceId a generated race
   * @param eventOccurrenceId an occurrence of the race's event, or null for the coming one
   * @param fields values by field id, replacing generated ones ({@code firstName}, {@code
   *     emailAddress}, ..., {@code status}; {@code bibNumber} sets the top-level bib; other ids
   *     become extra custom fields)
   * @return the new participant's id
   * @throws IllegalArgumentException if the race or occurrence is unknown
   */
  public String addParticipant(String raceId, String eventOccurrenceId, Map<String, String> fields) {
    return state.addParticipant(raceId, eventOccurrenceId, fields);
  }

  /**
   * Changes a participant as an organiser or the participant would on the platform, and stamps
   * {@code updatedAt} with the simulator's clock, so {@code updatedAt[after]} reads pick it up.
   *
   * @param changes values by field id ({@code status} changes the booking status, {@code
   *     bibNumber} the top-level bib, a null value clears a field; other ids become custom fields)
   * @return the participant as now served with {@code extendMetadata=true}
   * @throws IllegalArgumentException if no participant has this id
   */
  public JsonNode updateParticipant(String id, Map<String, String> changes) {
    return state.updateParticipant(id, changes);
  }

  /**
   * Resolves an application (for example a ballot draw) and stamps {@code updatedAt} with the
   * clock. The booking status shown in its {@code status} field follows.
   *
   * @param approvalStatus e.g. {@code APPROVED}, {@code REJECTED}; unknown values are stored as given
   * @return the application as now served with {@code extendMetadata=true}
   * @throws IllegalArgumentException if no application has this id or the status is blank
   */
  public JsonNode updateApplicationStatus(String id, String approvalStatus) {
    return state.updateApplicationStatus(id, approvalStatus);
  }



  // =================================================================== HTTP

  /** Hands every request to the router (see {@code LdtRouter}); a refusal becomes its error body. */
  @Override
  protected MockResponse handle(SimRequest request) {
    try {
      return router.route(request);
    } catch (LdtApiException e) {
      return e.toResponse();
    }
  }


  /**
   * Options of a {@link LetsDoThisSimulator}. Every option has a default that works out of the
   * box; {@link #build()} generates the data and returns an unstarted simulator.
   *
   * <p>The {@linkplain #seed(long) seed} (default 42) drives all generated data: the same seed
   * gives the same data. The {@linkplain #anchor(Instant) anchor} (default
   * {@code 2025-03-01T09:00:00Z}): nothing generated is later, coming editions start 4 to 30
   * weeks after it. The {@linkplain #clock(Clock) clock} is for everything that happens after
   * generation: key issue and expiry checks, and the {@code createdAt}/{@code updatedAt} of
   * writes.
   */
  public static final class Builder extends SimulatorBuilder<LetsDoThisSimulator, Builder> {
    private String organiserId = "204517";
    private int events = 3;
    private int participants = 300;
    private int applications = 60;
    private int partners = 6;
    private int reservedEntryGroupsPerEvent = 2;
    private String signingSecret;
    private Duration tokenValidity = Duration.ofDays(365);
    private boolean misspelledOccurrenceField;

    private Builder() {
      super(Instant.parse("2025-03-01T09:00:00Z"));
    }

    /** The organiser that owns the generated data. Default {@code 204517}. */
    public Builder organiserId(String organiserId) {
      this.organiserId = Objects.requireNonNull(organiserId, "organiserId");
      if (organiserId.isBlank()) {
        throw new IllegalArgumentException("organiserId must not be blank");
      }
      return this;
    }

    /**
     * How many events to generate, 1..8. Default 3.
     *
     * @throws IllegalArgumentException outside 1..8
     */
    public Builder events(int events) {
      if (events < 1 || events > LdtCatalog.MAX_EVENTS) {
        throw new IllegalArgumentException("events must be 1.." + LdtCatalog.MAX_EVENTS
            + ", was " + events);
      }
      this.events = events;
      return this;
    }

    /**
     * How many participants to generate, across events. Default 300; hundreds of thousands work
     * (rows are stored compactly and rendered on demand).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder participants(int participants) {
      this.participants = nonNegative(participants, "participants");
      return this;
    }

    /**
     * How many applications (ballot and good-for-age) to generate. Default 60. Approved ones also
     * appear as participants carrying their {@code applicationId}.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder applications(int applications) {
      this.applications = nonNegative(applications, "applications");
      return this;
    }

    /**
     * How many partners (charities, sponsors, corporate teams ...) to generate. Default 6.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder partners(int partners) {
      this.partners = nonNegative(partners, "partners");
      return this;
    }

    /**
     * How many reserved entry groups to generate per event. Default 2.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder reservedEntryGroupsPerEvent(int groups) {
      this.reservedEntryGroupsPerEvent = nonNegative(groups, "reservedEntryGroupsPerEvent");
      return this;
    }

    /**
     * The HS256 secret keys are signed with. Default derived from the seed, so two simulators
     * with the same seed and clock issue the same keys.
     */
    public Builder signingSecret(String signingSecret) {
      this.signingSecret = Objects.requireNonNull(signingSecret, "signingSecret");
      if (signingSecret.isEmpty()) {
        throw new IllegalArgumentException("signingSecret must not be empty");
      }
      return this;
    }

    /**
     * How long {@link LetsDoThisSandboxCredentials#validToken()} and {@link
     * LetsDoThisSimulator#tokenFor(String)} keys stay valid. Default 365 days.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder tokenValidity(Duration tokenValidity) {
      Objects.requireNonNull(tokenValidity, "tokenValidity");
      if (tokenValidity.isNegative() || tokenValidity.isZero()) {
        throw new IllegalArgumentException("tokenValidity must be positive, was " + tokenValidity);
      }
      this.tokenValidity = tokenValidity;
      return this;
    }

    /**
     * Serve participants' and applications' occurrence id as {@code eventOccurenceId}, the
     * spelling one of the platform's doc tables uses, instead of {@code eventOccurrenceId}.
     * Default false. For testing that a client accepts both.
     */
    public Builder misspelledOccurrenceField(boolean misspelled) {
      this.misspelledOccurrenceField = misspelled;
      return this;
    }

    /** Generates the data and returns the simulator, not yet started. */
    @Override
    public LetsDoThisSimulator build() {
      return new LetsDoThisSimulator(this);
    }

    private static int nonNegative(int value, String name) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
