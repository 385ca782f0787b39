package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuWire.BIB_INVALID;
import static dev.racereg.testkit.runsignup.RsuWire.CHIP_INVALID;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_DATE;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_ID;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_SUBMISSION;
import static dev.racereg.testkit.runsignup.RsuParams.requestFormat;
import static dev.racereg.testkit.runsignup.RsuParticipantsHandler.participantJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /race/{race_id}/participants}: edits (bib, chip, person) and additions, every item
 * validated, and bibs and chips checked unique across the race, before anything changes.
 */
final class RsuParticipantWrites {

  private static final Pattern BIB = Pattern.compile("[0-9]{1,9}");
  private static final Pattern CHIP = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  private final RsuState state;

  RsuParticipantWrites(RsuState state) {
    this.state = state;
  }

  /** A participant edit or addition, validated before anything changes. */
  private record Change(ParticipantSnapshot before, int eventIndex, JsonNode item, boolean bibSent, Integer bib,
      boolean chipSent, String chip) {}

  ObjectNode post(RsuParams p) {
    RsuWire.Format requestFormat = requestFormat(p);
    JsonNode doc = RsuWire.parseDocument(p.get("request"), requestFormat);
    List<JsonNode> items = RsuWire.items(doc, "participants", "participant");
    if (items.isEmpty()) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: no participants");
    }
    state.lock.writeLock().lock();
    try {
      List<Change> changes = new ArrayList<>();
      for (JsonNode item : items) {
        String regText = RsuWire.text(item, "registration_id");
        String eventText = RsuWire.text(item, "event_id");
        ParticipantSnapshot before = null;
        int e;
        if (regText != null && !regText.isBlank()) {
          try {
            before = state.find(Long.parseLong(regText.trim()));
          } catch (NumberFormatException ex) {
            before = null;
          }
          if (before == null) {
            throw new RsuWire.ApiError(INVALID_ID, RsuWire.message(INVALID_ID) + ": registration_id " + regText);
          }
          e = state.eventIndex(before.eventId());
          if (eventText != null && !eventText.isBlank() && state.requireEvent(eventText) != e) {
            throw new RsuWire.ApiError(INVALID_ID,
                RsuWire.message(INVALID_ID) + ": registration " + regText + " is not in event " + eventText);
          }
        } else {
          e = state.requireEvent(eventText);
        }
        boolean bibSent = item.has("bib_num");
        Integer bib = bibSent ? bib(RsuWire.text(item, "bib_num")) : null;
        boolean chipSent = item.has("chip_num");
        String chip = chipSent ? chip(RsuWire.text(item, "chip_num")) : null;
        changes.add(new Change(before, e, item, bibSent, bib, chipSent, chip));
      }
      checkUnique(changes);
      Instant now = state.clock.instant();
      ArrayNode echoed = RsuWire.array();
      for (Change c : changes) {
        ParticipantSnapshot after = c.before() == null ? create(c, now) : edit(c, now);
        state.store(c.before(), after);
        echoed.add(participantJson(after, false, false));
      }
      ObjectNode out = RsuWire.object();
      out.set("participants", echoed);
      return out;
    } finally {
      state.lock.writeLock().unlock();
    }
  }

  static Integer bib(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (!BIB.matcher(t).matches() || Integer.parseInt(t) == 0) {
      throw new RsuWire.ApiError(BIB_INVALID, RsuWire.message(BIB_INVALID) + ": '" + text + "'");
    }
    return Integer.parseInt(t);
  }

  static String chip(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (!CHIP.matcher(t).matches()) {
      throw new RsuWire.ApiError(CHIP_INVALID, RsuWire.message(CHIP_INVALID) + ": '" + text + "'");
    }
    return t;
  }

  /** Bibs and chips must stay unique in the race once every change is applied. Write lock held. */
  private void checkUnique(List<Change> changes) {
    Map<Long, Integer> newBibs = new HashMap<>();
    Map<Long, String> newChips = new HashMap<>();
    Map<Integer, Long> bibClaims = new HashMap<>();
    Map<String, Long> chipClaims = new HashMap<>();
    long placeholder = -1;
    for (Change c : changes) {
      long id = c.before() == null ? placeholder-- : c.before().registrationId();
      if (c.bibSent()) {
        newBibs.put(id, c.bib());
        if (c.bib() != null && bibClaims.put(c.bib(), id) != null) {
          throw new RsuWire.ApiError(BIB_INVALID, RsuWire.message(BIB_INVALID) + ": bib " + c.bib() + " sent twice");
        }
      }
      if (c.chipSent()) {
        newChips.put(id, c.chip());
        if (c.chip() != null && chipClaims.put(c.chip(), id) != null) {
          throw new RsuWire.ApiError(CHIP_INVALID, RsuWire.message(CHIP_INVALID) + ": chip " + c.chip() + " sent twice");
        }
      }
    }
    if (!bibClaims.isEmpty()) {
      for (int a = 0; a < state.bibs.length; a++) {
        if (state.bibs[a] != 0 && !newBibs.containsKey(state.data.regIds[a]) && bibClaims.containsKey(state.bibs[a])) {
          throw bibTaken(state.bibs[a], state.data.regIds[a]);
        }
      }
      for (ParticipantSnapshot p : state.added.values()) {
        if (p.bibNum() != null && !newBibs.containsKey(p.registrationId()) && bibClaims.containsKey(p.bibNum())) {
          throw bibTaken(p.bibNum(), p.registrationId());
        }
      }
    }
    for (Map.Entry<String, Long> claim : chipClaims.entrySet()) {
      Long owner = state.chipOwners.get(claim.getKey());
      if (owner != null && !newChips.containsKey(owner)) {
        throw new RsuWire.ApiError(CHIP_INVALID, RsuWire.message(CHIP_INVALID) + ": chip " + claim.getKey()
            + " is already assigned to registration " + owner);
      }
    }
  }

  private static RsuWire.ApiError bibTaken(int bib, long owner) {
    return new RsuWire.ApiError(BIB_INVALID,
        RsuWire.message(BIB_INVALID) + ": bib " + bib + " is already assigned to registration " + owner);
  }

  private ParticipantSnapshot edit(Change c, Instant now) {
    ParticipantSnapshot p = c.before();
    Integer bib = c.bibSent() ? c.bib() : p.bibNum();
    String chip = c.chipSent() ? c.chip() : p.chipNum();
    ParticipantSnapshot next = p.withNumbers(bib, chip, now);
    JsonNode userNode = c.item().get("user");
    if (userNode != null && userNode.isObject()) {
      ParticipantSnapshot.User u = mergeUser(p.user(), userNode, p.user().userId());
      next = next.withUser(u, state.data.ageOn(u.dob()), now);
    }
    return next;
  }

  private ParticipantSnapshot create(Change c, Instant now) {
    JsonNode userNode = c.item().get("user");
    if (userNode == null || !userNode.isObject()) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: a new participant needs a user");
    }
    ParticipantSnapshot.User u = mergeUser(null, userNode, state.nextUserId);
    EventSnapshot event = state.events.get(c.eventIndex());
    long fee = RsuDataGenerator.feeAt(event.registrationPeriods(), LocalDateTime.ofInstant(now, RsuDataGenerator.ZONE));
    long id = state.nextRegistrationId;
    state.nextRegistrationId += 3;
    state.nextUserId += 7;
    return new ParticipantSnapshot(id, event.eventId(), c.bib(), c.chip(), state.data.ageOn(u.dob()), now, now, null, null,
        fee, fee + RsuDataGenerator.processingFee(fee), u, List.of(), List.of());
  }

  private static ParticipantSnapshot.User mergeUser(ParticipantSnapshot.User old, JsonNode n, long userId) {
    String first = pickText(n, "first_name", old == null ? null : old.firstName());
    String middle = pickText(n, "middle_name", old == null ? null : old.middleName());
    String last = pickText(n, "last_name", old == null ? null : old.lastName());
    String email = pickText(n, "email", old == null ? null : old.email());
    String phone = pickText(n, "phone", old == null ? null : old.phone());
    String gender = pickText(n, "gender", old == null ? null : old.gender());
    String dobText = RsuWire.text(n, "dob");
    LocalDate dob = old == null ? null : old.dob();
    if (dobText != null && !dobText.isBlank()) {
      try {
        dob = LocalDate.parse(dobText.trim(), RsuWire.DOB);
      } catch (DateTimeParseException e) {
        throw new RsuWire.ApiError(INVALID_DATE, RsuWire.message(INVALID_DATE) + ": dob '" + dobText + "' is not yyyy-MM-dd");
      }
    }
    for (String[] required : new String[][] {{"first_name", first}, {"last_name", last}, {"email", email}}) {
      if (required[1] == null || required[1].isBlank()) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: user " + required[0] + " is required");
      }
    }
    if (dob == null) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: user dob is required");
    }
    if (gender == null || !(gender.equals("M") || gender.equals("F"))) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: user gender must be M or F");
    }
    ParticipantSnapshot.Address oldAddress = old == null
        ? new ParticipantSnapshot.Address(null, null, null, null, "US") : old.address();
    JsonNode a = n.get("address");
    ParticipantSnapshot.Address address = a == null || !a.isObject() ? oldAddress
        : new ParticipantSnapshot.Address(
            pickText(a, "street", oldAddress.street()), pickText(a, "city", oldAddress.city()),
            pickText(a, "state", oldAddress.state()), pickText(a, "zipcode", oldAddress.zipcode()),
            pickText(a, "country_code", oldAddress.countryCode()));
    return new ParticipantSnapshot.User(userId, first, middle == null || middle.isBlank() ? null : middle, last,
        email, dob, gender, phone, address);
  }

  private static String pickText(JsonNode n, String field, String fallback) {
    return n.has(field) ? RsuWire.text(n, field) : fallback;
  }
}
