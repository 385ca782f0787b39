package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Parsing and validation of request bodies and non-list query strings, with the doc's rules:
 * names match {@code ^(\S).+$}, {@code contacts} and {@code tickets} are non-empty arrays, {@code
 * maxCapacity} is a number {@code >= 0}, enums take only their listed values. Every broken rule
 * is collected and answered at once with 400 (see {@link LdtApiException}). Properties the doc does
 * not list for an operation are rejected ({@code property x should not exist}); the members of
 * objects the doc collapses (contacts, marketing, settings, reserved entry tickets) are accepted
 * as they come, except the few checks noted on each method.
 */
final class LdtBodies {

  static final Pattern NAME = Pattern.compile("^(\\S).+$");
  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  static final List<String> PARTNER_TYPES = List.of("CHARITY", "CORPORATE", "FRIENDS_AND_FAMILY",
      "MERCH_PARTNER", "SPONSOR");
  static final List<String> EXTERNAL_ID_TYPES = List.of("enthuse", "justGiving", "londonMarathon");
  static final List<String> GROUP_TYPES = List.of("MULTI_USE", "SINGLE_USE", "UNKNOWN");

  private static final List<String> PARTNER_CREATE = List.of("name", "description", "externalIds",
      "type", "contacts", "defaultMarketing", "specificMarketings", "canCreateSubPartners");
  private static final List<String> PARTNER_UPDATE = List.of("name", "description", "externalIds",
      "defaultMarketing", "specificMarketings", "canCreateSubPartners");
  private static final List<String> GROUP_CREATE = List.of("name", "partnerId", "maxCapacity",
      "tickets", "description", "type", "settings");
  private static final List<String> GROUP_UPDATE = List.of("settings", "name", "maxCapacity",
      "tickets", "description");
  private static final List<String> CLAIM_LINK = List.of("emailAddress", "reservedEntryId");

  private LdtBodies() {}

  /** Rejects query parameters other than {@code allowed}. */
  static void onlyQuery(SimRequest request, Set<String> allowed) {
    List<String> violations = new ArrayList<>();
    for (String name : request.queryParameters().keySet()) {
      if (!allowed.contains(name)) {
        violations.add("property " + name + " should not exist");
      }
    }
    if (!violations.isEmpty()) {
      throw LdtApiException.validation(violations);
    }
  }

  /** The body as a JSON object; an empty body counts as {@code {}}. */
  static ObjectNode object(SimRequest request) {
    String text = request.bodyText();
    if (text.isBlank()) {
      return SimResponses.JSON.createObjectNode();
    }
    JsonNode node;
    try {
      node = SimResponses.JSON.readTree(text);
    } catch (IOException e) {
      throw LdtApiException.badRequest("Request body is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw LdtApiException.validation(List.of("request body must be a JSON object"));
    }
    return (ObjectNode) node;
  }

  /**
   * Validates a create-partner body.
   *
   * @param externalIdTaken tells whether {@code type:value} already belongs to another partner
   */
  static void partnerCreate(ObjectNode body, Predicate<String> externalIdTaken) {
    List<String> v = new ArrayList<>();
    unknown(body, PARTNER_CREATE, "", v);
    name(body, true, v);
    optionalString(body, "description", v);
    externalIds(body, externalIdTaken, v);
    if (body.has("type") && !(body.get("type").isTextual()
        && PARTNER_TYPES.contains(body.get("type").asText()))) {
      v.add("type must be one of the following values: " + String.join(", ", PARTNER_TYPES));
    }
    JsonNode contacts = body.get("contacts");
    if (contacts == null || contacts.isNull()) {
      v.add("contacts should not be empty");
    } else if (!contacts.isArray()) {
      v.add("contacts must be an array");
    } else if (contacts.isEmpty()) {
      v.add("contacts must contain at least 1 elements");
    } else {
      for (int i = 0; i < contacts.size(); i++) {
        JsonNode contact = contacts.get(i);
        if (!contact.isObject()) {
          v.add("each value in contacts must be an object");
        } else if (!contact.path("emailAddress").isTextual()
            || !EMAIL.matcher(contact.path("emailAddress").asText()).matches()) {
          v.add("contacts." + i + ".emailAddress must be an email");
        }
      }
    }
    marketing(body, v);
    optionalBoolean(body, "canCreateSubPartners", v);
    done(v);
  }

  /** Validates an update-partner body: every property optional, {@code type}/{@code contacts} not updatable. */
  static void partnerUpdate(ObjectNode body, Predicate<String> externalIdTaken) {
    List<String> v = new ArrayList<>();
    unknown(body, PARTNER_UPDATE, "", v);
    name(body, false, v);
    optionalString(body, "description", v);
    externalIds(body, externalIdTaken, v);
    marketing(body, v);
    optionalBoolean(body, "canCreateSubPartners", v);
    done(v);
  }

  /**
   * Validates a create-reserved-entry-group body.
   *
   * @param ticketOfEvent tells whether a ticket id belongs to the group's event
   * @param partnerExists tells whether a partner id belongs to the caller
   */
  static void groupCreate(ObjectNode body, Predicate<String> ticketOfEvent,
      Predicate<String> partnerExists) {
    List<String> v = new ArrayList<>();
    unknown(body, GROUP_CREATE, "", v);
    name(body, true, v);
    if (body.has("partnerId") && !body.get("partnerId").isNull()) {
      if (!body.get("partnerId").isTextual()) {
        v.add("partnerId must be a string");
      } else if (!partnerExists.test(body.get("partnerId").asText())) {
        v.add("partnerId " + body.get("partnerId").asText() + " does not match any partner");
      }
    }
    capacity(body, true, -1, v);
    tickets(body, true, ticketOfEvent, v);
    optionalString(body, "description", v);
    JsonNode type = body.get("type");
    if (type == null || type.isNull()) {
      v.add("type should not be empty");
    } else if (!type.isTextual() || !GROUP_TYPES.contains(type.asText())) {
      v.add("type must be one of the following values: " + String.join(", ", GROUP_TYPES));
    }
    optionalObject(body, "settings", v);
    done(v);
  }

  /** Validates an update-reserved-entry-group body; {@code maxCapacity} may not drop below usage. */
  static void groupUpdate(ObjectNode body, Predicate<String> ticketOfEvent, int usedCapacity) {
    List<String> v = new ArrayList<>();
    unknown(body, GROUP_UPDATE, "", v);
    name(body, false, v);
    capacity(body, false, usedCapacity, v);
    tickets(body, false, ticketOfEvent, v);
    optionalString(body, "description", v);
    optionalObject(body, "settings", v);
    done(v);
  }

  /** Validates a create-claim-link body. */
  static void claimLink(ObjectNode body) {
    List<String> v = new ArrayList<>();
    unknown(body, CLAIM_LINK, "", v);
    if (body.has("emailAddress") && !body.get("emailAddress").isNull()
        && !(body.get("emailAddress").isTextual()
            && EMAIL.matcher(body.get("emailAddress").asText()).matches())) {
      v.add("emailAddress must be an email");
    }
    optionalString(body, "reservedEntryId", v);
    done(v);
  }

  // ---------------------------------------------------------------- rules

  private static void unknown(ObjectNode body, List<String> allowed, String prefix,
      List<String> v) {
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        v.add(prefix + "property " + name + " should not exist");
      }
    }
  }

  private static void name(ObjectNode body, boolean required, List<String> v) {
    JsonNode name = body.get("name");
    if (name == null || name.isNull()) {
      if (required) {
        v.add("name should not be empty");
      } else if (name != null) {
        v.add("name must be a string");
      }
      return;
    }
    if (!name.isTextual()) {
      v.add("name must be a string");
    } else if (!NAME.matcher(name.asText()).matches()) {
      v.add("name must match /^(\\S).+$/ regular expression");
    }
  }

  private static void capacity(ObjectNode body, boolean required, int atLeast, List<String> v) {
    JsonNode cap = body.get("maxCapacity");
    if (cap == null || cap.isNull()) {
      if (required) {
        v.add("maxCapacity should not be empty");
      } else if (cap != null) {
        v.add("maxCapacity must be a number conforming to the specified constraints");
      }
      return;
    }
    if (!cap.isNumber()) {
      v.add("maxCapacity must be a number conforming to the specified constraints");
    } else if (cap.asDouble() < 0) {
      v.add("maxCapacity must not be less than 0");
    } else if (cap.asDouble() != Math.rint(cap.asDouble()) || cap.asDouble() > Integer.MAX_VALUE) {
      v.add("maxCapacity must be an integer number");
    } else if (atLeast > 0 && cap.asInt() < atLeast) {
      v.add("maxCapacity must not be less than usedCapacity (" + atLeast + ")");
    }
  }

  private static void tickets(ObjectNode body, boolean required, Predicate<String> ticketOfEvent,
      List<String> v) {
    JsonNode tickets = body.get("tickets");
    if (tickets == null || tickets.isNull()) {
      if (required) {
        v.add("tickets should not be empty");
      } else if (tickets != null) {
        v.add("tickets must be an array");
      }
      return;
    }
    if (!tickets.isArray()) {
      v.add("tickets must be an array");
      return;
    }
    if (tickets.isEmpty()) {
      v.add("tickets must contain at least 1 elements");
    }
    for (int i = 0; i < tickets.size(); i++) {
      JsonNode ticket = tickets.get(i);
      if (!ticket.isObject()) {
        v.add("each value in tickets must be an object");
      } else if (!ticket.path("ticketId").isTextual()) {
        v.add("tickets." + i + ".ticketId must be a string");
      } else if (!ticketOfEvent.test(ticket.get("ticketId").asText())) {
        v.add("tickets." + i + ".ticketId " + ticket.get("ticketId").asText()
            + " is not a ticket of this event");
      }
    }
  }

  private static void externalIds(ObjectNode body, Predicate<String> taken, List<String> v) {
    JsonNode ids = body.get("externalIds");
    if (ids == null || ids.isNull()) {
      return;
    }
    if (!ids.isObject()) {
      v.add("externalIds must be an object");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = ids.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!EXTERNAL_ID_TYPES.contains(e.getKey())) {
        v.add("externalIds.property " + e.getKey() + " should not exist");
      } else if (e.getValue().isNull()) {
        continue;
      } else if (!e.getValue().isTextual() || e.getValue().asText().isEmpty()) {
        v.add("externalIds." + e.getKey() + " must be a non-empty string");
      } else if (taken.test(e.getKey() + ":" + e.getValue().asText())) {
        v.add("externalIds." + e.getKey() + " " + e.getValue().asText()
            + " is already used by another partner");
      }
    }
  }

  private static void marketing(ObjectNode body, List<String> v) {
    optionalObject(body, "defaultMarketing", v);
    JsonNode specific = body.get("specificMarketings");
    if (specific != null && !specific.isNull()) {
      if (!specific.isArray()) {
        v.add("specificMarketings must be an array");
      } else {
        for (JsonNode item : specific) {
          if (!item.isObject()) {
            v.add("each value in specificMarketings must be an object");
            break;
          }
        }
      }
    }
  }

  private static void optionalString(ObjectNode body, String field, List<String> v) {
    if (body.has(field) && !body.get(field).isNull() && !body.get(field).isTextual()) {
      v.add(field + " must be a string");
    }
  }

  private static void optionalBoolean(ObjectNode body, String field, List<String> v) {
    if (body.has(field) && !body.get(field).isNull() && !body.get(field).isBoolean()) {
      v.add(field + " must be a boolean value");
    }
  }

  private static void optionalObject(ObjectNode body, String field, List<String> v) {
    if (body.has(field) && !body.get(field).isNull() && !body.get(field).isObject()) {
      v.add(field + " must be an object");
    }
  }

  private static void done(List<String> violations) {
    if (!violations.isEmpty()) {
      throw LdtApiException.validation(violations);
    }
  }
}
