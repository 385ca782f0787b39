package dev.racereg.testkit.pace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import dev.racereg.testkit.SimResponses;

/**
 * Everything about PACE's wire format in one place: the column labels, their translations, how
 * values are written, how {@code updatedAfter} is read, and the (inferred) error body. What the
 * documentation does not show is marked "inferred" so it is cheap to correct.
 */
final class PaceWire {

  static final String EVENT_NAME = "Event name";
  static final String DISTANCE = "Distance";
  static final String GROUP = "Group";
  static final String PAYMENT = "Payment";
  static final String CURRENCY = "Currency";
  static final String LICENSE_VALIDATION = "License validation";
  static final String ORDER_DATE = "Order date";
  static final String ORDER_NUMBER = "Order number";
  static final String STATUS = "Status";
  static final String UPDATED_AT = "Updated at";
  static final String FIRST_NAME = "First name";
  static final String LAST_NAME = "Last name";
  static final String EMAIL = "Email";
  static final String BIRTHDATE = "Birthdate";
  static final String GENDER = "Gender";
  static final String COUNTRY = "Country";
  static final String PHONE = "Phone";
  static final String NATIONALITY = "Nationality";
  static final String SPORT_ID = "Sport ID";

  /** The standard columns in the order of the documented example. */
  static final List<String> STANDARD_LABELS = List.of(EVENT_NAME, DISTANCE, GROUP, PAYMENT, CURRENCY,
      LICENSE_VALIDATION, ORDER_DATE, ORDER_NUMBER, STATUS, UPDATED_AT, FIRST_NAME, LAST_NAME, EMAIL,
      BIRTHDATE, GENDER, COUNTRY, PHONE, NATIONALITY, SPORT_ID);

  /**
   * Finnish labels. Only {@code "Event name" -> "Tapahtuma"} is documented; every other standard
   * label is kept in English (inferred: the real Finnish labels are not published). Custom field
   * labels and all values are never translated.
   */
  private static final Map<String, String> FINNISH = Map.of(EVENT_NAME, "Tapahtuma");

  /** The {@code language} values PACE documents; {@code en} is the default. */
  static final List<String> LANGUAGES = List.of("en", "fi");
  /** The {@code sortDirection} values PACE documents; {@code desc} is the default. */
  static final List<String> SORT_DIRECTIONS = List.of("desc", "asc");

  /** The documented timestamp format: UTC, always three fraction digits, {@code Z}. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)([Zz]|[+-]\\d{2}:\\d{2})");

  private PaceWire() {}

  static boolean isStandardLabel(String label) {
    return STANDARD_LABELS.contains(label) || FINNISH.containsValue(label);
  }

  static String label(String english, String language) {
    return "fi".equals(language) ? FINNISH.getOrDefault(english, english) : english;
  }

  /** One participant as the JSON object PACE returns, keys in the documented order. */
  static Map<String, Object> row(PaceParticipantRow p, String language) {
    Map<String, Object> row = new LinkedHashMap<>(32);
    row.put(label(EVENT_NAME, language), p.eventName());
    row.put(label(DISTANCE, language), p.distance());
    row.put(label(GROUP, language), p.group());
    row.put(label(PAYMENT, language), amount(p.payment()));
    row.put(label(CURRENCY, language), p.currency());
    row.put(label(LICENSE_VALIDATION, language), p.licenseValidation() ? "Yes" : "No");
    row.put(label(ORDER_DATE, language), timestamp(p.orderDate()));
    row.put(label(ORDER_NUMBER, language), p.orderNumber());
    row.put(label(STATUS, language), p.status());
    row.put(label(UPDATED_AT, language), timestamp(p.updatedAt()));
    row.put(label(FIRST_NAME, language), p.firstName());
    row.put(label(LAST_NAME, language), p.lastName());
    row.put(label(EMAIL, language), p.email());
    row.put(label(BIRTHDATE, language), p.birthdate().toString());
    row.put(label(GENDER, language), p.gender());
    row.put(label(COUNTRY, language), p.country());
    row.put(label(PHONE, language), p.phone());
    row.put(label(NATIONALITY, language), p.nationality());
    row.put(label(SPORT_ID, language), p.sportId());
    row.putAll(p.customFields());
    return row;
  }

  /** A JSON number as the doc shows it: {@code 30}, not {@code 30.00}; {@code 46.75} kept. */
  static Number amount(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return stripped.longValueExact();
    }
    return stripped;
  }

  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  /**
   * Reads {@code updatedAfter}: a date ({@code 2022-02-01}, midnight UTC) or an RFC 3339
   * date-time with {@code T} or a space and an offset ({@code Z} or {@code +02:00}). A date-time
   * without offset is rejected (inferred: RFC 3339 requires one).
   *
   * @return the instant, or empty if the text is not one of those forms
   */
  static Optional<Instant> parseUpdatedAfter(String text) {
    try {
      if (DATE_ONLY.matcher(text).matches()) {
        return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      Matcher m = DATE_TIME.matcher(text);
      if (m.matches()) {
        String offset = m.group(3).toUpperCase(Locale.ROOT);
        return Optional.of(OffsetDateTime.parse(m.group(1) + "T" + m.group(2) + offset).toInstant());
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether a row updated at {@code updatedMillis} passes {@code updatedAfter}: strictly later
   * (inferred from the parameter's name), compared at the millisecond precision of the column.
   */
  static boolean isAfter(long updatedMillis, Instant updatedAfter) {
    return updatedMillis > updatedAfter.toEpochMilli();
  }

  /**
   * An error answer. The body shape is inferred (PACE documents none):
   * {@code {"error":"<message>"}} as {@code application/json}.
   */
  static MockResponse error(int status, String message) {
    return SimResponses.json(status, Map.of("error", message));
  }
}
