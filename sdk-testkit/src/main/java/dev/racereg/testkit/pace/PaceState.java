package dev.racereg.testkit.pace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The PACE simulator's state: the credentials it accepts and every event's participants
 * (generated rows, plus the rows written since, ordered by "Updated at"). Every method is
 * thread-safe under one lock; the HTTP handler reads it through {@link #changes}.
 */
final class PaceState {

  private static final Comparator<Entry> BY_UPDATE =
      Comparator.comparingLong(Entry::updatedMillis).thenComparingInt(Entry::index);

  private final long seed;
  private final String apiId;
  private final Clock clock;
  private final Map<String, EventState> events;
  private final List<PaceEventSpec> eventSpecs;
  private final Object lock = new Object();
  private String apiSecret;
  private int secretGeneration;

  PaceState(long seed, String apiId, String apiSecret, Clock clock, Instant dataAnchor,
      List<PaceEventSpec> specs, int defaultParticipants) {
    this.seed = seed;
    this.apiId = apiId;
    this.apiSecret = apiSecret;
    this.clock = clock;
    Map<String, EventState> map = new LinkedHashMap<>();
    List<PaceEventSpec> resolved = new ArrayList<>();
    for (PaceEventSpec spec : specs) {
      String code = spec.accessCode() != null ? spec.accessCode() : PaceDataGenerator.accessCode(seed, spec.slug());
      int count = spec.participants() >= 0 ? spec.participants() : defaultParticipants;
      PaceEventSpec full = spec.accessCode(code).participants(count);
      resolved.add(full);
      map.put(spec.slug(), new EventState(full, new PaceDataGenerator(seed, full, count, dataAnchor)));
    }
    this.events = Collections.unmodifiableMap(map);
    this.eventSpecs = List.copyOf(resolved);
  }

  PaceSandboxCredentials credentials() {
    synchronized (lock) {
      Map<String, String> codes = new LinkedHashMap<>();
      events.forEach((slug, ev) -> codes.put(slug, ev.accessCode));
      return new PaceSandboxCredentials(apiId, apiSecret, eventSpecs.get(0).slug(), codes);
    }
  }

  List<PaceEventSpec> eventSpecs() {
    return eventSpecs;
  }

  List<String> eventSlugs() {
    return List.copyOf(events.keySet());
  }

  int participantCount(String eventSlug) {
    EventState ev = event(eventSlug);
    synchronized (lock) {
      return ev.total;
    }
  }

  List<PaceParticipantRow> participants(String eventSlug) {
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

  Optional<PaceParticipantRow> participant(String eventSlug, String orderNumber) {
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

  PaceParticipantRow add(String eventSlug, UnaryOperator<PaceParticipantRow> edit) {
    Objects.requireNonNull(edit, "edit");
    EventState ev = event(eventSlug);
    synchronized (lock) {
      if (ev.total >= PaceSimulator.MAX_PARTICIPANTS) {
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

  PaceParticipantRow update(String eventSlug, String orderNumber, UnaryOperator<PaceParticipantRow> edit) {
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

  String regenerateApiSecret() {
    synchronized (lock) {
      secretGeneration++;
      apiSecret = PaceDataGenerator.apiSecret(seed, secretGeneration);
      return apiSecret;
    }
  }

  String regenerateAccessCode(String eventSlug) {
    EventState ev = event(eventSlug);
    synchronized (lock) {
      ev.codeGeneration++;
      ev.accessCode = PaceDataGenerator.accessCode(seed + ev.codeGeneration, eventSlug);
      return ev.accessCode;
    }
  }

  /**
   * What one export request may see, checked and copied under the lock: the rows changed after
   * {@code after} (all changed rows when null) in ascending "Updated at" order.
   *
   * @return the changes, or the refusal's status and message
   */
  Changes changes(String id, String secret, String code, String slug, Instant after) {
    EventState ev = events.get(slug);
    synchronized (lock) {
      if (!id.equals(apiId) || !secret.equals(apiSecret)) {
        return Changes.refused(401, "Invalid API credentials");
      }
      if (ev == null) {
        return Changes.refused(404, "Event not found");
      }
      if (!code.equals(ev.accessCode)) {
        return Changes.refused(403, "Access code is not valid for this event");
      }
      Set<Integer> changedIndices = new HashSet<>(ev.changed.keySet());
      List<Entry> changedInOrder = new ArrayList<>(after == null ? ev.byUpdate
          : ev.byUpdate.tailSet(new Entry(after.toEpochMilli(), Integer.MAX_VALUE, null), false));
      return new Changes(0, null, ev.generator, changedInOrder, changedIndices);
    }
  }

  /** A checked export request: either a refusal (status, message) or the event's changes. */
  record Changes(int refusalStatus, String refusal, PaceDataGenerator generator, List<Entry> changedInOrder,
      Set<Integer> changedIndices) {
    static Changes refused(int status, String message) {
      return new Changes(status, message, null, null, null);
    }
  }

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

  /** A stored participant that differs from its generated row (or has none), keyed for sorting. */
  static final class Entry {
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

  /** One event's live state; guarded by the state's lock. */
  static final class EventState {
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
  }}
