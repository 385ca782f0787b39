package dev.racereg.testkit.fftri;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SimRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import mockwebserver3.MockResponse;

/** What the FFTri handlers share: reading path parameters and JSON bodies, refusing with 400. */
final class FftriRequests {

  /** The platform's time zone: dates (today, birth dates, pass creation) are French dates. */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private FftriRequests() {}

  // ---- parsing helpers -------------------------------------------------------------------

  static String flag(boolean value) {
    return value ? "1" : "0";
  }

  static Optional<Integer> parseId(String text) {
    if (text == null || !text.matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  static JsonNode parseBody(SimRequest request, MockResponse onError) {
    try {
      JsonNode node = FftriWire.MAPPER.readTree(request.bodyText());
      if (node == null || !node.isObject()) {
        throw new FftriRefusal(onError);
      }
      return node;
    } catch (IOException e) {
      throw new FftriRefusal(onError);
    }
  }

  /** A scalar field as trimmed text; {@code null} when absent, null or blank. */
  static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String value = node.asText().trim();
    return value.isEmpty() ? null : value;
  }

  static String required(JsonNode body, String field) {
    String value = text(body, field);
    if (value == null) {
      throw new FftriRefusal(FftriWire.badRequest("Missing parameter: " + field));
    }
    return value;
  }

  /** An integer sent as a JSON number or a numeric string (PHP callers send both). */
  static int requiredInt(JsonNode body, String field) {
    String value = required(body, field);
    try {
      return new BigDecimal(value).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid " + field + ", expected an integer"));
    }
  }

  static int optionalInt(JsonNode body, String field, int fallback) {
    return text(body, field) == null ? fallback : requiredInt(body, field);
  }

  static BigDecimal decimal(JsonNode body, String field) {
    String value = required(body, field);
    try {
      BigDecimal amount = new BigDecimal(value);
      if (amount.signum() < 0) {
        throw new NumberFormatException("negative");
      }
      return amount;
    } catch (NumberFormatException e) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid " + field + ", expected an amount"));
    }
  }

  static void requireFlag(int value, String field) {
    if (value != 0 && value != 1) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid " + field + ", expected 0 or 1"));
    }
  }

  static LocalDate date(String value, String field) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid " + field + ", expected YYYY-MM-DD"));
    }
  }


  static SeasonRow requireSeason(FftriWorld world, String param) {
    return parseId(param).flatMap(world::season)
        .orElseThrow(() -> new FftriRefusal(FftriWire.notFound("Season not found")));
  }

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), PARIS);
  }
}
