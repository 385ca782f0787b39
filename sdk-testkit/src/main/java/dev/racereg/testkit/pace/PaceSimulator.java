package dev.racereg.testkit.pace;

import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.SimulatorBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Inside, it is a router ({@link #handle}), one handler per resource
 * ({@code PaceParticipantsHandler}), the state ({@code PaceState}) and the credentials it hands
 * out ({@link #credentials()}). Use it in a try-with-resources block, as below, so its port is
 * freed when the test ends.
 *
 * <pre>{@code
 * try (PaceSimulator sim = PaceSimulator.builder().participants(500).build().start()) {
 *   PaceSandboxCredentials creds = sim.credentials();
 *   // POST sim.baseUrl() + "/events/getParticipants" with creds.apiId(), creds.apiSecret(),
 *   // creds.accessCode(), creds.eventSlug()
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

  private final long seed;
  private final Instant dataAnchor;
  private final PaceState state;
  private final PaceParticipantsHandler participantsHandler;

  private PaceSimulator(Builder b) {
    this.seed = b.seed();
    this.dataAnchor = b.anchor();
    List<PaceEventSpec> specs = b.events.isEmpty() ? List.of(PaceEventSpec.defaultEvent()) : b.events;
    this.state = new PaceState(seed, b.apiId, b.apiSecret, b.clock(), dataAnchor, specs, b.participants);
    this.participantsHandler = new PaceParticipantsHandler(state);
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

  /**
   * The credentials the simulator accepts now: API ID, API secret and every event's access code
   * (a snapshot; {@link #regenerateApiSecret()} and {@link #regenerateAccessCode(String)} change
   * what a later call returns).
   *
   * @return the credentials
   */
  public PaceSandboxCredentials credentials() {
    return state.credentials();
  }


  /**
   * The slug of the first event (the default event unless events were configured).
   *
   * @return the slug
   */
  public String eventSlug() {
    return state.eventSpecs().get(0).slug();
  }

  /**
   * The slugs of every event, in the order configured.
   *
   * @return an unmodifiable list
   */
  public List<String> eventSlugs() {
    return state.eventSlugs();
  }

  /**
   * Every event as resolved at build time: access code and participant count filled in. The
   * live access codes are in {@link #credentials()}.
   *
   * @return an unmodifiable list
   */
  public List<PaceEventSpec> events() {
    return state.eventSpecs();
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
    return state.participantCount(eventSlug);
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
    return state.participants(eventSlug);
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
    return state.participant(eventSlug, orderNumber);
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
    return state.add(eventSlug, edit);
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
    return state.update(eventSlug, orderNumber, edit);
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
    return state.regenerateApiSecret();
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
    return state.regenerateAccessCode(eventSlug);
  }

  // ------------------------------------------------------------------------------ HTTP

  /** The router: one resource, {@code POST /api/events/getParticipants}. */
  @Override
  protected MockResponse handle(SimRequest request) {
    if (!request.path().equals(basePath() + PARTICIPANTS_PATH)) {
      return PaceWire.error(404, "Not found");
    }
    if (!"POST".equals(request.method())) {
      return SimResponses.withAllow(PaceWire.error(405, "Method not allowed"), "POST");
    }
    return participantsHandler.handle(request);
  }

  static void checkCount(int count) {
    if (count < 0 || count > MAX_PARTICIPANTS) {
      throw new IllegalArgumentException("participants must be 0.." + MAX_PARTICIPANTS + ", was " + count);
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
