package dev.racereg.benchmarks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written baseline for a Let's Do This participant: the identifiers, instants and
 * numbers typed, nested objects as maps, every other key kept.
 */
final class LdtRecord {
  @JsonProperty("id") String id;
  @JsonProperty("participantIndex") Integer participantIndex;
  @JsonProperty("bookingId") String bookingId;
  @JsonProperty("transactionId") String transactionId;
  @JsonProperty("eventOccurrenceId") String eventOccurrenceId;
  @JsonProperty("eventId") String eventId;
  @JsonProperty("raceId") String raceId;
  @JsonProperty("ticketTitle") String ticketTitle;
  @JsonProperty("ticketId") String ticketId;
  Instant createdAt;
  Instant updatedAt;
  Instant raceStartDate;
  @JsonProperty("waves") List<Object> waves;
  @JsonProperty("fields") List<Field> fields;
  @JsonProperty("booker") Booker booker;
  @JsonProperty("bookerType") String bookerType;
  @JsonProperty("originalTicketPrice") Price originalTicketPrice;
  @JsonProperty("incrementalStatus") String incrementalStatus;
  @JsonProperty("bibNumber") String bibNumber;
  @JsonProperty("statusDetails") List<StatusDetail> statusDetails;
  @JsonProperty("eventName") String eventName;
  @JsonProperty("raceName") String raceName;
  @JsonProperty("sportId") String sportId;
  @JsonProperty("distanceId") String distanceId;
  @JsonProperty("tags") List<Object> tags;
  @JsonProperty("applicationId") String applicationId;
  @JsonProperty("raceDayDetails") Map<String, Object> raceDayDetails;
  @JsonProperty("resultSubmission") Map<String, Object> resultSubmission;
  final Map<String, Object> other = new LinkedHashMap<>();

  @JsonProperty("createdAt")
  void createdAt(String value) {
    createdAt = value == null ? null : Instant.parse(value);
  }

  @JsonProperty("updatedAt")
  void updatedAt(String value) {
    updatedAt = value == null ? null : Instant.parse(value);
  }

  /** One entry of {@code fields}: id, display name, value. */
  record Field(@JsonProperty("id") String id, @JsonProperty("name") String name,
      @JsonProperty("value") Object value) {}

  /** The person who booked. */
  record Booker(@JsonProperty("firstName") String firstName, @JsonProperty("lastName") String lastName,
      @JsonProperty("email") String email) {}

  /** An amount in minor units. */
  record Price(@JsonProperty("value") long value, @JsonProperty("currencyCode") String currencyCode) {}

  /** One status change. */
  record StatusDetail(@JsonProperty("status") String status, @JsonProperty("createdAt") String createdAt) {
    Instant at() {
      return createdAt == null ? null : Instant.parse(createdAt);
    }
  }

  /** The list envelope of the participant lists. */
  static final class Page {
    @JsonProperty("data") List<LdtRecord> data;
    @JsonProperty("page") Map<String, Object> page;
  }

  @JsonProperty("raceStartDate")
  void raceStartDate(String value) {
    raceStartDate = value == null ? null : Instant.parse(value);
  }

  @JsonAnySetter
  void other(String key, Object value) {
    other.put(key, value);
  }
}
