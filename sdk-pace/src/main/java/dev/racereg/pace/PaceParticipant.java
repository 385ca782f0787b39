package dev.racereg.pace;

import dev.racereg.core.OpenEnum;
import dev.racereg.core.model.Money;
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
import java.util.EnumMap;
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
 * it does not recognise are the organiser's own registration-form questions and are kept, in
 * order, in {@link #customFields()}. {@link #raw()} always holds every key and value exactly as
 * received, so nothing PACE sends is lost.
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
public final class PaceParticipant {

  private final Map<String, Object> raw;
  private final Map<String, Object> customFields;
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

  private PaceParticipant(Map<String, Object> raw) {
    this.raw = raw;
    Map<PaceField, String> keys = new EnumMap<>(PaceField.class);
    Map<String, Object> custom = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      Optional<PaceField> field = PaceField.forLabel(e.getKey());
      if (field.isPresent() && !keys.containsKey(field.get())) {
        keys.put(field.get(), e.getKey());
      } else {
        custom.put(e.getKey(), e.getValue());
      }
    }
    this.customFields = Collections.unmodifiableMap(custom);
    Reader r = new Reader(raw, keys);
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

  /** A builder for a participant object (tests, fixtures, re-reading stored exports). */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>());
  }

  /** A builder holding this participant's raw keys and values. */
  public Builder toBuilder() {
    return new Builder(new LinkedHashMap<>(raw));
  }

  /** Every key and value exactly as received, in order. Unmodifiable. */
  public Map<String, Object> raw() {
    return raw;
  }

  /**
   * The keys that are not documented columns (the organiser's own questions, such as a club or a
   * T-shirt size) with their values, in the order received, labels untranslated. Unmodifiable.
   */
  public Map<String, Object> customFields() {
    return customFields;
  }

  /**
   * A custom field's value as text (numbers in plain notation, booleans as {@code true} /
   * {@code false}); empty if the field is absent, null or blank.
   */
  public Optional<String> customField(String label) {
    return Optional.ofNullable(asText(customFields.get(label))).filter(v -> !v.isBlank());
  }

  /** The raw value of a documented column, under whichever label it arrived; empty if absent or null. */
  public Optional<Object> rawValue(PaceField field) {
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      if (field.matches(e.getKey()) && !customFields.containsKey(e.getKey())) {
        return Optional.ofNullable(e.getValue());
      }
    }
    return Optional.empty();
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

  /** Equal when the raw objects are equal (every typed value derives from them). */
  @Override
  public boolean equals(Object o) {
    return o instanceof PaceParticipant && raw.equals(((PaceParticipant) o).raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
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
    private final Map<String, Object> raw;
    private final Map<PaceField, String> keys;

    Reader(Map<String, Object> raw, Map<PaceField, String> keys) {
      this.raw = raw;
      this.keys = keys;
    }

    private Object value(PaceField field) {
      String key = keys.get(field);
      return key == null ? null : raw.get(key);
    }

    private String label(PaceField field) {
      return keys.get(field);
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
