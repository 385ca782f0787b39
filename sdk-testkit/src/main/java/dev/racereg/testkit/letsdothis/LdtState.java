package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimResponses;
import dev.racereg.testkit.letsdothis.LdtCatalog.Event;
import dev.racereg.testkit.letsdothis.LdtCatalog.Occurrence;
import dev.racereg.testkit.letsdothis.LdtCatalog.Race;
import dev.racereg.testkit.letsdothis.LdtCatalog.Ticket;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The Let's Do This simulator's state: the generated catalog, participants, applications,
 * partners, reserved entry groups, claim links and revoked keys, under one read-write lock, with
 * the runtime writes and the rendering every handler shares. Stored rows are never mutated: a
 * write stores a changed copy.
 */
final class LdtState {

  final Clock clock;
  final String organiserId;
  final String occurrenceField;
  final LdtCursors cursors;
  final LdtCatalog catalog;
  final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  final List<LdtRow> participants;
  final Map<String, Integer> participantIndex;
  final List<LdtRow> applications;
  final Map<String, Integer> applicationIndex;
  final Map<String, LdtPartner> partners = new LinkedHashMap<>();
  final Map<String, LdtGroup> groups = new LinkedHashMap<>();
  final List<LetsDoThisClaimLink> claimLinks = new ArrayList<>();
  final Set<String> revoked = new HashSet<>();
  final SplittableRandom runtimeRandom;
  private long runtimeCounter;

  LdtState(LdtGenerator.Config config, Clock clock, boolean misspelledOccurrenceField, LdtCursors cursors) {
    this.clock = clock;
    this.organiserId = config.organiserId();
    this.occurrenceField = misspelledOccurrenceField ? "eventOccurenceId" : "eventOccurrenceId";
    this.cursors = cursors;
    long seed = config.seed();
    LdtGenerator.World world = LdtGenerator.generate(config);
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
  String addParticipant(String raceId, String eventOccurrenceId, Map<String, String> fields) {
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
  JsonNode updateParticipant(String id, Map<String, String> changes) {
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
  JsonNode updateApplicationStatus(String id, String approvalStatus) {
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

  ObjectNode render(LdtRow row) {
    return LdtRender.render(row, catalog, occurrenceField);
  }

  /**
   * A snapshot as a client would parse it from the wire (numbers take their smallest type), so
   * snapshots compare equal to parsed responses.
   */
  static JsonNode asParsed(JsonNode node) {
    try {
      return SimResponses.JSON.readTree(SimResponses.JSON.writeValueAsBytes(node));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  List<JsonNode> renderAll(List<LdtRow> rows) {
    List<JsonNode> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(asParsed(render(r))));
    return Collections.unmodifiableList(out);
  }

  ObjectNode envelope(ArrayNode data, LdtPager.Page<?> page) {
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

  Event requireEvent(String organiser, String eventId) {
    Event event = catalog.eventById.get(eventId);
    if (event == null || !organiser.equals(organiserId)) {
      throw LdtApiException.notFound("Event " + eventId + " not found");
    }
    return event;
  }


  <T> T read(java.util.function.Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }
}
