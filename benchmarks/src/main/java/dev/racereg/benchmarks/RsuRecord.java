package dev.racereg.benchmarks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written baseline for a RunSignup participant row: the same typed fields as
 * {@code RunSignupParticipant} (the registration date, unix seconds as an instant, money strings
 * as amounts, the user's birth date), nested lists bound, every other key kept.
 */
final class RsuRecord {
  private static final DateTimeFormatter REGISTERED = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");

  @JsonProperty("registration_id") long registrationId;
  @JsonProperty("event_id") Long eventId;
  @JsonProperty("bib_num") String bibNum;
  @JsonProperty("chip_num") String chipNum;
  @JsonProperty("age") Integer age;
  LocalDateTime registrationDate;
  Instant lastModified;
  @JsonProperty("team_id") Long teamId;
  @JsonProperty("team_name") String teamName;
  BigDecimal raceFee;
  BigDecimal amountPaid;
  @JsonProperty("user") User user;
  @JsonProperty("question_responses") List<Question> questionResponses;
  @JsonProperty("participant_addons") List<Addon> addons;
  final Map<String, Object> other = new LinkedHashMap<>();

  @JsonProperty("registration_date")
  void registrationDate(String value) {
    registrationDate = value == null ? null : LocalDateTime.parse(value, REGISTERED);
  }

  @JsonProperty("last_modified")
  void lastModified(Long value) {
    lastModified = value == null ? null : Instant.ofEpochSecond(value);
  }

  @JsonProperty("race_fee")
  void raceFee(String value) {
    raceFee = money(value);
  }

  @JsonProperty("amount_paid")
  void amountPaid(String value) {
    amountPaid = money(value);
  }

  static BigDecimal money(String value) {
    return value == null ? null : new BigDecimal(value.startsWith("$") ? value.substring(1) : value);
  }

  @JsonAnySetter
  void other(String key, Object value) {
    other.put(key, value);
  }

  /** The registered user. */
  static final class User {
    @JsonProperty("user_id") Long userId;
    @JsonProperty("first_name") String firstName;
    @JsonProperty("middle_name") String middleName;
    @JsonProperty("last_name") String lastName;
    @JsonProperty("email") String email;
    LocalDate dob;
    @JsonProperty("gender") String gender;
    @JsonProperty("phone") String phone;
    @JsonProperty("address") Address address;
    final Map<String, Object> other = new LinkedHashMap<>();

    @JsonProperty("dob")
    void dob(String value) {
      dob = value == null ? null : LocalDate.parse(value);
    }

    @JsonAnySetter
    void other(String key, Object value) {
      other.put(key, value);
    }
  }

  /** A postal address. */
  record Address(@JsonProperty("street") String street, @JsonProperty("city") String city,
      @JsonProperty("state") String state, @JsonProperty("zipcode") String zipcode,
      @JsonProperty("country_code") String countryCode) {}

  /** One answer to a registration question. */
  record Question(@JsonProperty("question_id") Long questionId, @JsonProperty("question_text") String text,
      @JsonProperty("response") Object response) {}

  /** One add-on bought with the registration. */
  record Addon(@JsonProperty("addon_id") Long addonId, @JsonProperty("addon_name") String name,
      @JsonProperty("quantity") Integer quantity, @JsonProperty("amount") BigDecimal amount) {}

  /** One event group of the participants answer. */
  static final class Group {
    @JsonProperty("event") Map<String, Object> event;
    @JsonProperty("participants") List<RsuRecord> participants;
  }
}
