package dev.racereg.testkit.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * RunSignup's wire conventions: response formats, the error envelope, value formats, and XML.
 *
 * <p>Everything marked <b>inferred</b> here is a reasoned guess (FACTS.md) rather than something
 * read in RunSignup's material; it is kept in this one class so it is cheap to correct:
 * <ul>
 *   <li>XML element names: an object with one field is written as that field's element
 *       ({@code {"race":{..}}} as {@code <race>..</race>}), an object with several fields under
 *       {@code <response>}, and array items under the singular of the array's name
 *       ({@link #SINGULARS}); the top-level participant array is {@code <event_participants>}.</li>
 *   <li>The success bodies: {@code {"success":true}} (registration periods, logout), the
 *       participant edit echo {@code {"participants":[rows]}}, the result-set and result
 *       answers ({@code individual_results_sets}, {@code individual_result_set_id},
 *       {@code num_results_inserted}/{@code num_results_updated}).</li>
 *   <li>The removed-participant envelope, taken to be the participant one (an array of
 *       {@code {"event":..,"participants":[..]}}), and its {@code removed_date} field.</li>
 *   <li>The add-on amount as the price times the quantity, in dollars without a sign
 *       ({@code participant_addons[]} of strings {@code addon_id}, {@code addon_name},
 *       {@code quantity}, {@code amount} is seen in public clients).</li>
 *   <li>The OAuth error bodies (RFC 6749 {@code {"error":..,"error_description":..}} with 400/401).</li>
 * </ul>
 */
final class RsuWire {

  private RsuWire() {}

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final XmlMapper XML_READER = new XmlMapper();

  /** {@code M/d/yyyy HH:mm}: race and participant payloads (seen). */
  static final DateTimeFormatter RACE_DATE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy HH:mm", Locale.US);
  /** {@code MM/dd/yyyy}: a race's next/last date. */
  static final DateTimeFormatter RACE_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
  /** {@code yyyy-MM-dd HH:mm:ss}: removed participants (seen) and registration-period requests. */
  static final DateTimeFormatter SQL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US);
  /** {@code yyyy-MM-dd}: dates of birth (seen). */
  static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US);

  /** Root element of the top-level participant arrays in XML (inferred). */
  static final String XML_EVENT_PARTICIPANTS = "event_participants";

  /** Singular element names for array items in XML (inferred). */
  static final Map<String, String> SINGULARS = Map.ofEntries(
      Map.entry("events", "event"),
      Map.entry("registration_periods", "registration_period"),
      Map.entry("participants", "participant"),
      Map.entry("question_responses", "question_response"),
      Map.entry("participant_addons", "participant_addon"),
      Map.entry("individual_results_sets", "individual_results_set"),
      Map.entry("results", "result"),
      Map.entry(XML_EVENT_PARTICIPANTS, "event_participant"));

  /** The response format chosen with {@code format}. */
  enum Format {
    JSON, XML
  }

  /** Error codes (seen in RunSignup's material) and the messages this simulator sends with them. */
  static final int UNKNOWN_METHOD = 1;
  static final int METHOD_NOT_SUPPORTED = 2;
  static final int INVALID_PARAMETERS = 3;
  static final int KEY_AUTH_FAILED = 6;
  static final int PERMISSION_DENIED = 7;
  static final int INVALID_DATE = 9;
  static final int FORMAT_NOT_SUPPORTED = 10;
  static final int INVALID_SUBMISSION = 11;
  static final int MUST_BE_LOGGED_IN = 13;
  static final int THROTTLED = 14;
  static final int INVALID_ID = 15;
  static final int USER_NOT_FOUND = 101;
  static final int BAD_LOGIN = 102;
  static final int ACCOUNT_LOCKED = 103;
  static final int BIB_INVALID = 115;
  static final int CHIP_INVALID = 116;
  static final int RACE_NOT_FOUND = 201;

  static String message(int code) {
    switch (code) {
      case UNKNOWN_METHOD: return "Unknown method";
      case METHOD_NOT_SUPPORTED: return "HTTP method not supported";
      case INVALID_PARAMETERS: return "Invalid parameters";
      case KEY_AUTH_FAILED: return "Key authentication failed";
      case PERMISSION_DENIED: return "Permission denied";
      case INVALID_DATE: return "Invalid date";
      case FORMAT_NOT_SUPPORTED: return "Response format not supported";
      case INVALID_SUBMISSION: return "Invalid submission";
      case MUST_BE_LOGGED_IN: return "You must be logged in";
      case THROTTLED: return "Request throttled";
      case INVALID_ID: return "Invalid ID";
      case USER_NOT_FOUND: return "User not found";
      case BAD_LOGIN: return "E-mail or password invalid";
      case ACCOUNT_LOCKED: return "Account temporarily locked";
      case BIB_INVALID: return "Bib number invalid";
      case CHIP_INVALID: return "Chip number invalid";
      case RACE_NOT_FOUND: return "Race not found";
      default: return "Unknown error";
    }
  }

  /** A RunSignup API error; caught by the simulator and rendered in the requested format. */
  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;
    final int httpStatus;

    ApiError(int code) {
      this(code, message(code));
    }

    ApiError(int code, String message) {
      this(code, message, 200);
    }

    ApiError(int code, String message, int httpStatus) {
      super(message, null, false, false);
      this.code = code;
      this.httpStatus = httpStatus;
    }
  }

  /** The error envelope, seen: {@code {"error":{"error_code":6,"error_msg":"Key authentication failed"}}}. */
  static ObjectNode errorBody(int code, String message) {
    ObjectNode root = NODES.objectNode();
    ObjectNode error = root.putObject("error");
    error.put("error_code", code);
    error.put("error_msg", message);
    return root;
  }

  static MockResponse error(Format format, ApiError e) {
    return respond(e.httpStatus, format, errorBody(e.code, e.getMessage()), null);
  }

  static MockResponse ok(Format format, JsonNode body) {
    return respond(200, format, body, null);
  }

  static MockResponse ok(Format format, JsonNode body, String xmlRoot) {
    return respond(200, format, body, xmlRoot);
  }

  static MockResponse respond(int status, Format format, JsonNode body, String xmlRoot) {
    if (format == Format.JSON) {
      return SimResponses.json(status, body);
    }
    return SimResponses.text(status, "application/xml; charset=utf-8", toXml(body, xmlRoot));
  }

  /** {@code {"success":true}} (inferred). */
  static ObjectNode success() {
    ObjectNode node = NODES.objectNode();
    node.put("success", true);
    return node;
  }

  /** A money string as RunSignup sends it: {@code $22.00} (seen). */
  static String money(long cents) {
    String sign = cents < 0 ? "-" : "";
    long abs = Math.abs(cents);
    return String.format(Locale.US, "%s$%,d.%02d", sign, abs / 100, abs % 100);
  }

  static String raceDateTime(Instant instant, ZoneId zone) {
    return RACE_DATE_TIME.format(instant.atZone(zone));
  }

  static String tf(boolean value) {
    return value ? "T" : "F";
  }

  // ---------------------------------------------------------------- XML output

  /**
   * Renders a response tree as XML. A top-level object with one field becomes that field's
   * element; other objects go under {@code <response>} unless {@code root} is given; a
   * top-level array needs {@code root}.
   */
  static String toXml(JsonNode body, String root) {
    StringBuilder out = new StringBuilder(256).append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    if (root == null && body.isObject() && body.size() == 1) {
      Map.Entry<String, JsonNode> only = body.properties().iterator().next();
      element(out, only.getKey(), only.getValue());
    } else {
      element(out, root == null ? "response" : root, body);
    }
    return out.append('\n').toString();
  }

  private static void element(StringBuilder out, String name, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      out.append('<').append(name).append("/>");
      return;
    }
    out.append('<').append(name).append('>');
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        element(out, field.getKey(), field.getValue());
      }
    } else if (value.isArray()) {
      String item = SINGULARS.getOrDefault(name, name.endsWith("s") ? name.substring(0, name.length() - 1) : "item");
      for (JsonNode child : value) {
        element(out, item, child);
      }
    } else {
      escape(out, value.asText());
    }
    out.append("</").append(name).append('>');
  }

  private static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&apos;"); break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append(' ');
          } else {
            out.append(c);
          }
      }
    }
  }

  // ---------------------------------------------------------------- request documents

  /**
   * Parses the {@code request} form field as JSON or XML. An XML document loses its root
   * element name (Jackson's XML tree), which {@link #items} allows for.
   *
   * @throws ApiError code 11 when the document cannot be parsed
   */
  static JsonNode parseDocument(String text, Format requestFormat) {
    if (text == null || text.isBlank()) {
      throw new ApiError(INVALID_PARAMETERS, "Invalid parameters: request is required");
    }
    try {
      JsonNode node = requestFormat == Format.JSON
          ? SimResponses.JSON.readTree(text)
          : XML_READER.readTree(text);
      if (node == null) {
        throw new ApiError(INVALID_SUBMISSION, "Invalid submission: empty request document");
      }
      return node;
    } catch (IOException e) {
      throw new ApiError(INVALID_SUBMISSION, "Invalid submission: request is not valid "
          + requestFormat.name().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * The list items of a request document: JSON {@code {"plural":[..]}} or, from XML,
   * {@code <plural><singular>..</singular>..</plural>} (root dropped, one item read as an object).
   *
   * @throws ApiError code 11 when the list is missing
   */
  static List<JsonNode> items(JsonNode doc, String plural, String singular) {
    JsonNode list = doc.get(plural);
    if (list != null && list.isObject() && list.has(singular)) {
      list = list.get(singular);
    } else if (list == null) {
      list = doc.get(singular);
    }
    if (list == null) {
      if (doc.isTextual() && doc.asText().isBlank() || doc.isObject() && doc.isEmpty()) {
        return List.of();
      }
      throw new ApiError(INVALID_SUBMISSION, "Invalid submission: expected " + plural);
    }
    List<JsonNode> out = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(out::add);
    } else if (list.isObject()) {
      out.add(list);
    } else if (!list.asText().isBlank()) {
      throw new ApiError(INVALID_SUBMISSION, "Invalid submission: " + plural + " must be a list");
    }
    return out;
  }

  /**
   * A field's text: {@code null} when absent or JSON null, {@code ""} for an empty XML element,
   * and a non-empty object or array as its JSON text (so value checks reject it).
   */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      return value.isEmpty() ? "" : value.toString();
    }
    return value.asText();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }
}
