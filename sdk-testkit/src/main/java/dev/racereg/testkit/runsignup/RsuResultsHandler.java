package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuWire.INVALID_ID;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_PARAMETERS;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_SUBMISSION;
import static dev.racereg.testkit.runsignup.RsuWire.PERMISSION_DENIED;
import static dev.racereg.testkit.runsignup.RsuParams.longParam;
import static dev.racereg.testkit.runsignup.RsuParams.pick;
import static dev.racereg.testkit.runsignup.RsuParams.requestFormat;
import static dev.racereg.testkit.runsignup.RsuParticipantWrites.bib;
import static dev.racereg.testkit.runsignup.RsuParticipantWrites.chip;
import static dev.racereg.testkit.runsignup.RunSignupSimulator.MAX_RESULTS_PER_PAGE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The results endpoints under {@code /race/{race_id}/results/}: {@code get-result-sets},
 * {@code new-result-set}, {@code full-results} (rows matched to registrations by id, bib or chip;
 * a row already posted for the same runner is updated) and {@code get-results} (paged, with a
 * pace per mile). Private sets are visible only to those who manage the race.
 */
final class RsuResultsHandler {

  private static final Pattern TIME = Pattern.compile("(\\d{1,3}:)?\\d{1,2}:\\d{2}(\\.\\d{1,3})?");

  private final RsuState state;

  RsuResultsHandler(RsuState state) {
    this.state = state;
  }

  ObjectNode getResultSets(RsuParams p, boolean manager) {
    int e = state.requireEvent(p.get("event_id"));
    long eventId = state.data.events.get(e).eventId();
    state.lock.readLock().lock();
    try {
      ObjectNode out = RsuWire.object();
      ArrayNode list = out.putArray("individual_results_sets");
      for (RsuResultSet set : state.resultSets.values()) {
        if (set.eventId == eventId && (set.publicResults || manager)) {
          ObjectNode node = list.addObject();
          node.put("individual_result_set_id", set.id);
          node.put("individual_result_set_name", set.name);
          node.put("public_results", RsuWire.tf(set.publicResults));
          node.put("results_source_name", set.sourceName);
          node.put("results_source_url", set.sourceUrl);
          node.put("num_results", set.rows.size());
          node.put("created", RsuWire.raceDateTime(set.created, RsuDataGenerator.ZONE));
          node.put("last_modified", RsuWire.raceDateTime(set.lastModified, RsuDataGenerator.ZONE));
        }
      }
      return out;
    } finally {
      state.lock.readLock().unlock();
    }
  }

  ObjectNode newResultSet(RsuParams p) {
    JsonNode doc = p.get("request") == null ? null : RsuWire.parseDocument(p.get("request"), requestFormat(p));
    int e = state.requireEvent(pick(p, doc, "event_id"));
    String name = pick(p, doc, "individual_result_set_name");
    if (name == null || name.isBlank()) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: individual_result_set_name is required");
    }
    String publicFlag = pick(p, doc, "public_results");
    boolean isPublic = publicFlag == null || !publicFlag.equalsIgnoreCase("F");
    state.lock.writeLock().lock();
    try {
      long id = state.nextResultSetId++;
      state.resultSets.put(id, new RsuResultSet(id, state.data.events.get(e).eventId(), name.trim(), isPublic,
          pick(p, doc, "results_source_name"), pick(p, doc, "results_source_url"), state.clock.instant()));
      ObjectNode out = RsuWire.object();
      out.put("individual_result_set_id", id);
      return out;
    } finally {
      state.lock.writeLock().unlock();
    }
  }

  private RsuResultSet requireSet(RsuParams p, long eventId, boolean manager) {
    String text = p.get("individual_result_set_id");
    if (text == null || text.isBlank()) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: individual_result_set_id is required");
    }
    RsuResultSet set;
    try {
      set = state.resultSets.get(Long.parseLong(text.trim()));
    } catch (NumberFormatException ex) {
      set = null;
    }
    if (set == null || set.eventId != eventId) {
      throw new RsuWire.ApiError(INVALID_ID, RsuWire.message(INVALID_ID) + ": individual_result_set_id " + text);
    }
    if (!set.publicResults && !manager) {
      throw new RsuWire.ApiError(PERMISSION_DENIED);
    }
    return set;
  }

  ObjectNode fullResults(RsuParams p) {
    int e = state.requireEvent(p.get("event_id"));
    long eventId = state.data.events.get(e).eventId();
    JsonNode doc = RsuWire.parseDocument(p.get("request"), requestFormat(p));
    List<JsonNode> items = RsuWire.items(doc, "results", "result");
    state.lock.writeLock().lock();
    try {
      RsuResultSet set = requireSet(p, eventId, true);
      Map<Integer, Long> byBib = null;
      List<ResultSnapshot> parsed = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (JsonNode item : items) {
        ParticipantSnapshot who = null;
        String regText = RsuWire.text(item, "registration_id");
        Integer bib = bib(firstNonNull(RsuWire.text(item, "bib_num"), RsuWire.text(item, "bib")));
        String chip = chip(RsuWire.text(item, "chip_num"));
        if (regText != null && !regText.isBlank()) {
          try {
            who = state.find(Long.parseLong(regText.trim()));
          } catch (NumberFormatException ex) {
            who = null;
          }
          if (who == null || who.eventId() != eventId) {
            throw new RsuWire.ApiError(INVALID_ID, RsuWire.message(INVALID_ID) + ": registration_id " + regText
                + " is not registered for event " + eventId);
          }
        } else if (bib != null) {
          if (byBib == null) {
            byBib = state.bibIndex(e);
          }
          Long owner = byBib.get(bib);
          who = owner == null ? null : state.find(owner);
        } else if (chip != null) {
          Long owner = state.chipOwners.get(chip);
          ParticipantSnapshot candidate = owner == null ? null : state.find(owner);
          who = candidate != null && candidate.eventId() == eventId ? candidate : null;
        }
        Integer place = optionalInt(RsuWire.text(item, "place"), "place");
        String clockTime = time(RsuWire.text(item, "clock_time"), "clock_time");
        String chipTime = time(RsuWire.text(item, "chip_time"), "chip_time");
        String first = who != null ? who.user().firstName() : RsuWire.text(item, "first_name");
        String last = who != null ? who.user().lastName() : RsuWire.text(item, "last_name");
        if (who == null && bib == null && chip == null && (first == null || last == null)) {
          throw new RsuWire.ApiError(INVALID_SUBMISSION,
              "Invalid submission: a result needs registration_id, bib_num, chip_num or a name");
        }
        String key = who != null ? "reg:" + who.registrationId() : bib != null ? "bib:" + bib
            : chip != null ? "chip:" + chip : null;
        keys.add(key);
        parsed.add(new ResultSnapshot(0, set.id, who == null ? null : who.registrationId(),
            who == null ? null : who.user().userId(), who != null && bib == null ? who.bibNum() : bib,
            who != null && chip == null ? who.chipNum() : chip, place, clockTime, chipTime, first, last,
            who != null ? who.user().gender() : RsuWire.text(item, "gender"),
            who != null ? Integer.valueOf(who.age()) : optionalInt(RsuWire.text(item, "age"), "age"),
            who != null ? who.user().address().city() : RsuWire.text(item, "city"),
            who != null ? who.user().address().state() : RsuWire.text(item, "state")));
      }
      int inserted = 0;
      int updated = 0;
      for (int i = 0; i < parsed.size(); i++) {
        String key = keys.get(i);
        ResultSnapshot r = parsed.get(i);
        ResultSnapshot old = key == null ? null : set.rows.get(key);
        long resultId = old != null ? old.resultId() : state.nextResultId++;
        ResultSnapshot stored = new ResultSnapshot(resultId, r.resultSetId(), r.registrationId(), r.userId(),
            r.bibNum(), r.chipNum(), r.place(), r.clockTime(), r.chipTime(), r.firstName(), r.lastName(),
            r.gender(), r.age(), r.city(), r.state());
        set.rows.put(key != null ? key : "row:" + resultId, stored);
        if (old != null) {
          updated++;
        } else {
          inserted++;
        }
      }
      set.lastModified = state.clock.instant();
      ObjectNode out = RsuWire.object();
      out.put("success", true);
      out.put("num_results_inserted", inserted);
      out.put("num_results_updated", updated);
      return out;
    } finally {
      state.lock.writeLock().unlock();
    }
  }
  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static Integer optionalInt(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: " + field + " '" + text + "'");
    }
  }

  private static String time(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (!TIME.matcher(t).matches()) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: " + field + " '" + text
          + "' is not h:mm:ss or mm:ss");
    }
    return t;
  }

  private static double seconds(String time) {
    String[] parts = time.split(":");
    double total = 0;
    for (String part : parts) {
      total = total * 60 + Double.parseDouble(part);
    }
    return total;
  }

  ObjectNode getResults(RsuParams p, boolean manager) {
    int e = state.requireEvent(p.get("event_id"));
    EventSnapshot event = state.data.events.get(e);
    long page = longParam(p, "page", 1);
    long perPage = longParam(p, "results_per_page", 100);
    if (page < 1 || perPage < 1 || perPage > MAX_RESULTS_PER_PAGE) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS,
          "Invalid parameters: page starts at 1, results_per_page is 1.." + MAX_RESULTS_PER_PAGE);
    }
    state.lock.readLock().lock();
    try {
      List<RsuResultSet> sets = new ArrayList<>();
      if (p.get("individual_result_set_id") != null) {
        sets.add(requireSet(p, event.eventId(), manager));
      } else {
        for (RsuResultSet set : state.resultSets.values()) {
          if (set.eventId == event.eventId() && (set.publicResults || manager)) {
            sets.add(set);
          }
        }
      }
      ObjectNode out = RsuWire.object();
      ArrayNode list = out.putArray("individual_results_sets");
      for (RsuResultSet set : sets) {
        ObjectNode node = list.addObject();
        node.put("individual_result_set_id", set.id);
        node.put("individual_result_set_name", set.name);
        ObjectNode headers = node.putObject("results_headers");
        for (String[] h : new String[][] {{"place", "Place"}, {"bib_num", "Bib"}, {"first_name", "First Name"},
            {"last_name", "Last Name"}, {"gender", "Gender"}, {"age", "Age"}, {"city", "City"}, {"state", "State"},
            {"clock_time", "Clock Time"}, {"chip_time", "Chip Time"}, {"pace", "Pace"}}) {
          headers.put(h[0], h[1]);
        }
        List<ResultSnapshot> rows = new ArrayList<>(set.rows.values());
        rows.sort(Comparator.comparing(ResultSnapshot::place, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(ResultSnapshot::resultId));
        ArrayNode results = node.putArray("results");
        long skip = (page - 1) * perPage;
        for (long i = skip; i < rows.size() && i < skip + perPage; i++) {
          ResultSnapshot r = rows.get((int) i);
          ObjectNode ro = results.addObject();
          ro.put("result_id", r.resultId());
          ro.put("place", r.place());
          ro.put("bib_num", r.bibNum());
          ro.put("chip_num", r.chipNum());
          ro.put("first_name", r.firstName());
          ro.put("last_name", r.lastName());
          ro.put("gender", r.gender());
          ro.put("age", r.age());
          ro.put("city", r.city());
          ro.put("state", r.state());
          ro.put("clock_time", r.clockTime());
          ro.put("chip_time", r.chipTime());
          String basis = r.chipTime() != null ? r.chipTime() : r.clockTime();
          if (basis == null) {
            ro.putNull("pace");
          } else {
            long pace = Math.round(seconds(basis) / event.distanceMiles());
            ro.put("pace", String.format(Locale.US, "%d:%02d", pace / 60, pace % 60));
          }
          ro.put("registration_id", r.registrationId());
          ro.put("user_id", r.userId());
        }
      }
      return out;
    } finally {
      state.lock.readLock().unlock();
    }
  }
}
