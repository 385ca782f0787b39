package dev.racereg.benchmarks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hand-written baseline for a PACE export row: the same typed fields the SDK's
 * {@code PaceParticipant} exposes (amounts as {@link BigDecimal}, instants, a date, the licence
 * flag as a boolean) bound by plain Jackson, and every other key kept as a custom field.
 */
final class PaceRecord {
  @JsonProperty("Event name") String eventName;
  @JsonProperty("Distance") String distance;
  @JsonProperty("Group") String group;
  @JsonProperty("Payment") BigDecimal payment;
  @JsonProperty("Currency") String currency;
  boolean licenceValidation;
  Instant orderDate;
  @JsonProperty("Order number") String orderNumber;
  @JsonProperty("Status") String status;
  Instant updatedAt;
  @JsonProperty("First name") String firstName;
  @JsonProperty("Last name") String lastName;
  @JsonProperty("Email") String email;
  LocalDate birthdate;
  @JsonProperty("Gender") String gender;
  @JsonProperty("Country") String country;
  @JsonProperty("Phone") String phone;
  @JsonProperty("Nationality") String nationality;
  @JsonProperty("Sport ID") String sportId;
  final Map<String, Object> customFields = new LinkedHashMap<>();

  @JsonProperty("License validation")
  void licenceValidation(String value) {
    licenceValidation = "Yes".equalsIgnoreCase(value);
  }

  @JsonProperty("Order date")
  void orderDate(String value) {
    orderDate = value == null ? null : Instant.parse(value);
  }

  @JsonProperty("Updated at")
  void updatedAt(String value) {
    updatedAt = value == null ? null : Instant.parse(value);
  }

  @JsonProperty("Birthdate")
  void birthdate(String value) {
    birthdate = value == null ? null : LocalDate.parse(value);
  }

  @JsonAnySetter
  void custom(String key, Object value) {
    customFields.put(key, value);
  }
}
