package dev.racereg.testkit.pace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a PACE participant export as the simulator holds it: the typed form of one object
 * of the {@code getParticipants} array. The simulator writes it with the human-readable labels
 * PACE uses ({@code "First name"}, {@code "Updated at"}, ...).
 *
 * <p>Immutable. The {@code with...} methods return edited copies and are meant for
 * {@link PaceSimulator#updateParticipant(String, String, java.util.function.UnaryOperator)} and
 * {@link PaceSimulator#addParticipant(String, java.util.function.UnaryOperator)}; the simulator
 * itself owns the event name, order number and "Updated at" and ignores edits to them.
 *
 * @param eventName the {@code "Event name"} column ({@code "Tapahtuma"} in Finnish)
 * @param distance the {@code "Distance"} column, one of the event's distances
 * @param group the {@code "Group"} column, one of the event's groups
 * @param payment the {@code "Payment"} column, in major currency units (may have decimals)
 * @param currency the {@code "Currency"} column, an ISO 4217 code
 * @param licenseValidation the {@code "License validation"} column, written {@code "Yes"}/{@code "No"}
 * @param orderDate the {@code "Order date"} column, millisecond precision
 * @param orderNumber the {@code "Order number"} column, two letters and six digits, unique per event
 * @param status the {@code "Status"} column: {@value #SUCCEEDED} (documented) or one of the
 *     inferred {@value #PENDING}, {@value #REFUNDED}, {@value #CANCELED}
 * @param updatedAt the {@code "Updated at"} column, millisecond precision
 * @param firstName the {@code "First name"} column
 * @param lastName the {@code "Last name"} column
 * @param email the {@code "Email"} column
 * @param birthdate the {@code "Birthdate"} column, written {@code yyyy-MM-dd}
 * @param gender the {@code "Gender"} column, {@value #FEMALE} or {@value #MALE}
 * @param country the {@code "Country"} column (country of residence), ISO 3166 alpha-2
 * @param phone the {@code "Phone"} column, E.164
 * @param nationality the {@code "Nationality"} column, ISO 3166 alpha-2
 * @param sportId the {@code "Sport ID"} column: seven digits, or empty for an athlete without one
 * @param customFields the organiser's custom fields by label, in form order; a label missing from
 *     the map is missing from the JSON object too
 */
public record PaceParticipantRow(
    String eventName,
    String distance,
    String group,
    BigDecimal payment,
    String currency,
    boolean licenseValidation,
    Instant orderDate,
    String orderNumber,
    String status,
    Instant updatedAt,
    String firstName,
    String lastName,
    String email,
    LocalDate birthdate,
    String gender,
    String country,
    String phone,
    String nationality,
    String sportId,
    Map<String, String> customFields) {

  /** The documented status of a paid registration. */
  public static final String SUCCEEDED = "succeeded";
  /** An order whose payment is not completed (inferred: not in PACE's documentation). */
  public static final String PENDING = "pending";
  /** A paid registration refunded later (inferred: not in PACE's documentation). */
  public static final String REFUNDED = "refunded";
  /** A registration cancelled before or without payment (inferred: not in PACE's documentation). */
  public static final String CANCELED = "canceled";
  /** The value of the {@code "Gender"} column for women. */
  public static final String FEMALE = "female";
  /** The value of the {@code "Gender"} column for men. */
  public static final String MALE = "male";

  /**
   * Checks that no component is null and freezes the custom fields in their order.
   *
   * @throws NullPointerException if a component, a custom field label or value is null
   */
  public PaceParticipantRow {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(distance, "distance");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(orderDate, "orderDate");
    Objects.requireNonNull(orderNumber, "orderNumber");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(birthdate, "birthdate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(nationality, "nationality");
    Objects.requireNonNull(sportId, "sportId");
    Objects.requireNonNull(customFields, "customFields");
    Map<String, String> copy = new LinkedHashMap<>();
    customFields.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "custom field label"),
        Objects.requireNonNull(v, "custom field value")));
    customFields = Collections.unmodifiableMap(copy);
  }

  /**
   * A copy on another distance.
   *
   * @param value the distance
   * @return the copy
   */
  public PaceParticipantRow withDistance(String value) {
    return new PaceParticipantRow(eventName, value, group, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, sportId, customFields);
  }

  /**
   * A copy in another group.
   *
   * @param value the group
   * @return the copy
   */
  public PaceParticipantRow withGroup(String value) {
    return new PaceParticipantRow(eventName, distance, value, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, sportId, customFields);
  }

  /**
   * A copy with another payment amount.
   *
   * @param value the amount in major units
   * @return the copy
   */
  public PaceParticipantRow withPayment(BigDecimal value) {
    return new PaceParticipantRow(eventName, distance, group, value, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, sportId, customFields);
  }

  /**
   * A copy with another license validation.
   *
   * @param value true for {@code "Yes"}
   * @return the copy
   */
  public PaceParticipantRow withLicenseValidation(boolean value) {
    return new PaceParticipantRow(eventName, distance, group, payment, currency, value, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, sportId, customFields);
  }

  /**
   * A copy with another status.
   *
   * @param value the status, for example {@value #REFUNDED}
   * @return the copy
   */
  public PaceParticipantRow withStatus(String value) {
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, orderDate,
        orderNumber, value, updatedAt, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, sportId, customFields);
  }

  /**
   * A copy with another name.
   *
   * @param first the first name
   * @param last the last name
   * @return the copy
   */
  public PaceParticipantRow withName(String first, String last) {
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, first, last, email, birthdate, gender, country, phone,
        nationality, sportId, customFields);
  }

  /**
   * A copy with another e-mail address.
   *
   * @param value the address
   * @return the copy
   */
  public PaceParticipantRow withEmail(String value) {
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, value, birthdate, gender, country, phone,
        nationality, sportId, customFields);
  }

  /**
   * A copy with another phone number.
   *
   * @param value the number
   * @return the copy
   */
  public PaceParticipantRow withPhone(String value) {
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, gender, country, value,
        nationality, sportId, customFields);
  }

  /**
   * A copy with another birthdate.
   *
   * @param value the date
   * @return the copy
   */
  public PaceParticipantRow withBirthdate(LocalDate value) {
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, value, gender, country, phone,
        nationality, sportId, customFields);
  }

  /**
   * A copy with another gender.
   *
   * @param value {@value #FEMALE} or {@value #MALE}
   * @return the copy
   */
  public PaceParticipantRow withGender(String value) {
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, value, country, phone,
        nationality, sportId, customFields);
  }

  /**
   * A copy with another Sport ID.
   *
   * @param value seven digits, or empty
   * @return the copy
   */
  public PaceParticipantRow withSportId(String value) {
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, value, customFields);
  }

  /**
   * A copy with one custom field set (added at the end if the row did not have it).
   *
   * @param label the field label
   * @param value the value, possibly empty
   * @return the copy
   */
  public PaceParticipantRow withCustomField(String label, String value) {
    Map<String, String> fields = new LinkedHashMap<>(customFields);
    fields.put(label, value);
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, sportId, fields);
  }

  /**
   * A copy without one custom field: the key disappears from the JSON object.
   *
   * @param label the field label
   * @return the copy
   */
  public PaceParticipantRow withoutCustomField(String label) {
    Map<String, String> fields = new LinkedHashMap<>(customFields);
    fields.remove(label);
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, orderDate,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, sportId, fields);
  }

  /** The simulator's stamp: owned fields forced to the stored values. */
  PaceParticipantRow stamped(String event, String order, Instant updated) {
    return new PaceParticipantRow(event, distance, group, payment, currency, licenseValidation, orderDate,
        order, status, updated, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, sportId, customFields);
  }

  /** A copy with another order date (used when a registration is created now). */
  PaceParticipantRow withOrderDate(Instant value) {
    return new PaceParticipantRow(eventName, distance, group, payment, currency, licenseValidation, value,
        orderNumber, status, updatedAt, firstName, lastName, email, birthdate, gender, country, phone,
        nationality, sportId, customFields);
  }
}
