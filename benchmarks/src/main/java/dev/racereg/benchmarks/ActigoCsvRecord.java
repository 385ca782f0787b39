package dev.racereg.benchmarks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hand-written baseline for a row of Actigo's registrations CSV, bound by
 * jackson-dataformat-csv: the documented columns with the birth date typed, every other column
 * kept.
 */
final class ActigoCsvRecord {
  @JsonProperty("registration.id") String id;
  @JsonProperty("registration.state") String state;
  @JsonProperty("registration.startNumber") String startNumber;
  @JsonProperty("person.id") String personId;
  @JsonProperty("person.givenName") String givenName;
  @JsonProperty("person.middleName") String middleName;
  @JsonProperty("person.surname") String surname;
  @JsonProperty("person.sex") String sex;
  LocalDate birthDate;
  final Map<String, String> other = new LinkedHashMap<>();

  @JsonProperty("person.birthDate")
  void birthDate(String value) {
    birthDate = value == null || value.isEmpty() ? null : LocalDate.parse(value);
  }

  @JsonAnySetter
  void other(String key, String value) {
    other.put(key, value);
  }
}
