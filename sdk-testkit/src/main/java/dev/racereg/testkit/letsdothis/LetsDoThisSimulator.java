package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
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
 *   String key = sim.validToken();       // Authorization: Bearer <key>
 *   String race = sim.events().get(0).raceIds().get(0);
 * }
 * }</pre>
 *
 * <p>Thread-safe: state is guarded by a read-write lock and stored rows are never mutated.
 */
public final class LetsDoThisSimulator extends Simulator<LetsDoThisSimulator> {

  private static final String BASE = "/v0";

  private final long seed;
  private final Instant anchor;
  private final Clock clock;
  private final String organiserId;
  private final Duration tokenValidity;
  private final String occurrenceField;
  private final LdtJwt jwt;
  private final LdtCursors cursors;
  private final LdtCatalog catalog;
  private final String validToken;
  private final String expiredToken;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final List<LdtRow> participants;
  private final Map<String, Integer> participantIndex;
  private final List<LdtRow> applications;
  private final Map<String, Integer> applicationIndex;
  private final Map<String, LdtPartner> partners = new LinkedHashMap<>();
  private final Map<String, LdtGroup> groups = new LinkedHashMap<>();
  private final List<LetsDoThisClaimLink> claimLinks = new ArrayList<>();
  private final Set<String> revoked = new HashSet<>();
  private final SplittableRandom runtimeRandom;
  private long runtimeCounter;

  private LetsDoThisSimulator(Builder b) {
    this.seed = b.seed();
    this.anchor = b.anchor();
    this.clock = b.clock();
    this.organiserId = b.organiserId;
    this.tokenValidity = b.tokenValidity;
    this.occurrenceField = b.misspelledOccurrenceField ? "eventOccurenceId" : "eventOccurrenceId";
    String secret = b.signingSecret != null ? b.signingSecret
        : "letsdothis-simulator-" + Long.toHexString(seed);
    this.jwt = new LdtJwt(secret.getBytes(StandardCharsets.UTF_8));
    this.cursors = new LdtCursors(("cursor:" + secret).getBytes(StandardCharsets.UTF_8));
    LdtGenerator.World world = LdtGenerator.generate(new LdtGenerator.Config(seed, anchor,
        b.organiserId, b.events, b.participants, b.applications, b.partners,
        b.reservedEntryGroupsPerEvent));
    this.catalog = world.catalog();
    this.participants = new ArrayList<>(world.participants());
    this.applications = new ArrayList<>(world.applications());
    this.participantIndex = new HashMap<>(participants.size() * 4 / 3 + 16);
    this.applicationIndex = new HashMap<>(applications.size() * 4 / 3 + 16);
    for (int i = 0; i < participants.size(); i++) {
      participantIndex.put(participants.get(i).id, i);
    }
    for (int i = 0; i < applications.size(); i++) {
      applicationIndex.put(applications.get(i).id, i);
    }
    world.partners().forEach(p -> partners.put(p.id, p));
    world.groups().forEach(g -> groups.put(g.id, g));
    this.runtimeRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Instant now = clock.instant();
    this.validToken = jwt.mint(organiserId, now, now.plus(tokenValidity));
    this.expiredToken = jwt.mint(organiserId, now.minus(tokenValidity).minus(Duration.ofDays(1)),
        now.minus(Duration.ofHours(1)));
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

  /** The organiser id the generated data belongs to, carried in {@link #validToken()}. Default {@code 204517}. */
  public String organiserId() {
    return organiserId;
  }

  /**
   * An API key for {@link #organiserId()}, issued when the simulator was built, valid for the
   * builder's token validity (default 365 days) by the simulator's clock.
   */
  public String validToken() {
    return validToken;
  }

  /** An API key for {@link #organiserId()} that expired an hour before the simulator was built: 401. */
  public String expiredToken() {
    return expiredToken;
  }

  /**
   * A valid API key for any organiser, for scoping tests: another organiser sees none of the
   * generated data, only what it creates itself.
   *
   * @throws NullPointerException if {@code organiserId} is null
   */
  public String tokenFor(String organiserId) {
    Objects.requireNonNull(organiserId, "organiserId");
    Instant now = clock.instant();
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
    lock.writeLock().lock();
    try {
      revoked.add(token);
    } finally {
      lock.writeLock().unlock();
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
    for (Event e : catalog.events) {
      events.add(new LetsDoThisEvent(e.id(), e.name(),
          e.occurrences().stream().map(Occurrence::id).toList(), e.upcoming().id(),
          e.races().stream().map(Race::id).toList(), e.tickets().stream().map(Ticket::id).toList()));
    }
    return events;
  }

  /** The ids of the generated events. */
  public List<String> eventIds() {
    return catalog.events.stream().map(Event::id).toList();
  }

  /** The ids of every generated race, across events. */
  public List<String> raceIds() {
    return List.copyOf(catalog.raceById.keySet());
  }

  // =================================================================== state snapshots

  /** How many participants exist (all organisers). */
  public int participantCount() {
    return read(participants::size);
  }

  /** How many applications exist (all organisers). */
  public int applicationCount() {
    return read(applications::size);
  }

  /**
   * Every participant as the API serves it with {@code extendMetadata=true}, in storage order.
   * Copies: changing them changes nothing. Renders every row, so keep it for modest sizes.
   */
  public List<JsonNode> participants() {
    return renderAll(read(() -> List.copyOf(participants)));
  }

  /** One participant as served with {@code extendMetadata=true}, if it exists. */
  public Optional<JsonNode> participant(String id) {
    return read(() -> Optional.ofNullable(participantIndex.get(id)).map(participants::get))
        .map(r -> asParsed(render(r)));
  }

  /** Every application as served with {@code extendMetadata=true}; copies. */
  public List<JsonNode> applications() {
    return renderAll(read(() -> List.copyOf(applications)));
  }

  /** One application as served with {@code extendMetadata=true}, if it exists. */
  public Optional<JsonNode> application(String id) {
    return read(() -> Optional.ofNullable(applicationIndex.get(id)).map(applications::get))
        .map(r -> asParsed(render(r)));
  }

  /** Every partner (all organisers) as served, in creation order; copies. */
  public List<JsonNode> partners() {
    return read(() -> partners.values().stream().map(p -> asParsed(p.json)).toList());
  }

  /** One partner as served, if it exists. */
  public Optional<JsonNode> partner(String id) {
    return read(() -> Optional.ofNullable(partners.get(id)).map(p -> asParsed(p.json)));
  }

  /** Every reserved entry group (all organisers) as served, in creation order; copies. */
  public List<JsonNode> reservedEntryGroups() {
    return read(() -> groups.values().stream().map(g -> asParsed(g.json)).toList());
  }

  /** One reserved entry group as served, if it exists (deleted groups do not). */
  public Optional<JsonNode> reservedEntryGroup(String id) {
    return read(() -> Optional.ofNullable(groups.get(id)).map(g -> asParsed(g.json)));
  }

  /** The claim links created so far, oldest first. */
  public List<LetsDoThisClaimLink> claimLinks() {
    return read(() -> List.copyOf(claimLinks));
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
    Objects.requireNonNull(fields, "fields");
    Race race = catalog.raceById.get(raceId);
    if (race == null) {
      throw new IllegalArgumentException("unknown raceId: " + raceId);
    }
    Event event = catalog.eventById.get(race.eventId());
    Occurrence occurrence = eventOccurrenceId == null ? event.upcoming()
        : catalog.occurrenceById.get(eventOccurrenceId);
    if (occurrence == null || !occurrence.eventId().equals(event.id())) {
      throw new IllegalArgumentException("eventOccurrenceId " + eventOccurrenceId
          + " is not an occurrence of race " + raceId);
    }
    Ticket ticket = catalog.ticket(race.id(), occurrence.id(), LdtCatalog.TicketKind.STANDARD);
    lock.writeLock().lock();
    try {
      long now = clock.millis();
      LdtRow row = new LdtRow();
      row.kind = LdtRow.Kind.PARTICIPANT;
      row.organiserId = organiserId;
      row.eventId = event.id();
      row.occurrenceId = occurrence.id();
      row.raceId = race.id();
      row.ticketId = ticket.id();
      row.createdAt = now;
      row.updatedAt = now;
      row.id = runtimeId(now);
      row.bookingId = LdtIds.objectId(Instant.ofEpochMilli(now), runtimeRandom);
      row.transactionId = LdtIds.objectId(Instant.ofEpochMilli(now), runtimeRandom);
      row.personSeed = runtimeRandom.nextLong();
      row.bookerSeed = row.personSeed;
      row.detailSeed = runtimeRandom.nextLong();
      row.status = "CONFIRMED";
      applyChanges(row, fields);
      participantIndex.put(row.id, participants.size());
      participants.add(row);
      return row.id;
    } finally {
      lock.writeLock().unlock();
    }
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
    Objects.requireNonNull(changes, "changes");
    lock.writeLock().lock();
    LdtRow row;
    try {
      Integer index = participantIndex.get(id);
      if (index == null) {
        throw new IllegalArgumentException("unknown participant id: " + id);
      }
      row = participants.get(index).copy();
      applyChanges(row, changes);
      row.updatedAt = Math.max(clock.millis(), row.createdAt);
      participants.set(index, row);
    } finally {
      lock.writeLock().unlock();
    }
    return asParsed(render(row));
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
    if (approvalStatus == null || approvalStatus.isBlank()) {
      throw new IllegalArgumentException("approvalStatus must not be blank");
    }
    lock.writeLock().lock();
    LdtRow row;
    try {
      Integer index = applicationIndex.get(id);
      if (index == null) {
        throw new IllegalArgumentException("unknown application id: " + id);
      }
      row = applications.get(index).copy();
      row.approvalStatus = approvalStatus;
      row.status = approvalStatus.equals("APPROVED") ? "CONFIRMED"
          : approvalStatus.equals("PENDING") && "BALLOT".equals(row.resolutionType)
              ? "PENDING_BALLOT"
              : approvalStatus.startsWith("PENDING") || approvalStatus.equals("ELIGIBLE")
                  ? "PENDING" : "CANCELLED";
      row.updatedAt = Math.max(clock.millis(), row.createdAt);
      applications.set(index, row);
    } finally {
      lock.writeLock().unlock();
    }
    return asParsed(render(row));
  }

  private static void applyChanges(LdtRow row, Map<String, String> changes) {
    Map<String, String> overrides = new LinkedHashMap<>(row.fieldOverrides);
    for (Map.Entry<String, String> change : changes.entrySet()) {
      String key = Objects.requireNonNull(change.getKey(), "field id");
      if (key.equals("status")) {
        if (change.getValue() == null || change.getValue().isBlank()) {
          throw new IllegalArgumentException("status must not be blank");
        }
        row.status = change.getValue();
      } else if (key.equals("bibNumber")) {
        row.bibNumber = change.getValue();
      } else {
        overrides.put(key, change.getValue());
      }
    }
    row.fieldOverrides = Collections.unmodifiableMap(overrides);
  }

  /** Ids of rows written at runtime: the clock's second, then a counter, so later sorts later. */
  private String runtimeId(long nowMillis) {
    String id;
    do {
      runtimeCounter++;
      id = LdtIds.hex(nowMillis / 1000, 8) + "ff" + LdtIds.hex(runtimeCounter, 14);
    } while (participantIndex.containsKey(id) || applicationIndex.containsKey(id));
    return id;
  }

  // =================================================================== HTTP

  private enum Route {
    APPLICATIONS("applications", "GET"),
    APPLICATION("applications/*", "GET"),
    EVENT_APPLICATIONS("events/*/applications", "GET"),
    EVENT_RESERVED_ENTRIES("events/*/reserved-entries", "GET", "POST"),
    EVENT_TICKETS("events/*/tickets", "GET"),
    PARTICIPANTS("participants", "GET"),
    PARTICIPANT("participants/*", "GET"),
    RACE_PARTICIPANTS("races/*/participants", "GET"),
    PARTNERS("partners", "GET", "POST"),
    PARTNER("partners/*", "GET", "PATCH"),
    PARTNER_CLAIM_LINK("partners/*/claim-link", "POST"),
    RESERVED_ENTRY("reserved-entries/*", "GET", "PATCH", "DELETE");

    final String[] pattern;
    final List<String> methods;

    Route(String pattern, String... methods) {
      this.pattern = pattern.split("/");
      this.methods = List.of(methods);
    }

    /** The path parameter, "" when the route has none, or null when the path does not match. */
    String match(List<String> segments) {
      if (segments.size() != pattern.length) {
        return null;
      }
      String param = "";
      for (int i = 0; i < pattern.length; i++) {
        if (pattern[i].equals("*")) {
          if (segments.get(i).isEmpty()) {
            return null;
          }
          param = segments.get(i);
        } else if (!pattern[i].equals(segments.get(i))) {
          return null;
        }
      }
      return param;
    }
  }

  @Override
  protected MockResponse handle(SimRequest request) {
    try {
      return route(request);
    } catch (LdtApiException e) {
      return e.toResponse();
    }
  }

  private MockResponse route(SimRequest request) {
    List<String> segments = new ArrayList<>(request.segments());
    if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    if (segments.isEmpty() || !segments.get(0).equals("v0")) {
      throw LdtApiException.notFound("Cannot " + request.method() + " " + request.path());
    }
    List<String> rest = segments.subList(1, segments.size());
    for (Route route : Route.values()) {
      String param = route.match(rest);
      if (param == null) {
        continue;
      }
      if (!route.methods.contains(request.method())) {
        throw LdtApiException.methodNotAllowed(request.method(), request.path(), route.methods);
      }
      String organiser = authenticate(request);
      return dispatch(route, request.method(), param, request, organiser);
    }
    throw LdtApiException.notFound("Cannot " + request.method() + " " + request.path());
  }

  private MockResponse dispatch(Route route, String method, String param, SimRequest request,
      String organiser) {
    switch (route) {
      case APPLICATIONS:
        return listRows(request, organiser, applications, "applications", Set.of(), r -> true);
      case APPLICATION:
        return getRow(request, organiser, applications, applicationIndex, param, "Application");
      case EVENT_APPLICATIONS:
        requireEvent(organiser, param);
        return listRows(request, organiser, applications, "applications", Set.of(),
            r -> r.eventId.equals(param));
      case PARTICIPANTS:
        return listRows(request, organiser, participants, "participants", Set.of(), r -> true);
      case PARTICIPANT:
        return getRow(request, organiser, participants, participantIndex, param, "Participant");
      case RACE_PARTICIPANTS:
        return raceParticipants(request, organiser, param);
      case PARTNERS:
        return method.equals("GET") ? listPartners(request, organiser)
            : createPartner(request, organiser);
      case PARTNER:
        return method.equals("GET") ? getPartner(request, organiser, param)
            : updatePartner(request, organiser, param);
      case PARTNER_CLAIM_LINK:
        return createClaimLink(request, organiser, param);
      case EVENT_RESERVED_ENTRIES:
        return method.equals("GET") ? listGroups(request, organiser, param)
            : createGroup(request, organiser, param);
      case RESERVED_ENTRY:
        return method.equals("GET") ? getGroup(request, organiser, param)
            : method.equals("PATCH") ? updateGroup(request, organiser, param)
                : deleteGroup(request, organiser, param);
      case EVENT_TICKETS:
        return tickets(request, organiser, param);
      default:
        throw new IllegalStateException("unrouted " + route);
    }
  }

  private String authenticate(SimRequest request) {
    String header = request.header("Authorization").orElse("").trim();
    if (header.isEmpty()) {
      throw LdtApiException.unauthorized("Missing API key: send Authorization: Bearer <key>");
    }
    int space = header.indexOf(' ');
    if (space < 0 || !header.substring(0, space).equalsIgnoreCase("Bearer")
        || header.substring(space + 1).trim().isEmpty()) {
      throw LdtApiException.unauthorized("Authorization must use the Bearer scheme");
    }
    String token = header.substring(space + 1).trim();
    if (read(() -> revoked.contains(token))) {
      throw LdtApiException.unauthorized("API key has been revoked");
    }
    return jwt.verify(token, clock.instant());
  }

  // ----------------------------------------------------------------- applications, participants

  private MockResponse listRows(SimRequest request, String organiser, List<LdtRow> rows,
      String collection, Set<String> filters, Predicate<LdtRow> filter) {
    LdtListQuery query = LdtListQuery.parse(request, collection, filters, true, cursors);
    return listRows(query, organiser, rows, collection, filter);
  }

  private MockResponse listRows(LdtListQuery query, String organiser, List<LdtRow> rows,
      String collection, Predicate<LdtRow> filter) {
    LdtPager.Page<LdtRow> page = read(() -> LdtPager.page(rows,
        r -> r.organiserId.equals(organiser) && filter.test(r), query, collection, cursors));
    ArrayNode data = SimResponses.JSON.createArrayNode();
    for (LdtRow row : page.rows()) {
      ObjectNode full = render(row);
      data.add(query.extendMetadata ? full : LdtGenerator.stripMetadata(full));
    }
    return SimResponses.json(200, envelope(data, page));
  }

  private MockResponse raceParticipants(SimRequest request, String organiser, String raceId) {
    Race race = catalog.raceById.get(raceId);
    if (race == null || !organiser.equals(organiserId)) {
      throw LdtApiException.notFound("Race " + raceId + " not found");
    }
    // the doc's parameter is eventOccurrenceId; the other spelling seen in one doc table is
    // accepted too
    LdtListQuery query = LdtListQuery.parse(request, "participants",
        Set.of("eventOccurrenceId", "eventOccurenceId"), true, cursors);
    Optional<String> occurrence = query.filter("eventOccurrenceId")
        .or(() -> query.filter("eventOccurenceId"));
    return listRows(query, organiser, participants, "participants",
        r -> r.raceId.equals(raceId)
            && occurrence.map(o -> o.equals(r.occurrenceId)).orElse(true));
  }

  private MockResponse getRow(SimRequest request, String organiser, List<LdtRow> rows,
      Map<String, Integer> index, String id, String what) {
    LdtBodies.onlyQuery(request, Set.of("extendMetadata"));
    String extend = request.query("extendMetadata").orElse("");
    if (!extend.isEmpty() && !extend.equals("true") && !extend.equals("false")) {
      throw LdtApiException.validation(List.of("extendMetadata must be a boolean value"));
    }
    LdtRow row = read(() -> Optional.ofNullable(index.get(id)).map(rows::get).orElse(null));
    if (row == null || !row.organiserId.equals(organiser)) {
      throw LdtApiException.notFound(what + " " + id + " not found");
    }
    ObjectNode full = render(row);
    return SimResponses.json(200, extend.equals("true") ? full : LdtGenerator.stripMetadata(full));
  }

  private ObjectNode render(LdtRow row) {
    return LdtGenerator.render(row, catalog, occurrenceField);
  }

  /**
   * A snapshot as a client would parse it from the wire (numbers take their smallest type), so
   * snapshots compare equal to parsed responses.
   */
  private static JsonNode asParsed(JsonNode node) {
    try {
      return SimResponses.JSON.readTree(SimResponses.JSON.writeValueAsBytes(node));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<JsonNode> renderAll(List<LdtRow> rows) {
    List<JsonNode> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(asParsed(render(r))));
    return Collections.unmodifiableList(out);
  }

  private ObjectNode envelope(ArrayNode data, LdtPager.Page<?> page) {
    ObjectNode body = SimResponses.JSON.createObjectNode();
    body.set("data", data);
    ObjectNode p = body.putObject("page");
    p.put("totalResults", page.totalResults());
    p.put("first", page.first());
    p.put("last", page.last());
    p.put("prev", page.prev());
    p.put("next", page.next());
    return body;
  }

  private Event requireEvent(String organiser, String eventId) {
    Event event = catalog.eventById.get(eventId);
    if (event == null || !organiser.equals(organiserId)) {
      throw LdtApiException.notFound("Event " + eventId + " not found");
    }
    return event;
  }

  // ----------------------------------------------------------------- partners

  private MockResponse listPartners(SimRequest request, String organiser) {
    LdtListQuery query = LdtListQuery.parse(request, "partners", Set.of("search"), false, cursors);
    String search = query.filter("search").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
    LdtPager.Page<LdtPartner> page = read(() -> LdtPager.page(partners.values(),
        p -> p.organiserId.equals(organiser)
            && (search == null || p.name().toLowerCase(Locale.ROOT).contains(search)),
        query, "partners", cursors));
    ArrayNode data = SimResponses.JSON.createArrayNode();
    page.rows().forEach(p -> data.add(p.json.deepCopy()));
    return SimResponses.json(200, envelope(data, page));
  }

  private LdtPartner findPartner(SimRequest request, String organiser, String id) {
    String type = request.query("externalId").orElse("");
    if (!type.isEmpty() && !LdtBodies.EXTERNAL_ID_TYPES.contains(type)) {
      throw LdtApiException.validation(List.of("externalId must be one of the following values: "
          + String.join(", ", LdtBodies.EXTERNAL_ID_TYPES)));
    }
    LdtPartner partner = read(() -> {
      if (type.isEmpty()) {
        return partners.get(id);
      }
      return partners.values().stream()
          .filter(p -> p.organiserId.equals(organiser) && id.equals(p.externalId(type)))
          .findFirst().orElse(null);
    });
    if (partner == null || !partner.organiserId.equals(organiser)) {
      throw LdtApiException.notFound("Partner " + id + " not found");
    }
    return partner;
  }

  private MockResponse getPartner(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of("externalId"));
    return SimResponses.json(200, findPartner(request, organiser, id).json);
  }

  private Predicate<String> externalIdTaken(String organiser, String exceptPartnerId) {
    return typeAndValue -> {
      int colon = typeAndValue.indexOf(':');
      String type = typeAndValue.substring(0, colon);
      String value = typeAndValue.substring(colon + 1);
      return partners.values().stream().anyMatch(p -> p.organiserId.equals(organiser)
          && !p.id.equals(exceptPartnerId) && value.equals(p.externalId(type)));
    };
  }

  private MockResponse createPartner(SimRequest request, String organiser) {
    LdtBodies.onlyQuery(request, Set.of());
    ObjectNode body = LdtBodies.object(request);
    lock.writeLock().lock();
    try {
      LdtBodies.partnerCreate(body, externalIdTaken(organiser, null));
      long now = clock.millis();
      String id;
      do {
        id = "p_" + LdtIds.base36(runtimeRandom, 11);
      } while (partners.containsKey(id));
      ObjectNode json = SimResponses.JSON.createObjectNode();
      json.put("id", id);
      json.put("name", body.get("name").asText());
      json.set("description", body.path("description").isTextual() ? body.get("description")
          : json.nullNode());
      json.set("type", body.path("type").isTextual() ? body.get("type") : json.nullNode());
      json.set("externalIds", cleanExternalIds(body.get("externalIds")));
      json.set("contacts", body.get("contacts").deepCopy());
      json.set("defaultMarketing", body.path("defaultMarketing").isObject()
          ? body.get("defaultMarketing").deepCopy() : json.nullNode());
      json.set("specificMarketings", body.path("specificMarketings").isArray()
          ? body.get("specificMarketings").deepCopy() : json.arrayNode());
      json.put("canCreateSubPartners", body.path("canCreateSubPartners").asBoolean(false));
      json.put("createdAt", LdtTime.format(now));
      json.put("updatedAt", LdtTime.format(now));
      partners.put(id, new LdtPartner(id, organiser, now, now, json));
      return SimResponses.json(201, json);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private MockResponse updatePartner(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of("externalId"));
    ObjectNode body = LdtBodies.object(request);
    lock.writeLock().lock();
    try {
      LdtPartner partner = findPartner(request, organiser, id);
      LdtBodies.partnerUpdate(body, externalIdTaken(organiser, partner.id));
      long now = Math.max(clock.millis(), partner.createdAt);
      ObjectNode json = partner.json.deepCopy();
      for (String field : List.of("name", "description", "canCreateSubPartners")) {
        if (body.has(field)) {
          json.set(field, body.get(field).deepCopy());
        }
      }
      if (body.has("externalIds")) {
        // external ids merge by type: a type sent as null is removed, others are kept
        ObjectNode merged = ((ObjectNode) json.path("externalIds")).deepCopy();
        if (body.get("externalIds").isObject()) {
          body.get("externalIds").fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
              merged.remove(e.getKey());
            } else {
              merged.set(e.getKey(), e.getValue().deepCopy());
            }
          });
        }
        json.set("externalIds", merged);
      }
      if (body.has("defaultMarketing")) {
        json.set("defaultMarketing", body.get("defaultMarketing").deepCopy());
      }
      if (body.has("specificMarketings")) {
        json.set("specificMarketings", body.get("specificMarketings").isNull()
            ? json.arrayNode() : body.get("specificMarketings").deepCopy());
      }
      json.put("updatedAt", LdtTime.format(now));
      partners.put(partner.id, new LdtPartner(partner.id, organiser, partner.createdAt, now, json));
      return SimResponses.json(200, json);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static ObjectNode cleanExternalIds(JsonNode given) {
    ObjectNode ids = SimResponses.JSON.createObjectNode();
    if (given != null && given.isObject()) {
      given.fields().forEachRemaining(e -> {
        if (!e.getValue().isNull()) {
          ids.set(e.getKey(), e.getValue().deepCopy());
        }
      });
    }
    return ids;
  }

  private MockResponse createClaimLink(SimRequest request, String organiser, String partnerId) {
    LdtBodies.onlyQuery(request, Set.of());
    ObjectNode body = LdtBodies.object(request);
    LdtBodies.claimLink(body);
    lock.writeLock().lock();
    try {
      LdtPartner partner = partners.get(partnerId);
      if (partner == null || !partner.organiserId.equals(organiser)) {
        throw LdtApiException.notFound("Partner " + partnerId + " not found");
      }
      String reservedEntryId = body.path("reservedEntryId").isTextual()
          ? body.get("reservedEntryId").asText() : null;
      if (reservedEntryId != null) {
        LdtGroup group = groups.get(reservedEntryId);
        if (group == null || !group.organiserId.equals(organiser)
            || !partnerId.equals(group.partnerId())) {
          throw LdtApiException.validation(List.of("reservedEntryId " + reservedEntryId
              + " is not a reserved entry group of partner " + partnerId));
        }
      }
      String email = body.path("emailAddress").isTextual()
          ? body.get("emailAddress").asText() : null;
      String token = LdtIds.base36(runtimeRandom, 24);
      String url = reservedEntryId == null
          ? "https://www.letsdothis.com/partners/claim/" + token
          : "https://www.letsdothis.com/partners/claim/" + token + "?reservedEntryId="
              + reservedEntryId;
      claimLinks.add(new LetsDoThisClaimLink(partnerId, reservedEntryId, email, url,
          clock.instant()));
      ObjectNode json = SimResponses.JSON.createObjectNode();
      json.put("url", url);
      return SimResponses.json(201, json);
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ----------------------------------------------------------------- reserved entries, tickets

  private LdtGroup requireGroup(String organiser, String id) {
    LdtGroup group = groups.get(id);
    if (group == null || !group.organiserId.equals(organiser)) {
      throw LdtApiException.notFound("Reserved entry group " + id + " not found");
    }
    return group;
  }

  private Predicate<String> ticketOf(String eventId) {
    return ticketId -> {
      Ticket ticket = catalog.ticketById.get(ticketId);
      return ticket != null && ticket.eventId().equals(eventId);
    };
  }

  private MockResponse listGroups(SimRequest request, String organiser, String eventId) {
    LdtBodies.onlyQuery(request, Set.of());
    requireEvent(organiser, eventId);
    ArrayNode data = SimResponses.JSON.createArrayNode();
    read(() -> {
      groups.values().stream()
          .filter(g -> g.organiserId.equals(organiser) && g.eventId.equals(eventId))
          .forEach(g -> data.add(g.json.deepCopy()));
      return null;
    });
    ObjectNode body = SimResponses.JSON.createObjectNode();
    body.set("data", data);
    return SimResponses.json(200, body);
  }

  private MockResponse createGroup(SimRequest request, String organiser, String eventId) {
    LdtBodies.onlyQuery(request, Set.of());
    requireEvent(organiser, eventId);
    ObjectNode body = LdtBodies.object(request);
    lock.writeLock().lock();
    try {
      LdtBodies.groupCreate(body, ticketOf(eventId), partnerId -> {
        LdtPartner p = partners.get(partnerId);
        return p != null && p.organiserId.equals(organiser);
      });
      String id;
      do {
        id = "re_" + LdtIds.base36(runtimeRandom, 11);
      } while (groups.containsKey(id));
      ObjectNode json = SimResponses.JSON.createObjectNode();
      json.put("id", id);
      json.put("name", body.get("name").asText());
      json.set("description", body.path("description").isTextual() ? body.get("description")
          : json.nullNode());
      json.put("eventId", eventId);
      json.set("partnerId", body.path("partnerId").isTextual() ? body.get("partnerId")
          : json.nullNode());
      json.put("maxCapacity", body.get("maxCapacity").asInt());
      json.put("usedCapacity", 0);
      json.set("tickets", body.get("tickets").deepCopy());
      json.put("type", body.get("type").asText());
      json.set("settings", body.path("settings").isObject() ? body.get("settings").deepCopy()
          : json.objectNode());
      groups.put(id, new LdtGroup(id, organiser, eventId, "re_x-" + LdtIds.base36(runtimeRandom, 10),
          clock.millis(), json));
      return SimResponses.json(201, json);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private MockResponse getGroup(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of());
    return SimResponses.json(200, read(() -> requireGroup(organiser, id).json.deepCopy()));
  }

  private MockResponse updateGroup(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of());
    ObjectNode body = LdtBodies.object(request);
    lock.writeLock().lock();
    try {
      LdtGroup group = requireGroup(organiser, id);
      LdtBodies.groupUpdate(body, ticketOf(group.eventId), group.usedCapacity());
      ObjectNode json = group.json.deepCopy();
      body.fields().forEachRemaining(e -> {
        if (e.getKey().equals("maxCapacity")) {
          json.put("maxCapacity", e.getValue().asInt());
        } else if (e.getKey().equals("settings") && e.getValue().isNull()) {
          json.set("settings", json.objectNode());
        } else if (!(e.getValue().isNull()
            && (e.getKey().equals("name") || e.getKey().equals("tickets")))) {
          json.set(e.getKey(), e.getValue().deepCopy());
        }
      });
      groups.put(id, group.with(json));
      return SimResponses.json(200, json);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private MockResponse deleteGroup(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of());
    lock.writeLock().lock();
    try {
      requireGroup(organiser, id);
      groups.remove(id);
    } finally {
      lock.writeLock().unlock();
    }
    return SimResponses.json(200, SimResponses.JSON.createObjectNode());
  }

  private MockResponse tickets(SimRequest request, String organiser, String eventId) {
    LdtBodies.onlyQuery(request, Set.of());
    Event event = requireEvent(organiser, eventId);
    ArrayNode data = SimResponses.JSON.createArrayNode();
    event.tickets().forEach(t -> data.add(LdtGenerator.renderTicket(t, catalog)));
    ObjectNode body = SimResponses.JSON.createObjectNode();
    body.set("data", data);
    return SimResponses.json(200, body);
  }

  private <T> T read(java.util.function.Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  // =================================================================== builder

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
     * How long {@link LetsDoThisSimulator#validToken()} and {@link
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
