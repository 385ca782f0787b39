package dev.racereg.benchmarks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hand-written baseline for an Actigo registration of the JSON download: the same typed
 * fields as {@code ActigoRegistration} (instants, the birth date as a date, the amount in
 * hundredths), every other key kept.
 */
final class ActigoRecord {
  @JsonProperty("id") String id;
  Instant created;
  @JsonProperty("code") String code;
  @JsonProperty("state") String state;
  @JsonProperty("startNumber") String startNumber;
  @JsonProperty("amount") Amount amount;
  @JsonProperty("person") Person person;
  @JsonProperty("syncResultType") String syncResultType;
  final Map<String, Object> other = new LinkedHashMap<>();

  @JsonProperty("created")
  void created(String value) {
    created = value == null ? null : Instant.parse(value);
  }

  @JsonAnySetter
  void other(String key, Object value) {
    other.put(key, value);
  }

  /** An amount in hundredths of the currency unit. */
  record Amount(@JsonProperty("value") long value, @JsonProperty("currency") String currency) {}

  /** The registered person. */
  static final class Person {
    @JsonProperty("id") String id;
    @JsonProperty("isProfilePublic") Boolean profilePublic;
    @JsonProperty("givenName") String givenName;
    @JsonProperty("middleName") String middleName;
    @JsonProperty("surname") String surname;
    @JsonProperty("sex") String sex;
    LocalDate birthDate;
    @JsonProperty("language") String language;
    @JsonProperty("nickname") String nickname;
    @JsonProperty("country") String country;
    @JsonProperty("name") String name;
    @JsonProperty("ref") String ref;
    final Map<String, Object> other = new LinkedHashMap<>();

    /** Midnight UTC of the day in JSON, as Actigo sends it. */
    @JsonProperty("birthDate")
    void birthDate(String value) {
      birthDate = value == null ? null : OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    @JsonAnySetter
    void other(String key, Object value) {
      other.put(key, value);
    }
  }
}
