package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A race with its events, from {@code GET /race/{race_id}} ({@code {"race":{..}}}):
 * {@code race_id}, {@code name}, next and last dates ({@code MM/dd/yyyy}), the
 * {@code is_draft_race}/{@code is_private_race}/{@code is_registration_open} flags ({@code T}/
 * {@code F}), {@code created} and {@code last_modified} ({@code M/d/yyyy HH:mm}), the
 * description and links, the {@link RunSignupAddress address}, the race's {@code timezone} and its
 * {@link RunSignupEvent events}. Immutable; unknown fields are kept in {@link #unknownFields()}.
 */
public final class RunSignupRace extends UnknownFieldsModel {

  private final long raceId;
  private final String name;
  private final LocalDate lastDate;
  private final LocalDate lastEndDate;
  private final LocalDate nextDate;
  private final LocalDate nextEndDate;
  private final Boolean draftRace;
  private final Boolean privateRace;
  private final Boolean registrationOpen;
  private final LocalDateTime created;
  private final LocalDateTime lastModified;
  private final String description;
  private final String url;
  private final String externalRaceUrl;
  private final String externalResultsUrl;
  private final String logoUrl;
  private final RunSignupAddress address;
  private final ZoneId timezone;
  private final List<RunSignupEvent> events;

  private RunSignupRace(RsuFields f) {
    this.raceId = f.requiredLong("race_id");
    this.name = f.text("name");
    this.lastDate = f.date("last_date");
    this.lastEndDate = f.date("last_end_date");
    this.nextDate = f.date("next_date");
    this.nextEndDate = f.date("next_end_date");
    this.draftRace = f.bool("is_draft_race");
    this.privateRace = f.bool("is_private_race");
    this.registrationOpen = f.bool("is_registration_open");
    this.created = f.dateTime("created");
    this.lastModified = f.dateTime("last_modified");
    this.description = f.text("description");
    this.url = f.text("url");
    this.externalRaceUrl = f.text("external_race_url");
    this.externalResultsUrl = f.text("external_results_url");
    this.logoUrl = f.text("logo_url");
    this.address = RunSignupAddress.from(f.object("address"));
    this.timezone = f.parsed("timezone", RunSignupRace::zone);
    this.events = f.list("events").stream().map(RunSignupRace::event).toList();
    f.rest().forEach(this::putUnknownField);
  }

  private static ZoneId zone(String text) {
    try {
      return ZoneId.of(text.trim());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Events may come wrapped ({@code {"event":{..}}}) as races do in RunSignup's race lists. */
  private static RunSignupEvent event(JsonNode node) {
    JsonNode inner = node.get("event");
    return RunSignupEvent.from(inner != null && inner.isObject() && !node.has("event_id") ? inner : node);
  }

  /**
   * Reads {@code {"race":{..}}} or a bare race object.
   *
   * @throws IllegalArgumentException if there is no race object or it has no id
   */
  static RunSignupRace fromResponse(JsonNode root) {
    JsonNode race = root.get("race");
    return new RunSignupRace(RsuFields.of(race != null && race.isObject() ? race : root, "the race"));
  }

  /** The race's id. */
  public long raceId() {
    return raceId;
  }

  /** Its name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The first day of its last (past) edition. */
  public Optional<LocalDate> lastDate() {
    return Optional.ofNullable(lastDate);
  }

  /** The last day of its last (past) edition. */
  public Optional<LocalDate> lastEndDate() {
    return Optional.ofNullable(lastEndDate);
  }

  /** The first day of its next edition. */
  public Optional<LocalDate> nextDate() {
    return Optional.ofNullable(nextDate);
  }

  /** The last day of its next edition. */
  public Optional<LocalDate> nextEndDate() {
    return Optional.ofNullable(nextEndDate);
  }

  /** Whether it is a draft. */
  public Optional<Boolean> draftRace() {
    return Optional.ofNullable(draftRace);
  }

  /** Whether it is private. */
  public Optional<Boolean> privateRace() {
    return Optional.ofNullable(privateRace);
  }

  /** Whether registration is open now. */
  public Optional<Boolean> registrationOpen() {
    return Optional.ofNullable(registrationOpen);
  }

  /** When the race was created on RunSignup (platform time, no zone). */
  public Optional<LocalDateTime> created() {
    return Optional.ofNullable(created);
  }

  /** When the race was last changed (platform time, no zone). */
  public Optional<LocalDateTime> lastModified() {
    return Optional.ofNullable(lastModified);
  }

  /** The description, as HTML. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The race's RunSignup page. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** The race's own web site. */
  public Optional<String> externalRaceUrl() {
    return Optional.ofNullable(externalRaceUrl);
  }

  /** Results published elsewhere. */
  public Optional<String> externalResultsUrl() {
    return Optional.ofNullable(externalResultsUrl);
  }

  /** The logo. */
  public Optional<String> logoUrl() {
    return Optional.ofNullable(logoUrl);
  }

  /** Where it takes place. */
  public Optional<RunSignupAddress> address() {
    return Optional.ofNullable(address);
  }

  /** The race's time zone: event start and end times are in it. */
  public Optional<ZoneId> timezone() {
    return Optional.ofNullable(timezone);
  }

  /** The events, in RunSignup's order. */
  public List<RunSignupEvent> events() {
    return events;
  }

  /** The event with this id, if the race has it. */
  public Optional<RunSignupEvent> event(long eventId) {
    return events.stream().filter(e -> e.eventId() == eventId).findFirst();
  }


  @Override
  public String toString() {
    return "RunSignupRace{" + raceId + ", " + name + ", " + events.size() + " events}";
  }
}
