package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One result row from {@code GET /race/{race_id}/results/get-results}, with the set it belongs to.
 * Fields (inferred beyond the set ids, see the package's {@code RunSignupInferred}):
 * {@code result_id}, {@code place}, {@code bib_num} (or {@code bib}), {@code chip_num},
 * {@code first_name}, {@code last_name}, {@code gender}, {@code age}, {@code city},
 * {@code state}, {@code country_code}, {@code clock_time} and {@code chip_time}
 * ({@code h:mm:ss}), {@code pace}, {@code registration_id}, {@code user_id}. Immutable; the
 * row's other fields are kept in {@link #unknownFields()}, the set's in {@link #resultSetUnknownFields()} (for
 * example {@code results_headers}, the column labels).
 */
public final class RunSignupResult extends UnknownFieldsModel {

  private final long resultSetId;
  private final String resultSetName;
  private final Long resultId;
  private final Integer place;
  private final String bib;
  private final String chip;
  private final String firstName;
  private final String lastName;
  private final String gender;
  private final Integer age;
  private final String city;
  private final String state;
  private final String countryCode;
  private final String clockTime;
  private final String chipTime;
  private final String pace;
  private final Long registrationId;
  private final Long userId;
  private final Map<String, JsonNode> setExtra;

  private RunSignupResult(RsuFields f, long resultSetId, String resultSetName, Map<String, JsonNode> setExtra) {
    this.resultSetId = resultSetId;
    this.resultSetName = resultSetName;
    this.setExtra = setExtra;
    this.resultId = f.longValue("result_id");
    this.place = f.intValue("place");
    String bibNum = f.text("bib_num");
    this.bib = bibNum != null ? bibNum : f.text("bib");
    this.chip = f.text("chip_num");
    this.firstName = f.text("first_name");
    this.lastName = f.text("last_name");
    this.gender = f.text("gender");
    this.age = f.intValue("age");
    this.city = f.text("city");
    this.state = f.text("state");
    this.countryCode = f.text("country_code");
    this.clockTime = f.text("clock_time");
    this.chipTime = f.text("chip_time");
    this.pace = f.text("pace");
    this.registrationId = f.longValue("registration_id");
    this.userId = f.longValue("user_id");
    f.rest().forEach(this::putUnknownField);
  }

  static RunSignupResult from(JsonNode node, long resultSetId, String resultSetName, Map<String, JsonNode> setExtra) {
    return new RunSignupResult(RsuFields.of(node, "a result"), resultSetId, resultSetName, setExtra);
  }

  /** The result set this row belongs to. */
  public long resultSetId() {
    return resultSetId;
  }

  /** The set's name. */
  public Optional<String> resultSetName() {
    return Optional.ofNullable(resultSetName);
  }

  /** RunSignup's id of the row. */
  public OptionalLong resultId() {
    return resultId == null ? OptionalLong.empty() : OptionalLong.of(resultId);
  }

  /** Overall place. */
  public OptionalInt place() {
    return place == null ? OptionalInt.empty() : OptionalInt.of(place);
  }

  /** Bib number. */
  public Optional<String> bib() {
    return Optional.ofNullable(bib);
  }

  /** Chip number. */
  public Optional<String> chip() {
    return Optional.ofNullable(chip);
  }

  /** Given name. */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** Family name. */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** Gender as RunSignup spells it. */
  public Optional<String> gender() {
    return Optional.ofNullable(gender);
  }

  /** Age. */
  public OptionalInt age() {
    return age == null ? OptionalInt.empty() : OptionalInt.of(age);
  }

  /** City. */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** State. */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /** Country code. */
  public Optional<String> countryCode() {
    return Optional.ofNullable(countryCode);
  }

  /** Clock (gun) time as RunSignup shows it, e.g. {@code 0:21:45}. */
  public Optional<String> clockTime() {
    return Optional.ofNullable(clockTime);
  }

  /** Clock time as a duration, when it reads as {@code h:mm:ss} or {@code mm:ss}. */
  public Optional<Duration> clockDuration() {
    return Optional.ofNullable(RunSignupValues.parseResultTime(clockTime));
  }

  /** Chip (net) time as RunSignup shows it. */
  public Optional<String> chipTime() {
    return Optional.ofNullable(chipTime);
  }

  /** Chip time as a duration, when it reads as {@code h:mm:ss} or {@code mm:ss}. */
  public Optional<Duration> chipDuration() {
    return Optional.ofNullable(RunSignupValues.parseResultTime(chipTime));
  }

  /** Pace per mile as RunSignup shows it, e.g. {@code 7:01}. */
  public Optional<String> pace() {
    return Optional.ofNullable(pace);
  }

  /** The registration the row was matched to. */
  public OptionalLong registrationId() {
    return registrationId == null ? OptionalLong.empty() : OptionalLong.of(registrationId);
  }

  /** The RunSignup user the row was matched to. */
  public OptionalLong userId() {
    return userId == null ? OptionalLong.empty() : OptionalLong.of(userId);
  }


  /**
   * The unknown members of the result set this row came in (the set's own, not the row's; those
   * are {@link #unknownFields()}): everything but its id and name, e.g. {@code results_headers}.
   */
  public Map<String, JsonNode> resultSetUnknownFields() {
    return RsuFields.copy(setExtra);
  }

  @Override
  public String toString() {
    return "RunSignupResult{set " + resultSetId + ", place " + place + ", bib " + bib + ", " + firstName + " "
        + lastName + ", " + (chipTime != null ? chipTime : clockTime) + "}";
  }
}
