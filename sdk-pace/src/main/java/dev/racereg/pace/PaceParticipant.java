package dev.racereg.pace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.OpenEnum;
import dev.racereg.core.internal.codec.IsoTimes;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.UnknownFieldsModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant of a PACE event, as one object of the participant export. Immutable.
 *
 * <p>PACE keys each object by human-readable labels ({@code "First name"}), translated when
 * Finnish is requested (see {@link PaceLanguage}). This class reads every documented column into
 * a typed accessor, whatever label it arrived under ({@link PaceField} is the label table); keys
 * it does not recognise (the organiser's own registration-form questions, or a column PACE adds
 * or renames) are this SDK's unknown members: kept, in order, as JSON in {@link #unknownFields()},
 * and readable as text with {@link #customField(String)}.
 *
 * <p>{@link #row()} is a different thing: the whole object exactly as received, documented columns
 * included under the label they arrived with (a Finnish export keeps its Finnish keys there). It
 * is what {@link #of(Map)} reads and what {@link #toBuilder()} starts from, so a stored row can be
 * read again later with a newer label table.
 *
 * <p>Every documented column may be missing or empty (JSON {@code null} or {@code ""}); its
 * accessor is then empty. A documented column holding a value of the wrong form (an order date
 * that is not an RFC 3339 instant, a payment that is not a number) is a format change worth
 * knowing about: parsing fails, naming the column but not its value (values are personal data).
 *
 * <p>Values are plain Java: {@link String}, {@link Boolean}, {@link Integer}, {@link Long},
 * {@link BigInteger} or {@link BigDecimal} for numbers, {@code null}, and unmodifiable
 * {@link List}s and {@link Map}s for nested JSON.
 */
public final class PaceParticipant extends UnknownFieldsModel {

  private static final PaceField[] FIELDS = PaceField.values();
  /** Keeps decimals as sent: an unknown member of 30.50 stays 30.50, not 30.5. */
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final Map<String, Object> row;
  /** For each documented column (by ordinal), the key it arrived under; null if absent. */
  private final String[] labels;
  private final String eventName;
  private final String distance;
  private final String group;
  private final BigDecimal paymentAmount;
  private final String currency;
  private final Money payment;
  private final PaceLicenceValidation licenceValidation;
  private final Instant orderDate;
  private final String orderNumber;
  private final PaceStatus status;
  private final Instant updatedAt;
  private final String firstName;
  private final String lastName;
  private final String email;
  private final LocalDate birthDate;
  private final PaceGender gender;
  private final String country;
  private final String phone;
  private final String nationality;
  private final String sportId;

  /** Reads {@code row}, which must be unmodifiable and hold only the value types listed above. */
  private PaceParticipant(Map<String, Object> row) {
    this.row = row;
    this.labels = new String[FIELDS.length];
    Object[] values = new Object[FIELDS.length];
    for (Map.Entry<String, Object> e : row.entrySet()) {
      String key = e.getKey();
      PaceField field = PaceField.lookup(key);
      if (field != null && labels[field.ordinal()] == null) {
        labels[field.ordinal()] = key;
        values[field.ordinal()] = e.getValue();
      } else {
        // a second spelling of a column already read is kept too, as PACE sent it
        putUnknownField(key, toJson(e.getValue()));
      }
    }
    Reader r = new Reader(values, labels);
    this.eventName = r.text(PaceField.EVENT_NAME);
    this.distance = r.text(PaceField.DISTANCE);
    this.group = r.text(PaceField.GROUP);
    this.paymentAmount = r.decimal(PaceField.PAYMENT);
    String code = r.text(PaceField.CURRENCY);
    this.currency = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    this.payment = r.money(paymentAmount, currency);
    this.licenceValidation = r.licenceValidation(PaceField.LICENCE_VALIDATION);
    this.orderDate = r.instant(PaceField.ORDER_DATE);
    this.orderNumber = r.text(PaceField.ORDER_NUMBER);
    String s = r.text(PaceField.STATUS);
    this.status = s == null ? null : PaceStatus.of(s);
    this.updatedAt = r.instant(PaceField.UPDATED_AT);
    this.firstName = r.text(PaceField.FIRST_NAME);
    this.lastName = r.text(PaceField.LAST_NAME);
    this.email = r.text(PaceField.EMAIL);
    this.birthDate = r.date(PaceField.BIRTHDATE);
    String g = r.text(PaceField.GENDER);
    this.gender = g == null ? null : PaceGender.of(g);
    this.country = r.text(PaceField.COUNTRY);
    this.phone = r.text(PaceField.PHONE);
    this.nationality = r.text(PaceField.NATIONALITY);
    this.sportId = r.text(PaceField.SPORT_ID);
  }

  /**
   * Reads one participant object as PACE sends it, keys in either language.
   *
   * @param row the object's keys and values in order; values as described on this class (Jackson
   *     produces them when reading JSON into a {@code Map})
   * @throws IllegalArgumentException if a documented column holds a value of the wrong form (the
   *     message names the column, never the value), or a value is of another type than those
   *     listed on this class ({@code java.time} values and open enums are accepted and stored as
   *     their ISO-8601 text or spelling)
   * @throws NullPointerException if {@code row} or one of its keys is null
   */
  public static PaceParticipant of(Map<String, ?> row) {
    Objects.requireNonNull(row, "row");
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : row.entrySet()) {
      copy.put(Objects.requireNonNull(e.getKey(), "key"), freeze(e.getValue()));
    }
    return new PaceParticipant(Collections.unmodifiableMap(copy));
  }

  /**
   * Reads a row Jackson has just decoded into a map of its own ({@link ParticipantStreamer}),
   * taking the map over instead of copying it: scalars are already of the listed types (floats
   * as {@link BigDecimal}), so only nested objects and arrays are frozen, in place.
   */
  static PaceParticipant ofDecoded(LinkedHashMap<String, Object> row) {
    for (Map.Entry<String, Object> e : row.entrySet()) {
      Object value = e.getValue();
      if (value instanceof Map || value instanceof List) {
        e.setValue(freeze(value));
      }
    }
    return new PaceParticipant(Collections.unmodifiableMap(row));
  }

  /** A builder for a participant object (tests, fixtures, re-reading stored exports). */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>());
  }

  /** A builder holding this participant's row, as received. */
  public Builder toBuilder() {
    return new Builder(new LinkedHashMap<>(row));
  }

  /**
   * The whole participant object exactly as received: every key (documented columns under the
   * label they arrived with, and the unknown members) with its value, in order, values as
   * described on this class. Unmodifiable. For only the members this SDK does not model, use
   * {@link #unknownFields()}; for a documented column under whichever label it arrived, use
   * {@link #rowValue(PaceField)} or its typed accessor.
   */
  public Map<String, Object> row() {
    return row;
  }

  /**
   * The value of one unknown member (usually one of the organiser's own questions, such as a club
   * or a T-shirt size, labels untranslated) as text: numbers in plain notation, booleans as
   * {@code true} / {@code false}. Empty if there is no such unknown member, or it is null, blank,
   * an object or an array (read those from {@link #unknownFields()}). A documented column's label
   * is not a custom field: read it through its typed accessor.
   */
  public Optional<String> customField(String label) {
    PaceField field = label == null ? null : PaceField.lookup(label);
    if (field != null && label.equals(labels[field.ordinal()])) {
      return Optional.empty();
    }
    return Optional.ofNullable(asText(row.get(label))).filter(v -> !v.isBlank());
  }

  /**
   * A documented column's value as received, under whichever label it arrived; empty if absent or
   * null.
   */
  public Optional<Object> rowValue(PaceField field) {
    String label = labels[field.ordinal()];
    return label == null ? Optional.empty() : Optional.ofNullable(row.get(label));
  }

  /** {@code "Event name"} ({@code "Tapahtuma"} in Finnish). */
  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  /** {@code "Distance"}: the race the participant entered ("Marathon"). */
  public Optional<String> distance() {
    return Optional.ofNullable(distance);
  }

  /** {@code "Group"}: the category or start group ("General", "Elite"). */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * The amount paid with its currency: {@code "Payment"} (major units, decimals allowed:
   * {@code 30} is 30.00 EUR) and {@code "Currency"}. Empty if either is missing.
   */
  public Optional<Money> payment() {
    return Optional.ofNullable(payment);
  }

  /** {@code "Payment"} as PACE sends it, in major units of the currency ({@code 30}, {@code 22.5}). */
  public Optional<BigDecimal> paymentAmount() {
    return Optional.ofNullable(paymentAmount);
  }

  /** {@code "Currency"}: the ISO 4217 code, upper case ("EUR"). */
  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  /** {@code "License validation"}: whether the licence was validated ("Yes"/"No"). */
  public Optional<PaceLicenceValidation> licenceValidation() {
    return Optional.ofNullable(licenceValidation);
  }

  /** {@code "Order date"}: when the order was placed. */
  public Optional<Instant> orderDate() {
    return Optional.ofNullable(orderDate);
  }

  /** {@code "Order number"} ("KI759205"). One order may cover several participants. */
  public Optional<String> orderNumber() {
    return Optional.ofNullable(orderNumber);
  }

  /** {@code "Status"}: the order's payment status ("succeeded"). */
  public Optional<PaceStatus> status() {
    return Optional.ofNullable(status);
  }

  /** {@code "Updated at"}: when PACE last changed this participant; the export is sorted by it. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** {@code "First name"}. */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** {@code "Last name"}. */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** {@code "Email"}. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** {@code "Birthdate"}. */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /** {@code "Gender"} ("female", "male"; other values kept as sent). */
  public Optional<PaceGender> gender() {
    return Optional.ofNullable(gender);
  }

  /** {@code "Country"}: country of residence, as sent (ISO 3166 alpha-2 in the documentation). */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** {@code "Phone"}, as entered ("+358412345678"). */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** {@code "Nationality"}, as sent (ISO 3166 alpha-2 in the documentation). */
  public Optional<String> nationality() {
    return Optional.ofNullable(nationality);
  }

  /** {@code "Sport ID"}: the athlete's licence number, as text so leading zeros stay ("0123456"). */
  public Optional<String> sportId() {
    return Optional.ofNullable(sportId);
  }

  /** Equal when the rows are equal (every typed value and unknown member derives from them). */
  @Override
  public boolean equals(Object o) {
    return o instanceof PaceParticipant && row.equals(((PaceParticipant) o).row);
  }

  @Override
  public int hashCode() {
    return row.hashCode();
  }

  /** Order number, name, distance and status; no contact details. */
  @Override
  public String toString() {
    return "PaceParticipant{order=" + orderNumber + ", " + firstName + " " + lastName + ", "
        + distance + ", " + status + "}";
  }

  static String asText(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }

  /** A row value (one of the types listed on this class) as JSON. */
  private static JsonNode toJson(Object value) {
    JsonNodeFactory nodes = NODES;
    if (value == null) {
      return nodes.nullNode();
    }
    if (value instanceof String) {
      return nodes.textNode((String) value);
    }
    if (value instanceof Boolean) {
      return nodes.booleanNode((Boolean) value);
    }
    if (value instanceof Integer) {
      return nodes.numberNode((Integer) value);
    }
    if (value instanceof Long) {
      return nodes.numberNode((Long) value);
    }
    if (value instanceof BigInteger) {
      return nodes.numberNode((BigInteger) value);
    }
    if (value instanceof BigDecimal) {
      return nodes.numberNode((BigDecimal) value);
    }
    if (value instanceof Map) {
      ObjectNode object = nodes.objectNode();
      ((Map<?, ?>) value).forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
      return object;
    }
    if (value instanceof List) {
      ArrayNode array = nodes.arrayNode();
      ((List<?>) value).forEach(item -> array.add(toJson(item)));
      return array;
    }
    throw new IllegalStateException("not a row value: " + value.getClass().getName());
  }

  private static Object freeze(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        copy.put(String.valueOf(e.getKey()), freeze(e.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (List<?>) value) {
        copy.add(freeze(item));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof TemporalAccessor || value instanceof OpenEnum || value instanceof Character) {
      return value.toString(); // as PACE would write it: ISO-8601 text, the value's own spelling
    }
    throw new IllegalArgumentException("unsupported value type " + value.getClass().getName());
  }

  /** Reads typed values from the documented columns; failures name the column, not the value. */
  private static final class Reader {
    private final Object[] values;
    private final String[] labels;

    Reader(Object[] values, String[] labels) {
      this.values = values;
      this.labels = labels;
    }

    private Object value(PaceField field) {
      return values[field.ordinal()];
    }

    private String label(PaceField field) {
      return labels[field.ordinal()];
    }

    String text(PaceField field) {
      Object v = value(field);
      if (v == null) {
        return null;
      }
      String text = asText(v);
      if (text == null) {
        throw new IllegalArgumentException("'" + label(field) + "' is " + kind(v) + ", expected text");
      }
      return text.isBlank() ? null : text.strip();
    }

    BigDecimal decimal(PaceField field) {
      Object v = value(field);
      if (v == null) {
        return null;
      }
      if (v instanceof BigDecimal) {
        return (BigDecimal) v;
      }
      if (v instanceof Integer || v instanceof Long) {
        return BigDecimal.valueOf(((Number) v).longValue());
      }
      if (v instanceof BigInteger) {
        return new BigDecimal((BigInteger) v);
      }
      if (v instanceof String) {
        String s = ((String) v).strip();
        if (s.isEmpty()) {
          return null;
        }
        try {
          return new BigDecimal(s);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + label(field) + "' is not a number");
        }
      }
      throw new IllegalArgumentException("'" + label(field) + "' is " + kind(v) + ", expected a number");
    }

    Money money(BigDecimal amount, String currencyCode) {
      if (amount == null || currencyCode == null) {
        return null;
      }
      Currency currency;
      try {
        currency = Currency.getInstance(currencyCode);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + label(PaceField.CURRENCY) + "' is not an ISO 4217 currency code");
      }
      try {
        return Money.ofMajor(amount, currency);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("'" + label(PaceField.PAYMENT) + "' has more decimals than "
            + currency.getCurrencyCode() + " allows");
      }
    }

    Instant instant(PaceField field) {
      String s = text(field);
      if (s == null) {
        return null;
      }
      Instant fast = IsoTimes.instant(s);
      if (fast != null) {
        return fast;
      }
      // RFC 3339 allows a space instead of the 'T'
      String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
      try {
        return OffsetDateTime.parse(iso).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + label(field) + "' is not an RFC 3339 date-time with an offset");
      }
    }

    LocalDate date(PaceField field) {
      String s = text(field);
      if (s == null) {
        return null;
      }
      LocalDate fast = IsoTimes.date(s);
      if (fast != null) {
        return fast;
      }
      // a date stored as midnight of a date-time: the calendar date is its first ten characters
      String day = s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ') ? s.substring(0, 10) : s;
      try {
        return LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + label(field) + "' is not a date (yyyy-MM-dd)");
      }
    }

    PaceLicenceValidation licenceValidation(PaceField field) {
      Object v = value(field);
      if (v instanceof Boolean) {
        return (Boolean) v ? PaceLicenceValidation.YES : PaceLicenceValidation.NO;
      }
      String s = text(field);
      return s == null ? null : PaceLicenceValidation.of(s);
    }

    private static String kind(Object v) {
      return v instanceof List ? "a list" : v instanceof Map ? "an object" : "a " + v.getClass().getSimpleName();
    }
  }

  /**
   * Builds a participant object key by key, in order, then reads it like {@link #of(Map)}. Not
   * thread-safe.
   */
  public static final class Builder {
    private final Map<String, Object> row;

    private Builder(Map<String, Object> row) {
      this.row = row;
    }

    /** Sets a documented column under its English label (replacing it under any other label). */
    public Builder set(PaceField field, Object value) {
      row.keySet().removeIf(field::matches);
      row.put(field.englishLabel(), value);
      return this;
    }

    /** Sets any key, exactly as given (a custom field, or a column under a translated label). */
    public Builder set(String label, Object value) {
      row.put(Objects.requireNonNull(label, "label"), value);
      return this;
    }

    /** Removes a key. */
    public Builder remove(String label) {
      row.remove(label);
      return this;
    }

    /**
     * Builds the participant.
     *
     * @throws IllegalArgumentException as {@link PaceParticipant#of(Map)}
     */
    public PaceParticipant build() {
      return of(row);
    }
  }
}
