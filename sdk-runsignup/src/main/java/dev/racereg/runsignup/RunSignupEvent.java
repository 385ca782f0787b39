package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One event of a race (a distance or wave), as {@code GET /race/{race_id}} lists it:
 * {@code event_id}, {@code name}, {@code start_time} and {@code end_time} ({@code M/d/yyyy HH:mm}
 * in the race's time zone), {@code distance}, {@code registration_periods}, and the other
 * settings RunSignup sends ({@code race_event_days_id}, {@code details},
 * {@code age_calc_base_date}, {@code registration_opens}, {@code event_type},
 * {@code volunteer}, {@code require_dob}, {@code require_phone}). Immutable; unknown fields are
 * kept in {@link #unknownFields()}.
 */
public final class RunSignupEvent extends UnknownFieldsModel {

  private final long eventId;
  private final Long raceEventDaysId;
  private final String name;
  private final String details;
  private final LocalDateTime startTime;
  private final LocalDateTime endTime;
  private final LocalDate ageCalcBaseDate;
  private final LocalDateTime registrationOpens;
  private final String eventType;
  private final String distance;
  private final Boolean volunteer;
  private final Boolean requireDob;
  private final Boolean requirePhone;
  private final List<RegistrationPeriod> registrationPeriods;

  private RunSignupEvent(RsuFields f) {
    this.eventId = f.requiredLong("event_id");
    this.raceEventDaysId = f.longValue("race_event_days_id");
    this.name = f.text("name");
    this.details = f.text("details");
    this.startTime = f.dateTime("start_time");
    this.endTime = f.dateTime("end_time");
    this.ageCalcBaseDate = f.date("age_calc_base_date");
    this.registrationOpens = f.dateTime("registration_opens");
    this.eventType = f.text("event_type");
    this.distance = f.text("distance");
    this.volunteer = f.bool("volunteer");
    this.requireDob = f.bool("require_dob");
    this.requirePhone = f.bool("require_phone");
    this.registrationPeriods = f.list("registration_periods").stream().map(RegistrationPeriod::from).toList();
    f.rest().forEach(this::putUnknownField);
  }

  static RunSignupEvent from(JsonNode node) {
    return new RunSignupEvent(RsuFields.of(node, "an event"));
  }

  /** The event's id. */
  public long eventId() {
    return eventId;
  }

  /** The race day the event belongs to. */
  public OptionalLong raceEventDaysId() {
    return raceEventDaysId == null ? OptionalLong.empty() : OptionalLong.of(raceEventDaysId);
  }

  /** Its name, e.g. {@code 5K}. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Free-text details. */
  public Optional<String> details() {
    return Optional.ofNullable(details);
  }

  /** Start, in the race's time zone. */
  public Optional<LocalDateTime> startTime() {
    return Optional.ofNullable(startTime);
  }

  /** End, in the race's time zone. */
  public Optional<LocalDateTime> endTime() {
    return Optional.ofNullable(endTime);
  }

  /** The date ages are computed on. */
  public Optional<LocalDate> ageCalcBaseDate() {
    return Optional.ofNullable(ageCalcBaseDate);
  }

  /** When registration first opens. */
  public Optional<LocalDateTime> registrationOpens() {
    return Optional.ofNullable(registrationOpens);
  }

  /** RunSignup's event type, e.g. {@code running_race}. */
  public Optional<String> eventType() {
    return Optional.ofNullable(eventType);
  }

  /** The distance as RunSignup shows it, e.g. {@code 5K} or {@code 13.1 Miles}. */
  public Optional<String> distance() {
    return Optional.ofNullable(distance);
  }

  /** Whether it is a volunteer event. */
  public Optional<Boolean> volunteer() {
    return Optional.ofNullable(volunteer);
  }

  /** Whether registration asks for a date of birth. */
  public Optional<Boolean> requireDob() {
    return Optional.ofNullable(requireDob);
  }

  /** Whether registration asks for a phone number. */
  public Optional<Boolean> requirePhone() {
    return Optional.ofNullable(requirePhone);
  }

  /** The registration periods, in RunSignup's order. */
  public List<RegistrationPeriod> registrationPeriods() {
    return registrationPeriods;
  }


  @Override
  public String toString() {
    return "RunSignupEvent{" + eventId + ", " + name + "}";
  }
}
