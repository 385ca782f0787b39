package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuWire.INVALID_DATE;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_SUBMISSION;
import static dev.racereg.testkit.runsignup.RsuParams.requestFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /race/{race_id}}: the race and its events with their registration periods; and
 * {@code POST /race/{race_id}/registration-periods}, which replaces one event's periods.
 */
final class RsuRaceHandler {

  private final RsuState state;

  RsuRaceHandler(RsuState state) {
    this.state = state;
  }

  ObjectNode get() {
    state.lock.readLock().lock();
    try {
      Instant now = state.clock.instant();
      LocalDateTime localNow = LocalDateTime.ofInstant(now, RsuDataGenerator.ZONE);
      ObjectNode root = RsuWire.object();
      ObjectNode race = root.putObject("race");
      race.put("race_id", state.raceId);
      race.put("name", state.raceName);
      boolean past = localNow.toLocalDate().isAfter(state.data.raceDay);
      race.put("last_date", past ? RsuWire.RACE_DATE.format(state.data.raceDay) : null);
      race.put("last_end_date", past ? RsuWire.RACE_DATE.format(state.data.raceDay) : null);
      race.put("next_date", past ? null : RsuWire.RACE_DATE.format(state.data.raceDay));
      race.put("next_end_date", past ? null : RsuWire.RACE_DATE.format(state.data.raceDay));
      race.put("is_draft_race", "F");
      race.put("is_private_race", "F");
      boolean open = state.events.stream().flatMap(e -> e.registrationPeriods().stream()).anyMatch(p -> p.contains(localNow));
      race.put("is_registration_open", RsuWire.tf(open));
      race.put("created", RsuWire.raceDateTime(state.anchor.minus(Duration.ofDays(260)), RsuDataGenerator.ZONE));
      race.put("last_modified", RsuWire.raceDateTime(state.raceLastModified, RsuDataGenerator.ZONE));
      race.put("description", "<p>A flat, fast course along the Scioto River with a finish-line party.</p>");
      race.put("url", "https://runsignup.com/Race/OH/Columbus/" + state.raceName.replaceAll("[^A-Za-z0-9]", ""));
      ObjectNode address = race.putObject("address");
      address.put("street", "303 W Broad St");
      address.put("city", "Columbus");
      address.put("state", "OH");
      address.put("zipcode", "43215");
      address.put("country_code", "US");
      race.put("timezone", RsuDataGenerator.ZONE.getId());
      ArrayNode list = race.putArray("events");
      for (EventSnapshot e : state.events) {
        ObjectNode ev = list.addObject();
        ev.put("event_id", e.eventId());
        ev.put("race_event_days_id", state.raceId * 10 + 1);
        ev.put("name", e.name());
        ev.putNull("details");
        ev.put("start_time", RsuWire.RACE_DATE_TIME.format(e.startTime()));
        ev.put("end_time", RsuWire.RACE_DATE_TIME.format(e.endTime()));
        ev.put("age_calc_base_date", RsuWire.RACE_DATE.format(state.data.raceDay));
        ev.put("registration_opens", e.registrationPeriods().isEmpty() ? null
            : RsuWire.RACE_DATE_TIME.format(e.registrationPeriods().get(0).opens()));
        ev.put("event_type", "running_race");
        ev.put("distance", e.distance());
        ev.put("volunteer", "F");
        ev.put("require_dob", "T");
        ev.put("require_phone", "T");
        ArrayNode periods = ev.putArray("registration_periods");
        for (RegistrationPeriodSnapshot period : e.registrationPeriods()) {
          ObjectNode po = periods.addObject();
          po.put("registration_opens", RsuWire.RACE_DATE_TIME.format(period.opens()));
          po.put("registration_closes", RsuWire.RACE_DATE_TIME.format(period.closes()));
          po.put("race_fee", RsuWire.money(period.raceFeeCents()));
          po.put("processing_fee", RsuWire.money(RsuDataGenerator.processingFee(period.raceFeeCents())));
        }
      }
      return root;
    } finally {
      state.lock.readLock().unlock();
    }
  }

  ObjectNode setRegistrationPeriods(RsuParams p) {
    int e = state.requireEvent(p.get("event_id"));
    RsuWire.Format requestFormat = requestFormat(p);
    JsonNode doc = RsuWire.parseDocument(p.get("request"), requestFormat);
    List<RegistrationPeriodSnapshot> periods = new ArrayList<>();
    for (JsonNode item : RsuWire.items(doc, "registration_periods", "registration_period")) {
      LocalDateTime opens = sqlDate(RsuWire.text(item, "registration_opens"), "registration_opens");
      LocalDateTime closes = sqlDate(RsuWire.text(item, "registration_closes"), "registration_closes");
      String fee = RsuWire.text(item, "race_fee_in_cents");
      long cents;
      try {
        cents = Long.parseLong(Objects.requireNonNull(fee, "race_fee_in_cents").trim());
      } catch (RuntimeException ex) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION,
            "Invalid submission: race_fee_in_cents must be a whole number of cents, was " + fee);
      }
      if (cents < 0) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: race_fee_in_cents must not be negative");
      }
      if (!opens.isBefore(closes)) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION,
            "Invalid submission: registration_opens must be before registration_closes");
      }
      periods.add(new RegistrationPeriodSnapshot(opens, closes, cents));
    }
    periods.sort(Comparator.comparing(RegistrationPeriodSnapshot::opens));
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).opens().isAfter(periods.get(i - 1).closes())) {
        throw new RsuWire.ApiError(INVALID_SUBMISSION,
            "Invalid submission: registration periods overlap at " + RsuWire.SQL_DATE_TIME.format(periods.get(i).opens()));
      }
    }
    state.lock.writeLock().lock();
    try {
      state.events.set(e, state.events.get(e).withRegistrationPeriods(periods));
      state.raceLastModified = state.clock.instant();
    } finally {
      state.lock.writeLock().unlock();
    }
    return RsuWire.success();
  }

  private static LocalDateTime sqlDate(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new RsuWire.ApiError(INVALID_SUBMISSION, "Invalid submission: " + field + " is required");
    }
    try {
      return LocalDateTime.parse(text.trim(), RsuWire.SQL_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new RsuWire.ApiError(INVALID_DATE, RsuWire.message(INVALID_DATE) + ": " + field + " '" + text
          + "' is not yyyy-MM-dd HH:mm:ss");
    }
  }
}
