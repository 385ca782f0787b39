package dev.racereg.testkit.pace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.SimulatorBuilder;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;

/**
 * A stateful, in-process simulator of PACE's third-party participant export
 * ({@code POST https://pace.sport/api/events/getParticipants}), written from PACE's developer
 * documentation.
 *
 * <p>It answers the one public endpoint under {@link #baseUrl()} ({@code .../api}): the JSON body
 * carries {@code apiId}, {@code apiSecret}, {@code accessCode} and {@code eventSlug} (required)
 * and {@code language} ({@code en}/{@code fi}), {@code updatedAfter} (a date or RFC 3339
 * date-time) and {@code sortDirection} ({@code desc}/{@code asc}, by "Updated at"). The answer is
 * a JSON array of participants keyed by human-readable labels, streamed row by row, so an event
 * of 200,000 participants is served without building the body or the rows in memory: generated
 * rows are derived one at a time from the seed.
 *
 * <p>Errors (status codes chosen as the platform would; the body shape is inferred, PACE
 * documents none) are {@code {"error":"<message>"}} as JSON: 400 for a body that is not a JSON
 * object, a missing required field or an invalid {@code language}, {@code sortDirection} or
 * {@code updatedAfter}; 401 for a wrong {@code apiId}/{@code apiSecret}; 404 for an unknown
 * {@code eventSlug}; 403 for an access code that does not open that event; 404 for unknown paths
 * and 405 (with {@code Allow: POST}) for another method on the endpoint.
 *
 * <p>State changes go through {@link #addParticipant(String)},
 * {@link #updateParticipant(String, String, UnaryOperator)} and the regenerate methods; each
 * write stamps "Updated at" from the builder's {@link Clock}, so an incremental sync with
 * {@code updatedAfter} sees exactly the rows written since. Thread-safe.
 *
 * <pre>{@code
 * try (PaceSimulator sim = PaceSimulator.builder().participants(500).build().start()) {
 *   // POST sim.baseUrl() + "/events/getParticipants" with sim.apiId(), sim.apiSecret(),
 *   // sim.accessCode(), sim.eventSlug()
 * }
 * }</pre>
 */
public final class PaceSimulator extends Simulator<PaceSimulator> {

  /** The API ID accepted by default: the example in PACE's documentation. */
  public static final String DEFAULT_API_ID = "DQSUCBWE1Y6TM1PYR7JP77AGP9682JHC";
  /** The API secret accepted by default: the example in PACE's documentation. */
  public static final String DEFAULT_API_SECRET = "ULANdvF8Y20cdtfrcqIAbhSZle445VZrfjREOM6+K50=";
  /** Participants generated per event unless set otherwise. */
  public static final int DEFAULT_PARTICIPANTS = 120;
  /** The largest participant count an event can be generated with. */
  public static final int MAX_PARTICIPANTS = 10_000_000;
  /** The default anchor: generated registrations end here (the 180 days before it). */
  public static final Instant DEFAULT_DATA_ANCHOR = Instant.parse("2025-06-01T06:00:00Z");

  /** The endpoint path under {@link #basePath()}. */
  static final String PARTICIPANTS_PATH = "/events/getParticipants";

  private static final Pattern API_ID = Pattern.compile("[A-Z0-9]{32}");
  private static final Pattern API_SECRET = Pattern.compile("[A-Za-z0-9+/]{43}=");

  private static final Comparator<Entry> BY_UPDATE =
      Comparator.comparingLong(Entry::updatedMillis).thenComparingInt(Entry::index);

  private final long seed;
  private final String apiId;
  private final Clock clock;
  private final Instant dataAnchor;
  private final Map<String, EventState> events;
  private final List<PaceEventSpec> eventSpecs;
  private final Object lock = new Object();
  private String apiSecret;
  private int secretGeneration;

  private PaceSimulator(Builder b) {
    this.seed = b.seed();
    this.apiId = b.apiId;
    this.apiSecret = b.apiSecret;
    this.clock = b.clock();
    this.dataAnchor = b.anchor();
    List<PaceEventSpec> specs = b.events.isEmpty() ? List.of(PaceEventSpec.defaultEvent()) : b.events;
    Map<String, EventState> map = new LinkedHashMap<>();
    List<PaceEventSpec> resolved = new ArrayList<>();
    for (PaceEventSpec spec : specs) {
      String code = spec.accessCode() != null ? spec.accessCode() : PaceDataGenerator.accessCode(seed, spec.slug());
      int count = spec.participants() >= 0 ? spec.participants() : b.participants;
      PaceEventSpec full = spec.accessCode(code).participants(count);
      resolved.add(full);
      map.put(spec.slug(), new EventState(full, new PaceDataGenerator(seed, full, count, dataAnchor)));
    }
    this.events = Collections.unmodifiableMap(map);
    this.eventSpecs = List.copyOf(resolved);
  }

  /**
   * A builder with the defaults: seed 42, one event ({@link PaceEventSpec#defaultEvent()}) of
   * {@value #DEFAULT_PARTICIPANTS} participants, the documentation's example credentials, data
   * anchored on {@link #DEFAULT_DATA_ANCHOR} and the system UTC clock for writes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected String basePath() {
    return "/api";
  }

  // ------------------------------------------------------------------------------ getters

  /**
   * The API ID the simulator accepts.
   *
   * @return the 32-character API ID
   */
  public String apiId() {
    return apiId;
  }

  /**
   * The API secret the simulator currently accepts (changes with {@link #regenerateApiSecret()}).
   *
   * @return the 44-character secret
   */
  public String apiSecret() {
    synchronized (lock) {
      return apiSecret;
    }
  }

  /**
   * The slug of the first event (the default event unless events were configured).
   *
   * @return the slug
   */
  public String eventSlug() {
    return eventSpecs.get(0).slug();
  }

  /**
   * The slugs of every event, in the order configured.
   *
   * @return an unmodifiable list
   */
  public List<String> eventSlugs() {
    return List.copyOf(events.keySet());
  }

  /**
   * Every event as resolved at build time: access code and participant count filled in. The
   * live access code is {@link #accessCode(String)}.
   *
   * @return an unmodifiable list
   */
  public List<PaceEventSpec> events() {
    return eventSpecs;
  }

  /**
   * The access code currently accepted for the first event.
   *
   * @return the eight-character code
   */
  public String accessCode() {
    return accessCode(eventSlug());
  }

  /**
   * The access code currently accepted for an event.
   *
   * @param eventSlug the event
   * @return the eight-character code
   * @throws IllegalArgumentException if there is no such event
   */
  public String accessCode(String eventSlug) {
    EventState ev = event(eventSlug);
    synchronized (lock) {
      return ev.accessCode;
    }
  }

  /**
   * The instant generated registrations are anchored on.
   *
   * @return the anchor
   */
  public Instant dataAnchor() {
    return dataAnchor;
  }

  /**
   * The seed the data was generated from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  // ------------------------------------------------------------------------------ state snapshots

  /**
   * How many participants an event has now (generated plus added).
   *
   * @param eventSlug the event
   * @return the count
   * @throws IllegalArgumentException if there is no such event
   */
  public int participantCount(String eventSlug) {
    EventState ev = event(eventSlug);
    synchronized (lock) {
      return ev.total;
    }
  }

  /**
   * A snapshot of an event's participants in registration order (generated rows first, then
   * added ones), with every update applied. This materialises every row: for very large events
   * prefer {@link #participant(String, String)} or the HTTP endpoint.
   *
   * @param eventSlug the event
   * @return an unmodifiable list
   * @throws IllegalArgumentException if there is no such event
   */
  public List<PaceParticipantRow> participants(String eventSlug) {
    EventState ev = event(eventSlug);
    Map<Integer, Entry> changed;
    int total;
    synchronized (lock) {
      changed = new HashMap<>(ev.changed);
      total = ev.total;
    }
    List<PaceParticipantRow> list = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      Entry e = changed.get(i);
      list.add(e != null ? e.participant : ev.generator.generated(i));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * One participant of an event as it is now.
   *
   * @param eventSlug the event
   * @param orderNumber the participant's order number
   * @return the participant, or empty if the event has no such order
   * @throws IllegalArgumentException if there is no such event
   */
  public Optional<PaceParticipantRow> participant(String eventSlug, String orderNumber) {
    EventState ev = event(eventSlug);
    OptionalInt index = ev.generator.indexOf(orderNumber);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    int i = index.getAsInt();
    synchronized (lock) {
      if (i >= ev.total) {
        return Optional.empty();
      }
      Entry e = ev.changed.get(i);
      if (e != null) {
        return Optional.of(e.participant);
      }
    }
    return Optional.of(ev.generator.generated(i));
  }

  // ------------------------------------------------------------------------------ writes

  /**
   * Registers a new, paid participant in an event now (per the clock), with generated details.
   *
   * @param eventSlug the event
   * @return the participant as stored
   * @throws IllegalArgumentException if there is no such event
   */
  public PaceParticipantRow addParticipant(String eventSlug) {
    return addParticipant(eventSlug, UnaryOperator.identity());
  }

  /**
   * Registers a new participant in an event now (per the clock): generated details, then
   * {@code edit} applied (for example {@code p -> p.withName("Aino", "Virtanen")}). The simulator
   * sets the event name, a fresh order number, "Order date" and "Updated at".
   *
   * @param eventSlug the event
   * @param edit changes to the generated participant
   * @return the participant as stored
   * @throws IllegalArgumentException if there is no such event, or the edit leaves a distance or
   *     group the event does not have
   * @throws IllegalStateException if the event is full ({@value #MAX_PARTICIPANTS} rows)
   */
  public PaceParticipantRow addParticipant(String eventSlug, UnaryOperator<PaceParticipantRow> edit) {
    Objects.requireNonNull(edit, "edit");
    EventState ev = event(eventSlug);
    synchronized (lock) {
      if (ev.total >= MAX_PARTICIPANTS) {
        throw new IllegalStateException("event " + eventSlug + " is full");
      }
      int index = ev.total;
      Instant now = now();
      PaceParticipantRow base = ev.generator.registeredNow(index, now);
      PaceParticipantRow p = Objects.requireNonNull(edit.apply(base), "edit returned null")
          .stamped(ev.spec.name(), base.orderNumber(), now).withOrderDate(now);
      checkAgainstEvent(ev, p);
      ev.put(new Entry(now.toEpochMilli(), index, p));
      ev.total++;
      return p;
    }
  }

  /**
   * Changes a participant, stamping "Updated at" with the clock's current time. The event name
   * and order number cannot be changed.
   *
   * @param eventSlug the event
   * @param orderNumber the participant's order number
   * @param edit the change, for example {@code p -> p.withStatus(PaceParticipantRow.REFUNDED)}
   * @return the participant as stored
   * @throws IllegalArgumentException if there is no such event, or the edit leaves a distance or
   *     group the event does not have
   * @throws NoSuchElementException if the event has no such order
   */
  public PaceParticipantRow updateParticipant(String eventSlug, String orderNumber,
      UnaryOperator<PaceParticipantRow> edit) {
    Objects.requireNonNull(edit, "edit");
    EventState ev = event(eventSlug);
    OptionalInt index = ev.generator.indexOf(orderNumber);
    synchronized (lock) {
      if (index.isEmpty() || index.getAsInt() >= ev.total) {
        throw new NoSuchElementException("no order " + orderNumber + " in event " + eventSlug);
      }
      int i = index.getAsInt();
      Entry old = ev.changed.get(i);
      PaceParticipantRow current = old != null ? old.participant : ev.generator.generated(i);
      Instant now = now();
      PaceParticipantRow p = Objects.requireNonNull(edit.apply(current), "edit returned null")
          .stamped(ev.spec.name(), current.orderNumber(), now);
      checkAgainstEvent(ev, p);
      ev.put(new Entry(now.toEpochMilli(), i, p));
      return p;
    }
  }

  /**
   * Moves a participant to another distance (a common organiser edit), stamping "Updated at".
   *
   * @param eventSlug the event
   * @param orderNumber the participant's order number
   * @param distance one of the event's distances
   * @return the participant as stored
   * @throws IllegalArgumentException if there is no such event or distance
   * @throws NoSuchElementException if the event has no such order
   */
  public PaceParticipantRow updateDistance(String eventSlug, String orderNumber, String distance) {
    return updateParticipant(eventSlug, orderNumber, p -> p.withDistance(distance));
  }

  /**
   * Sets a participant's payment status (for example {@value PaceParticipantRow#REFUNDED}; any
   * non-blank value is accepted, so clients can be tested with statuses they do not know),
   * stamping "Updated at".
   *
   * @param eventSlug the event
   * @param orderNumber the participant's order number
   * @param status the new status
   * @return the participant as stored
   * @throws IllegalArgumentException if there is no such event or the status is blank
   * @throws NoSuchElementException if the event has no such order
   */
  public PaceParticipantRow updateStatus(String eventSlug, String orderNumber, String status) {
    return updateParticipant(eventSlug, orderNumber, p -> p.withStatus(status));
  }

  /**
   * Creates new API credentials, as the developer's "Create new API credentials" button does:
   * the API ID stays, a new secret (derived from the seed) replaces the old one, which stops
   * working at once.
   *
   * @return the new secret
   */
  public String regenerateApiSecret() {
    synchronized (lock) {
      secretGeneration++;
      apiSecret = PaceDataGenerator.apiSecret(seed, secretGeneration);
      return apiSecret;
    }
  }

  /**
   * Regenerates an event's access code, as the organiser does when a code may be stolen: the old
   * code stops working at once.
   *
   * @param eventSlug the event
   * @return the new eight-character code (derived from the seed)
   * @throws IllegalArgumentException if there is no such event
   */
  public String regenerateAccessCode(String eventSlug) {
    EventState ev = event(eventSlug);
    synchronized (lock) {
      ev.codeGeneration++;
      ev.accessCode = PaceDataGenerator.accessCode(seed + ev.codeGeneration, eventSlug);
      return ev.accessCode;
    }
  }

  // ------------------------------------------------------------------------------ HTTP

  @Override
  protected MockResponse handle(SimRequest request) {
    if (!request.path().equals(basePath() + PARTICIPANTS_PATH)) {
      return PaceWire.error(404, "Not found");
    }
    if (!"POST".equals(request.method())) {
      return SimResponses.withAllow(PaceWire.error(405, "Method not allowed"), "POST");
    }
    try {
      return participantsResponse(request);
    } catch (BadRequest e) {
      return PaceWire.error(400, e.getMessage());
    }
  }

  private MockResponse participantsResponse(SimRequest request) {
    String contentType = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!contentType.contains("json")) {
      throw new BadRequest("Content-Type must be application/json");
    }
    JsonNode body;
    try {
      body = SimResponses.JSON.readTree(request.bodyBytes());
    } catch (IOException e) {
      throw new BadRequest("Request body must be a JSON object");
    }
    if (body == null || !body.isObject()) {
      throw new BadRequest("Request body must be a JSON object");
    }
    String id = required(body, "apiId");
    String secret = required(body, "apiSecret");
    String code = required(body, "accessCode");
    String slug = required(body, "eventSlug");
    String language = optional(body, "language", "en");
    if (!PaceWire.LANGUAGES.contains(language)) {
      throw new BadRequest("language must be one of " + PaceWire.LANGUAGES);
    }
    String direction = optional(body, "sortDirection", "desc");
    if (!PaceWire.SORT_DIRECTIONS.contains(direction)) {
      throw new BadRequest("sortDirection must be one of " + PaceWire.SORT_DIRECTIONS);
    }
    String afterText = optional(body, "updatedAfter", null);
    Instant after = null;
    if (afterText != null) {
      after = PaceWire.parseUpdatedAfter(afterText).orElseThrow(
          () -> new BadRequest("updatedAfter must be an RFC 3339 date or date-time"));
    }

    EventState ev = events.get(slug);
    List<Entry> changedInOrder;
    Set<Integer> changedIndices;
    synchronized (lock) {
      if (!id.equals(apiId) || !secret.equals(apiSecret)) {
        return PaceWire.error(401, "Invalid API credentials");
      }
      if (ev == null) {
        return PaceWire.error(404, "Event not found");
      }
      if (!code.equals(ev.accessCode)) {
        return PaceWire.error(403, "Access code is not valid for this event");
      }
      changedIndices = new HashSet<>(ev.changed.keySet());
      changedInOrder = new ArrayList<>(after == null ? ev.byUpdate
          : ev.byUpdate.tailSet(new Entry(after.toEpochMilli(), Integer.MAX_VALUE, null), false));
    }
    boolean ascending = direction.equals("asc");
    if (!ascending) {
      Collections.reverse(changedInOrder);
    }
    int lowest = after == null ? 0 : ev.generator.firstIndexAfter(after);
    String lang = language;
    return SimResponses.jsonArrayStream(
        () -> new Rows(ev.generator, changedInOrder, changedIndices, lowest, ascending, lang));
  }

  private static String required(JsonNode body, String field) {
    String value = optional(body, field, null);
    if (value == null || value.isBlank()) {
      throw new BadRequest(field + " is required");
    }
    return value;
  }

  private static String optional(JsonNode body, String field, String fallback) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual()) {
      throw new BadRequest(field + " must be a string");
    }
    return node.textValue();
  }

  // ------------------------------------------------------------------------------ internals

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private EventState event(String slug) {
    EventState ev = events.get(Objects.requireNonNull(slug, "eventSlug"));
    if (ev == null) {
      throw new IllegalArgumentException("no event " + slug + "; events are " + events.keySet());
    }
    return ev;
  }

  private static void checkAgainstEvent(EventState ev, PaceParticipantRow p) {
    if (!ev.spec.distances().containsKey(p.distance())) {
      throw new IllegalArgumentException("event " + ev.spec.slug() + " has no distance " + p.distance()
          + "; distances are " + ev.spec.distances().keySet());
    }
    if (!ev.spec.groups().contains(p.group())) {
      throw new IllegalArgumentException("event " + ev.spec.slug() + " has no group " + p.group()
          + "; groups are " + ev.spec.groups());
    }
    if (p.status().isBlank()) {
      throw new IllegalArgumentException("status must not be blank");
    }
  }

  static void checkCount(int count) {
    if (count < 0 || count > MAX_PARTICIPANTS) {
      throw new IllegalArgumentException("participants must be 0.." + MAX_PARTICIPANTS + ", was " + count);
    }
  }

  /** A stored participant that differs from its generated row (or has none), keyed for sorting. */
  private static final class Entry {
    final long updatedMillis;
    final int index;
    final PaceParticipantRow participant;

    Entry(long updatedMillis, int index, PaceParticipantRow participant) {
      this.updatedMillis = updatedMillis;
      this.index = index;
      this.participant = participant;
    }

    long updatedMillis() {
      return updatedMillis;
    }

    int index() {
      return index;
    }
  }

  /** One event's live state; guarded by the simulator's lock. */
  private static final class EventState {
    final PaceEventSpec spec;
    final PaceDataGenerator generator;
    String accessCode;
    int codeGeneration;
    int total;
    final Map<Integer, Entry> changed = new HashMap<>();
    final TreeSet<Entry> byUpdate = new TreeSet<>(BY_UPDATE);

    EventState(PaceEventSpec spec, PaceDataGenerator generator) {
      this.spec = spec;
      this.generator = generator;
      this.accessCode = spec.accessCode();
      this.total = generator.count();
    }

    void put(Entry entry) {
      Entry old = changed.put(entry.index, entry);
      if (old != null) {
        byUpdate.remove(old);
      }
      byUpdate.add(entry);
    }
  }

  /**
   * The response rows in the requested order: generated rows walked by index (their "Updated at"
   * grows with the index), skipping those changed since, merged with the changed rows. Rows are
   * built one at a time as the body is written.
   */
  private static final class Rows implements Iterator<Map<String, Object>> {
    private final PaceDataGenerator generator;
    private final List<Entry> changed;
    private final Set<Integer> changedIndices;
    private final int lowest;
    private final boolean ascending;
    private final String language;
    private int nextChanged;
    private int generatedIndex;
    private long generatedMillis;

    Rows(PaceDataGenerator generator, List<Entry> changed, Set<Integer> changedIndices, int lowest,
        boolean ascending, String language) {
      this.generator = generator;
      this.changed = changed;
      this.changedIndices = changedIndices;
      this.lowest = lowest;
      this.ascending = ascending;
      this.language = language;
      this.generatedIndex = ascending ? lowest : generator.count() - 1;
      settleGenerated();
    }

    private boolean generatedLeft() {
      return ascending ? generatedIndex < generator.count() : generatedIndex >= lowest;
    }

    private void settleGenerated() {
      while (generatedLeft() && changedIndices.contains(generatedIndex)) {
        generatedIndex += ascending ? 1 : -1;
      }
      if (generatedLeft()) {
        generatedMillis = generator.updatedAtMillis(generatedIndex);
      }
    }

    @Override
    public boolean hasNext() {
      return generatedLeft() || nextChanged < changed.size();
    }

    @Override
    public Map<String, Object> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      boolean takeGenerated;
      if (!generatedLeft()) {
        takeGenerated = false;
      } else if (nextChanged >= changed.size()) {
        takeGenerated = true;
      } else {
        Entry c = changed.get(nextChanged);
        int cmp = generatedMillis != c.updatedMillis
            ? Long.compare(generatedMillis, c.updatedMillis)
            : Integer.compare(generatedIndex, c.index);
        takeGenerated = ascending ? cmp < 0 : cmp > 0;
      }
      PaceParticipantRow p;
      if (takeGenerated) {
        p = generator.generated(generatedIndex);
        generatedIndex += ascending ? 1 : -1;
        settleGenerated();
      } else {
        p = changed.get(nextChanged++).participant;
      }
      return PaceWire.row(p, language);
    }
  }

  /** A request the endpoint rejects with 400. */
  private static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Configures a {@link PaceSimulator}. Not thread-safe; {@link #build()} may be called more than
   * once.
   *
   * <p>The {@linkplain #seed(long) seed} (default 42) drives the generated data: the same seed
   * gives the same participants. For the anchor see {@link #dataAnchor(Instant)}.
   * The {@linkplain #clock(Clock) clock} stamps writes ("Order date" of added participants,
   * "Updated at" of every write); generated data never reads it.
   */
  public static final class Builder extends SimulatorBuilder<PaceSimulator, Builder> {
    private int participants = DEFAULT_PARTICIPANTS;
    private String apiId = DEFAULT_API_ID;
    private String apiSecret = DEFAULT_API_SECRET;
    private final List<PaceEventSpec> events = new ArrayList<>();

    private Builder() {
      super(DEFAULT_DATA_ANCHOR);
    }

    /**
     * How many participants each event gets unless its spec sets its own count (default
     * {@value PaceSimulator#DEFAULT_PARTICIPANTS}). Rows are generated lazily, so
     * {@code participants(200_000)} costs no memory until served.
     *
     * @param count 0 to {@value PaceSimulator#MAX_PARTICIPANTS}
     * @return this builder
     * @throws IllegalArgumentException if the count is out of range
     */
    public Builder participants(int count) {
      checkCount(count);
      this.participants = count;
      return this;
    }

    /**
     * The API ID accepted (default {@value PaceSimulator#DEFAULT_API_ID}).
     *
     * @param value 32 upper-case letters or digits, as PACE issues them
     * @return this builder
     * @throws IllegalArgumentException if the value does not have that shape
     */
    public Builder apiId(String value) {
      Objects.requireNonNull(value, "apiId");
      if (!API_ID.matcher(value).matches()) {
        throw new IllegalArgumentException("apiId must be 32 upper-case letters or digits, was " + value);
      }
      this.apiId = value;
      return this;
    }

    /**
     * The API secret accepted (default {@value PaceSimulator#DEFAULT_API_SECRET}).
     *
     * @param value 44 characters of base64 (32 bytes, ending in {@code =}), as PACE issues them
     * @return this builder
     * @throws IllegalArgumentException if the value does not have that shape
     */
    public Builder apiSecret(String value) {
      Objects.requireNonNull(value, "apiSecret");
      if (!API_SECRET.matcher(value).matches()) {
        throw new IllegalArgumentException("apiSecret must be 44 base64 characters ending in '=', was " + value);
      }
      this.apiSecret = value;
      return this;
    }

    /**
     * Adds an event. With no event added the simulator serves {@link PaceEventSpec#defaultEvent()};
     * once one is added only the added events exist.
     *
     * @param spec the event
     * @return this builder
     * @throws IllegalArgumentException if an event with the same slug was already added
     */
    public Builder event(PaceEventSpec spec) {
      Objects.requireNonNull(spec, "spec");
      for (PaceEventSpec e : events) {
        if (e.slug().equals(spec.slug())) {
          throw new IllegalArgumentException("duplicate event slug " + spec.slug());
        }
      }
      events.add(spec);
      return this;
    }

    /**
     * The instant generated data is anchored on (default {@link PaceSimulator#DEFAULT_DATA_ANCHOR}):
     * generated registrations are updated in the 180 days before it, birthdates are relative to it.
     *
     * @param value the anchor
     * @return this builder
     */
    public Builder dataAnchor(Instant value) {
      return anchor(Objects.requireNonNull(value, "dataAnchor"));
    }

    /**
     * The same as {@link #dataAnchor(Instant)}, under the name every simulator's builder uses.
     * The anchor is kept to the millisecond, as PACE's timestamps are.
     *
     * @param value the anchor
     * @return this builder
     */
    @Override
    public Builder anchor(Instant value) {
      return super.anchor(Objects.requireNonNull(value, "anchor").truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Builds an unstarted simulator; call {@link Simulator#start()} before use.
     *
     * @return the simulator
     */
    @Override
    public PaceSimulator build() {
      return new PaceSimulator(this);
    }
  }
}
