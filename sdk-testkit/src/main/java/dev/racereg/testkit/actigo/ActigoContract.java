package dev.racereg.testkit.actigo;

import dev.racereg.testkit.SimResponses;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;

/**
 * What the Actigo simulator answers that the published documentation does not show, in one
 * place so each guess is cheap to correct. Everything here is <em>inferred</em> unless its comment
 * says <em>seen</em>.
 */
final class ActigoContract {

  private ActigoContract() {}

  /** Seen: organised-activity, registration and person ids are 24 hex digits. */
  static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");

  /** Seen: the CSV columns, exactly and in this order. */
  static final List<String> CSV_HEADER = List.of(
      "registration.id", "registration.state", "registration.startNumber", "person.id",
      "person.givenName", "person.middleName", "person.surname", "person.sex", "person.birthDate");

  /** Seen: the three documented registration states. */
  static final String NEW = "New";
  /** Seen. Only these registrations appear on the start list. */
  static final String CONFIRMED = "Confirmed";
  /** Seen. */
  static final String CANCELLED = "Cancelled";
  /**
   * Inferred: Actigo has a fourth state whose name is not published. The simulator calls it
   * {@code Waitlisted} so that clients can prove an unknown state parses and round-trips.
   */
  static final String WAITLISTED = "Waitlisted";

  /** The states the simulator generates and accepts on inserts. */
  static final List<String> STATES = List.of(NEW, CONFIRMED, CANCELLED, WAITLISTED);

  /** Inferred: the state of an external registration inserted without one. */
  static final String DEFAULT_INSERT_STATE = NEW;

  /** {@code Male} seen, {@code Female} inferred. */
  static final List<String> SEXES = List.of("Male", "Female");

  /** Seen: the sync result types ({@code Deleted} exists but deletion is not supported). */
  static final String CREATED = "Created";
  /** Seen. */
  static final String UPDATED = "Updated";
  /** Seen. */
  static final String UNCHANGED = "Unchanged";
  /** Seen: the registration exists and updating it (this way) is not supported. */
  static final String SKIPPED = "Skipped";

  /** Seen: the login of an account created for an external registration ends with this. */
  static final String LOGIN_DOMAIN = "@actigo.app";

  /** Inferred: language of an account created by the sync API. */
  static final String CREATED_ACCOUNT_LANGUAGE = "cs";

  /** Inferred: the currency of the simulated activities. */
  static final String CURRENCY = "CZK";

  /** Inferred: external registrations were paid outside Actigo, so Actigo records zero. */
  static final long EXTERNAL_AMOUNT = 0;

  /**
   * Seen: {@code created} carries milliseconds, as in {@code 2022-12-06T09:12:03.701Z}. Written by
   * hand because a {@code DateTimeFormatter} dominates the cost of a 200,000-row download.
   */
  static String created(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder s = new StringBuilder(24);
    s.append(t.getYear()).append('-');
    pad(s, t.getMonthValue(), 2).append('-');
    pad(s, t.getDayOfMonth(), 2).append('T');
    pad(s, t.getHour(), 2).append(':');
    pad(s, t.getMinute(), 2).append(':');
    pad(s, t.getSecond(), 2).append('.');
    return pad(s, instant.getNano() / 1_000_000, 3).append('Z').toString();
  }

  private static StringBuilder pad(StringBuilder s, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    return s.append(digits);
  }

  /** Seen: the JSON birth date is midnight UTC, {@code 1975-11-27T00:00:00Z}. */
  static String jsonBirthDate(LocalDate date) {
    return date + "T00:00:00Z";
  }

  /** Inferred: the realm of the {@code WWW-Authenticate} challenge on 401. */
  static final String REALM = "Basic realm=\"actigo.app\"";

  /**
   * Inferred: the error body. Actigo does not publish one; the simulator answers
   * {@code {"status":N,"error":"<reason phrase>","message":"<what was wrong>"}} as
   * {@code application/json} for every error status.
   */
  static MockResponse error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", reason(status));
    body.put("message", message);
    MockResponse response = SimResponses.json(status, body);
    if (status == 401) {
      return response.newBuilder().setHeader("WWW-Authenticate", REALM).build();
    }
    return response;
  }

  /** A 405 naming the allowed methods. */
  static MockResponse methodNotAllowed(String method, String allow) {
    return SimResponses.withAllow(
        error(405, "method " + method + " is not allowed here; allowed: " + allow), allow);
  }

  private static String reason(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      default: return "Error";
    }
  }

  /** The canonical spelling of a state, matched case-insensitively; empty when unknown. */
  static Optional<String> state(String text) {
    return STATES.stream().filter(s -> s.equalsIgnoreCase(text.trim())).findFirst();
  }

  /** The canonical spelling of a sex, matched case-insensitively; empty when unknown. */
  static Optional<String> sex(String text) {
    return SEXES.stream().filter(s -> s.equalsIgnoreCase(text.trim())).findFirst();
  }

  /**
   * Inferred matching rule: two people are the same when their given names and surnames are
   * equal ignoring case and surrounding spaces, and their birth dates are equal. The middle name,
   * sex and country are not part of the identity.
   */
  static String identity(String givenName, String surname, LocalDate birthDate) {
    return normalise(givenName) + "\u0000" + normalise(surname) + "\u0000" + birthDate;
  }

  /** Names are compared ignoring case and surrounding spaces. */
  static boolean sameName(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  private static String normalise(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
