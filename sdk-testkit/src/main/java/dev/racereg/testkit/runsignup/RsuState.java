package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuWire.INVALID_ID;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_PARAMETERS;
import static dev.racereg.testkit.runsignup.RsuWire.RACE_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The RunSignup simulator's state: the generated race (compact columns), the edits and additions
 * made since, the events with their registration periods, and the result sets, under one
 * read-write lock; with the lookups every handler shares. Participant rows are generated on
 * demand from the columns, so hundreds of thousands fit.
 */
final class RsuState {

  final long raceId;
  final String raceName;
  final Instant anchor;
  final Clock clock;
  final RsuDataGenerator data;
  final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  // guarded by lock
  final long[] lastModified;
  final int[] bibs;
  final Map<Long, ParticipantSnapshot> edited = new HashMap<>();
  final TreeMap<Long, ParticipantSnapshot> added = new TreeMap<>();
  final Map<String, Long> chipOwners = new HashMap<>();
  final List<EventSnapshot> events;
  Instant raceLastModified;
  final Map<Long, RsuResultSet> resultSets = new LinkedHashMap<>();
  long nextRegistrationId;
  long nextUserId;
  long nextResultSetId = 401_001L;
  long nextResultId = 90_000_001L;

  RsuState(RsuDataGenerator data, long raceId, String raceName, Instant anchor, Clock clock) {
    this.data = data;
    this.raceId = raceId;
    this.raceName = raceName;
    this.anchor = anchor;
    this.clock = clock;
    this.lastModified = data.lastModified.clone();
    this.bibs = data.bibs.clone();
    this.events = new ArrayList<>(data.events);
    this.raceLastModified = anchor.minus(Duration.ofDays(1));
    this.nextRegistrationId = data.maxRegistrationId + 3;
    this.nextUserId = RsuDataGenerator.USER_ID_BASE
        + (data.maxRegistrationId - RsuDataGenerator.FIRST_REGISTRATION_ID) * 3 + 1_000;
  }

  /** The race's events as they are now (registration periods included). */
  List<EventSnapshot> events() {
    lock.readLock().lock();
    try {
      return List.copyOf(events);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The event with this id, if the race has it. */
  Optional<EventSnapshot> event(long eventId) {
    return events().stream().filter(e -> e.eventId() == eventId).findFirst();
  }

  /** The active registration with this id as the participants endpoint would show it now. */
  Optional<ParticipantSnapshot> participant(long registrationId) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(find(registrationId));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** How many active registrations the race has, all events together. */
  int participantCount() {
    lock.readLock().lock();
    try {
      return data.regIds.length + added.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** How many active registrations one event has (0 for an event the race does not have). */
  int participantCount(long eventId) {
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
  List<ParticipantSnapshot> participants(long eventId) {
    lock.readLock().lock();
    try {
      int e = eventIndex(eventId);
      return e < 0 ? List.of() : collect(e, Long.MIN_VALUE, Long.MIN_VALUE, false, 0, Integer.MAX_VALUE);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Every removed registration, ascending by registration id. */
  List<RemovedParticipantSnapshot> removedParticipants() {
    return data.removed;
  }

  /** Every result set, in creation order. */
  List<ResultSetSnapshot> resultSets() {
    lock.readLock().lock();
    try {
      return resultSets.values().stream().map(RsuResultSet::snapshot).toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The rows of one result set in posting order; empty for an unknown set. */
  List<ResultSnapshot> results(long resultSetId) {
    lock.readLock().lock();
    try {
      RsuResultSet set = resultSets.get(resultSetId);
      return set == null ? List.of() : List.copyOf(set.rows.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The index of an event in {@link #events}, or -1. */
  int eventIndex(long eventId) {
    for (int i = 0; i < data.events.size(); i++) {
      if (data.events.get(i).eventId() == eventId) {
        return i;
      }
    }
    return -1;
  }

  int requireEvent(String text) {
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

  List<Integer> requestedEvents(String text) {
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

  ParticipantSnapshot row(int a) {
    ParticipantSnapshot changed = edited.get(data.regIds[a]);
    if (changed != null) {
      return changed;
    }
    return data.participant(a, bibs[a] == 0 ? null : bibs[a], lastModified[a]);
  }

  ParticipantSnapshot find(long registrationId) {
    int a = Arrays.binarySearch(data.regIds, registrationId);
    return a >= 0 ? row(a) : added.get(registrationId);
  }

  /** One event's active rows after the filters, skipping {@code skip}, at most {@code limit}. Read lock held. */
  List<ParticipantSnapshot> collect(int e, long after, long modifiedAfter, boolean desc, long skip,
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

  /** Records a new or changed row. Write lock held. */
  void store(ParticipantSnapshot before, ParticipantSnapshot after) {
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

  /** Bib to registration id for one event, from the compact columns. Lock held. */
  Map<Integer, Long> bibIndex(int e) {
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

  void checkRace(String text) {
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

  /** The event header of a participant list: the event's id, name, times and distance. Lock held. */
  ObjectNode eventHeader(int e) {
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
}
