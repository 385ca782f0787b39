package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.model.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;

/**
 * Every behaviour of the Actigo API that this SDK <b>infers</b> rather than reads in Actigo's own
 * material, in one place so each guess is cheap to correct. Everything the public Javadoc flags as
 * inferred points here. What is <em>seen</em> (paths, field names, the CSV header, the state and
 * sync result values, Basic auth, amounts in hundredths, birth dates as UTC-midnight instants in
 * JSON and dates in CSV) is not repeated here.
 */
final class ActigoInferred {

  private ActigoInferred() {}

  /** The spelling of the female {@link Sex}: only {@code Male} appears in Actigo's material. */
  static final String FEMALE = "Female";

  /**
   * How many items one sync request carries. Actigo publishes no limit; 500 keeps a request well
   * under a megabyte (about 400 bytes an item) and a failure's blast radius small.
   */
  static final int DEFAULT_CHUNK_SIZE = 500;

  /** The largest chunk the SDK agrees to send in one request (a guard, not Actigo's limit). */
  static final int MAX_CHUNK_SIZE = 10_000;

  /**
   * The {@code Content-Type} of an uploaded CSV. The doc's curl sends none of its own (curl then
   * says {@code application/x-www-form-urlencoded}); Actigo evidently decides by the
   * {@code .csv} path, so the SDK sends the standard CSV type.
   */
  static final String CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

  /** The {@code Accept} header of CSV calls. */
  static final String CSV_ACCEPT = "text/csv";

  /**
   * Sync answers list one item per sent item, in the order sent. The doc shows a one-item
   * exchange only. The SDK matches by position only when the counts agree and every sent
   * registration id is echoed at its own position; otherwise it matches registrations by id
   * (and results by person id) and reports the rest as unconfirmed rather than guessing.
   */
  static final boolean ANSWERS_IN_REQUEST_ORDER = true;

  /**
   * A JSON birth date that is not exactly midnight UTC (say {@code 1975-11-26T23:00:00Z}, a
   * Central European midnight) is read as the date of the nearest midnight. The doc shows
   * midnight UTC only. Any zone from UTC-11 to UTC+12 round-trips this way.
   */
  static LocalDate birthDate(Instant instant) {
    return instant.plus(Duration.ofHours(12)).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * Converts an amount in hundredths of the currency unit (seen: {@code 85000} CZK is 850.00
   * CZK) to {@link Money}. For currencies whose minor unit is not a hundredth (JPY, KWD) the doc
   * says nothing; the SDK keeps the "hundredths of the unit" reading and converts exactly.
   *
   * @throws IllegalArgumentException if the currency code is not ISO 4217
   * @throws ArithmeticException if the amount cannot be expressed in the currency's minor units
   */
  static Money money(long hundredths, String currencyCode) {
    Currency currency = Currency.getInstance(currencyCode);
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    if (digits == 2) {
      return new Money(hundredths, currency);
    }
    return Money.ofMajor(BigDecimal.valueOf(hundredths, 2), currency);
  }

  /**
   * The provider code and message of an error body. Actigo publishes no error format; this reads
   * the common shapes: an object with {@code message}, {@code detail} or {@code title} (Spring,
   * ASP.NET and RFC 7807 problem details, whose {@code errors} object of field lists is
   * summarised as {@code field: message}), {@code error} as text or as an object with
   * {@code code}/{@code message}, and {@code code}/{@code errorCode} beside them.
   *
   * @return code and message, each possibly null
   */
  static String[] errorCodeAndMessage(JsonNode root) {
    String code = text(root, "code", "errorCode", "error_code");
    String message = text(root, "message", "detail", "error_description");
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      code = code != null ? code : text(error, "code", "errorCode");
      message = message != null ? message : text(error, "message", "detail");
    }
    JsonNode errors = root.get("errors");
    if (message == null && errors != null) {
      message = summarise(errors);
    }
    if (message == null) {
      message = text(root, "title");
    }
    if (message == null && error != null && error.isValueNode()) {
      message = error.asText();
    }
    return new String[] {code, message};
  }

  private static String summarise(JsonNode errors) {
    StringBuilder sb = new StringBuilder();
    if (errors.isArray()) {
      for (JsonNode e : errors) {
        append(sb, null, e.isValueNode() ? e.asText() : text(e, "message", "detail", "title"));
      }
    } else if (errors.isObject()) {
      for (Map.Entry<String, JsonNode> e : errors.properties()) {
        JsonNode v = e.getValue();
        append(sb, e.getKey(), v.isArray() && v.size() > 0 ? v.get(0).asText() : v.asText());
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static void append(StringBuilder sb, String field, String message) {
    if (message == null || message.isEmpty() || sb.length() > 300) {
      return;
    }
    sb.append(sb.length() == 0 ? "" : "; ").append(field == null ? "" : field + ": ").append(message);
  }

  private static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isEmpty()) {
        return v.asText();
      }
    }
    return null;
  }

  /**
   * Repeating an external registration's upsert does not create a second one: the doc promises
   * "insert and update" of registrations made outside Actigo without naming a key, so Actigo
   * must recognise the person it created on the first upsert (by the person data sent). This is
   * what makes registration sync safe to retry.
   */
  static final boolean EXTERNAL_UPSERT_MATCHES_PERSON = true;

  /**
   * Actigo's result has one {@code time}; the SDK sends the chip (net) time when a result has one
   * and the gun time otherwise. Actigo does not say which it means; net time is what runners
   * compare and what most results pages show.
   */
  static final boolean RESULT_TIME_IS_CHIP_TIME = true;

  /**
   * Setting a start number sends {@code "person": {"id": ...}} beside the registration {@code id}
   * and {@code startNumber} whenever the person id is known (seen: Actigo's own example does;
   * not required there, since the registration id already names the registration). The bib push
   * target learns the ids from one download of the activity's registrations.
   */
  static final boolean START_NUMBER_SENDS_PERSON_ID = true;
}
