package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuWire.INVALID_DATE;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_PARAMETERS;
import static dev.racereg.testkit.runsignup.RunSignupSimulator.DEFAULT_RESULTS_PER_PAGE;
import static dev.racereg.testkit.runsignup.RunSignupSimulator.MAX_RESULTS_PER_PAGE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.runsignup.RsuParams.Paging;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request's parameters as RunSignup reads them: query parameters and form fields together, a
 * query parameter winning over a form field; with the shared parsing of numbers, flags, the
 * request document's format and the paging parameters of the participant lists.
 */
final class RsuParams {

  private final SimRequest request;
  private Map<String, List<String>> form;

  RsuParams(SimRequest request) {
    this.request = request;
  }

  String get(String name) {
    Optional<String> q = request.query(name);
    if (q.isPresent()) {
      return q.get();
    }
    List<String> values = form().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  Map<String, List<String>> form() {
    if (form == null) {
      String type = request.header("Content-Type").orElse("application/x-www-form-urlencoded");
      form = type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
          ? request.formFields() : Map.of();
    }
    return form;
  }

  /** Form fields only, first value each (OAuth token endpoints read the body). */
  Map<String, String> formMap() {
    Map<String, String> out = new HashMap<>();
    form().forEach((k, v) -> {
      if (!v.isEmpty()) {
        out.put(k, v.get(0));
      }
    });
    return out;
  }

  record Paging(long page, int perPage, boolean desc, long after, long modifiedAfter) {
    long skip() {
      return (page - 1) * perPage;
    }
  }

  static Paging paging(RsuParams p) {
    long page = longParam(p, "page", 1);
    long perPage = longParam(p, "results_per_page", DEFAULT_RESULTS_PER_PAGE);
    if (page < 1) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: page starts at 1");
    }
    if (perPage < 1 || perPage > MAX_RESULTS_PER_PAGE) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS,
          "Invalid parameters: results_per_page must be between 1 and " + MAX_RESULTS_PER_PAGE);
    }
    String sort = p.get("sort");
    boolean desc = false;
    if (sort != null && !sort.isBlank()) {
      String normal = sort.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (normal.equals("registration_id desc")) {
        desc = true;
      } else if (!normal.equals("registration_id asc") && !normal.equals("registration_id")) {
        throw new RsuWire.ApiError(INVALID_PARAMETERS,
            "Invalid parameters: sort must be registration_id ASC or registration_id DESC");
      }
    }
    long after = longParam(p, "after_registration_id", Long.MIN_VALUE);
    long modifiedAfter;
    String ts = p.get("modified_after_timestamp");
    try {
      modifiedAfter = ts == null || ts.isBlank() ? Long.MIN_VALUE : Long.parseLong(ts.trim());
    } catch (NumberFormatException e) {
      throw new RsuWire.ApiError(INVALID_DATE,
          RsuWire.message(INVALID_DATE) + ": modified_after_timestamp must be a unix timestamp");
    }
    return new Paging(page, (int) perPage, desc, after, modifiedAfter);
  }

  static long longParam(RsuParams p, String name, long fallback) {
    String value = p.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: " + name + " must be a whole number");
    }
  }

  static boolean flag(RsuParams p, String name) {
    return "T".equalsIgnoreCase(p.get(name));
  }

  static RsuWire.Format requestFormat(RsuParams p) {
    String value = p.get("request_format");
    if (value == null || value.equalsIgnoreCase("xml")) {
      return RsuWire.Format.XML;
    }
    if (value.equalsIgnoreCase("json")) {
      return RsuWire.Format.JSON;
    }
    throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: request_format must be json or xml");
  }

  static String pick(RsuParams p, JsonNode doc, String name) {
    String value = p.get(name);
    return value != null ? value : RsuWire.text(doc, name);
  }
}
