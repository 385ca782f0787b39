package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import dev.racereg.testkit.letsdothis.LdtCatalog.Event;
import dev.racereg.testkit.letsdothis.LdtCatalog.Ticket;
import java.util.Set;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;

/**
 * Reserved entry groups and tickets: {@code GET|POST /events/{id}/reserved-entries},
 * {@code GET|PATCH|DELETE /reserved-entries/{id}} and {@code GET /events/{id}/tickets}.
 */
final class LdtReservedEntriesHandler {

  private final LdtState state;

  LdtReservedEntriesHandler(LdtState state) {
    this.state = state;
  }

  private LdtGroup requireGroup(String organiser, String id) {
    LdtGroup group = state.groups.get(id);
    if (group == null || !group.organiserId.equals(organiser)) {
      throw LdtApiException.notFound("Reserved entry group " + id + " not found");
    }
    return group;
  }

  private Predicate<String> ticketOf(String eventId) {
    return ticketId -> {
      Ticket ticket = state.catalog.ticketById.get(ticketId);
      return ticket != null && ticket.eventId().equals(eventId);
    };
  }

  MockResponse listGroups(SimRequest request, String organiser, String eventId) {
    LdtBodies.onlyQuery(request, Set.of());
    state.requireEvent(organiser, eventId);
    ArrayNode data = SimResponses.JSON.createArrayNode();
    state.read(() -> {
      state.groups.values().stream()
          .filter(g -> g.organiserId.equals(organiser) && g.eventId.equals(eventId))
          .forEach(g -> data.add(g.json.deepCopy()));
      return null;
    });
    ObjectNode body = SimResponses.JSON.createObjectNode();
    body.set("data", data);
    return SimResponses.json(200, body);
  }

  MockResponse createGroup(SimRequest request, String organiser, String eventId) {
    LdtBodies.onlyQuery(request, Set.of());
    state.requireEvent(organiser, eventId);
    ObjectNode body = LdtBodies.object(request);
    state.lock.writeLock().lock();
    try {
      LdtBodies.groupCreate(body, ticketOf(eventId), partnerId -> {
        LdtPartner p = state.partners.get(partnerId);
        return p != null && p.organiserId.equals(organiser);
      });
      String id;
      do {
        id = "re_" + LdtIds.base36(state.runtimeRandom, 11);
      } while (state.groups.containsKey(id));
      ObjectNode json = SimResponses.JSON.createObjectNode();
      json.put("id", id);
      json.put("name", body.get("name").asText());
      json.set("description", body.path("description").isTextual() ? body.get("description")
          : json.nullNode());
      json.put("eventId", eventId);
      json.set("partnerId", body.path("partnerId").isTextual() ? body.get("partnerId")
          : json.nullNode());
      json.put("maxCapacity", body.get("maxCapacity").asInt());
      json.put("usedCapacity", 0);
      json.set("tickets", body.get("tickets").deepCopy());
      json.put("type", body.get("type").asText());
      json.set("settings", body.path("settings").isObject() ? body.get("settings").deepCopy()
          : json.objectNode());
      state.groups.put(id, new LdtGroup(id, organiser, eventId, "re_x-" + LdtIds.base36(state.runtimeRandom, 10),
          state.clock.millis(), json));
      return SimResponses.json(201, json);
    } finally {
      state.lock.writeLock().unlock();
    }
  }

  MockResponse getGroup(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of());
    return SimResponses.json(200, state.read(() -> requireGroup(organiser, id).json.deepCopy()));
  }

  MockResponse updateGroup(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of());
    ObjectNode body = LdtBodies.object(request);
    state.lock.writeLock().lock();
    try {
      LdtGroup group = requireGroup(organiser, id);
      LdtBodies.groupUpdate(body, ticketOf(group.eventId), group.usedCapacity());
      ObjectNode json = group.json.deepCopy();
      body.fields().forEachRemaining(e -> {
        if (e.getKey().equals("maxCapacity")) {
          json.put("maxCapacity", e.getValue().asInt());
        } else if (e.getKey().equals("settings") && e.getValue().isNull()) {
          json.set("settings", json.objectNode());
        } else if (!(e.getValue().isNull()
            && (e.getKey().equals("name") || e.getKey().equals("tickets")))) {
          json.set(e.getKey(), e.getValue().deepCopy());
        }
      });
      state.groups.put(id, group.with(json));
      return SimResponses.json(200, json);
    } finally {
      state.lock.writeLock().unlock();
    }
  }

  MockResponse deleteGroup(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of());
    state.lock.writeLock().lock();
    try {
      requireGroup(organiser, id);
      state.groups.remove(id);
    } finally {
      state.lock.writeLock().unlock();
    }
    return SimResponses.json(200, SimResponses.JSON.createObjectNode());
  }

  MockResponse tickets(SimRequest request, String organiser, String eventId) {
    LdtBodies.onlyQuery(request, Set.of());
    Event event = state.requireEvent(organiser, eventId);
    ArrayNode data = SimResponses.JSON.createArrayNode();
    event.tickets().forEach(t -> data.add(LdtRender.renderTicket(t, state.catalog)));
    ObjectNode body = SimResponses.JSON.createObjectNode();
    body.set("data", data);
    return SimResponses.json(200, body);
  }
}
