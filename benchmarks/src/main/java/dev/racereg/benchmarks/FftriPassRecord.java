package dev.racereg.benchmarks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hand-written baseline for one pass of FFTri's id-keyed pass list: the same typed fields as
 * {@code Pass} (dates, the {@code "1"}/{@code "0"} flags as booleans, ids as numbers), every
 * other key kept.
 */
final class FftriPassRecord {
  @JsonProperty("firstname") String firstName;
  @JsonProperty("lastname") String lastName;
  LocalDate birthDate;
  @JsonProperty("email") String email;
  @JsonProperty("passNumber") String passNumber;
  LocalDate created;
  @JsonProperty("statusDescription") String status;
  Boolean paid;
  Boolean refunded;
  @JsonProperty("type") String type;
  @JsonProperty("typeDescription") String typeDescription;
  @JsonProperty("trial") Long trialId;
  @JsonProperty("event") Long eventId;
  @JsonProperty("discipline") String discipline;
  @JsonProperty("distance") String distance;
  LocalDate date;
  @JsonProperty("eventName") String eventName;
  @JsonProperty("place") String place;
  @JsonProperty("city") String city;
  @JsonProperty("zip") String zip;
  final Map<String, Object> other = new LinkedHashMap<>();

  @JsonProperty("birthDate")
  void birthDate(String value) {
    birthDate = parseDate(value);
  }

  @JsonProperty("created")
  void created(String value) {
    created = parseDate(value);
  }

  @JsonProperty("date")
  void date(String value) {
    date = parseDate(value);
  }

  @JsonProperty("isPaid")
  void paid(String value) {
    paid = flag(value);
  }

  @JsonProperty("refund")
  void refunded(String value) {
    refunded = flag(value);
  }

  private static LocalDate parseDate(String value) {
    return value == null || value.isEmpty() ? null : LocalDate.parse(value);
  }

  private static Boolean flag(String value) {
    return value == null ? null : value.equals("1") || value.equalsIgnoreCase("true");
  }

  @JsonAnySetter
  void other(String key, Object value) {
    other.put(key, value);
  }
}
