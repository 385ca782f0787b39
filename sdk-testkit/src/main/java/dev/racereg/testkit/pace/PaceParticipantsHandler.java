package dev.racereg.testkit.pace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import mockwebserver3.MockResponse;

/**
 * {@code POST /api/events/getParticipants}: validates the JSON body (400 naming the field), checks
 * the credentials and access code against the state (401/404/403), then streams the rows changed
 * after {@code updatedAfter} in the requested order, one row at a time.
 */
final class PaceParticipantsHandler {

  private final PaceState state;

  PaceParticipantsHandler(PaceState state) {
    this.state = state;
  }

  MockResponse handle(SimRequest request) {
    try {
      return participants(request);
    } catch (BadRequest e) {
      return PaceWire.error(400, e.getMessage());
    }
  }

  private MockResponse participants(SimRequest request) {
    String contentType = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!contentType.contains("json")) {
      throw new BadRequest("Content-Type must be application/json");
    }
    JsonNode body;
    try {
      body = SimResponses.JSON.readTree(request.bodyBytes());
    } catch (IOException e) {
      throw new BadRequest("Request body must be a JSON object");
    }
    if (body == null || !body.isObject()) {
      throw new BadRequest("Request body must be a JSON object");
    }
    String id = required(body, "apiId");
    String secret = required(body, "apiSecret");
    String code = required(body, "accessCode");
    String slug = required(body, "eventSlug");
    String language = optional(body, "language", "en");
    if (!PaceWire.LANGUAGES.contains(language)) {
      throw new BadRequest("language must be one of " + PaceWire.LANGUAGES);
    }
    String direction = optional(body, "sortDirection", "desc");
    if (!PaceWire.SORT_DIRECTIONS.contains(direction)) {
      throw new BadRequest("sortDirection must be one of " + PaceWire.SORT_DIRECTIONS);
    }
    String afterText = optional(body, "updatedAfter", null);
    Instant after = null;
    if (afterText != null) {
      after = PaceWire.parseUpdatedAfter(afterText).orElseThrow(
          () -> new BadRequest("updatedAfter must be an RFC 3339 date or date-time"));
    }

    PaceState.Changes changes = state.changes(id, secret, code, slug, after);
    if (changes.refusal() != null) {
      return PaceWire.error(changes.refusalStatus(), changes.refusal());
    }
    boolean ascending = direction.equals("asc");
    List<PaceState.Entry> changedInOrder = new ArrayList<>(changes.changedInOrder());
    if (!ascending) {
      Collections.reverse(changedInOrder);
    }
    PaceDataGenerator generator = changes.generator();
    int lowest = after == null ? 0 : generator.firstIndexAfter(after);
    return SimResponses.jsonArrayStream(() -> new PaceRows(generator, changedInOrder,
        changes.changedIndices(), lowest, ascending, language));
  }

  private static String required(JsonNode body, String field) {
    String value = optional(body, field, null);
    if (value == null || value.isBlank()) {
      throw new BadRequest(field + " is required");
    }
    return value;
  }

  private static String optional(JsonNode body, String field, String fallback) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual()) {
      throw new BadRequest(field + " must be a string");
    }
    return node.textValue();
  }

  /** A request the endpoint rejects with 400. */
  private static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message, null, false, false);
    }
  }
}
