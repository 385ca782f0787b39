package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;

/**
 * Partners: {@code GET|POST /partners}, {@code GET|PATCH /partners/{id}} (or by external id) and
 * {@code POST /partners/{id}/claim-link}.
 */
final class LdtPartnersHandler {

  private final LdtState state;

  LdtPartnersHandler(LdtState state) {
    this.state = state;
  }

  MockResponse listPartners(SimRequest request, String organiser) {
    LdtListQuery query = LdtListQuery.parse(request, "partners", Set.of("search"), false, state.cursors);
    String search = query.filter("search").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
    LdtPager.Page<LdtPartner> page = state.read(() -> LdtPager.page(state.partners.values(),
        p -> p.organiserId.equals(organiser)
            && (search == null || p.name().toLowerCase(Locale.ROOT).contains(search)),
        query, "partners", state.cursors));
    ArrayNode data = SimResponses.JSON.createArrayNode();
    page.rows().forEach(p -> data.add(p.json.deepCopy()));
    return SimResponses.json(200, state.envelope(data, page));
  }

  private LdtPartner findPartner(SimRequest request, String organiser, String id) {
    String type = request.query("externalId").orElse("");
    if (!type.isEmpty() && !LdtBodies.EXTERNAL_ID_TYPES.contains(type)) {
      throw LdtApiException.validation(List.of("externalId must be one of the following values: "
          + String.join(", ", LdtBodies.EXTERNAL_ID_TYPES)));
    }
    LdtPartner partner = state.read(() -> {
      if (type.isEmpty()) {
        return state.partners.get(id);
      }
      return state.partners.values().stream()
          .filter(p -> p.organiserId.equals(organiser) && id.equals(p.externalId(type)))
          .findFirst().orElse(null);
    });
    if (partner == null || !partner.organiserId.equals(organiser)) {
      throw LdtApiException.notFound("Partner " + id + " not found");
    }
    return partner;
  }

  MockResponse getPartner(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of("externalId"));
    return SimResponses.json(200, findPartner(request, organiser, id).json);
  }

  private Predicate<String> externalIdTaken(String organiser, String exceptPartnerId) {
    return typeAndValue -> {
      int colon = typeAndValue.indexOf(':');
      String type = typeAndValue.substring(0, colon);
      String value = typeAndValue.substring(colon + 1);
      return state.partners.values().stream().anyMatch(p -> p.organiserId.equals(organiser)
          && !p.id.equals(exceptPartnerId) && value.equals(p.externalId(type)));
    };
  }

  MockResponse createPartner(SimRequest request, String organiser) {
    LdtBodies.onlyQuery(request, Set.of());
    ObjectNode body = LdtBodies.object(request);
    state.lock.writeLock().lock();
    try {
      LdtBodies.partnerCreate(body, externalIdTaken(organiser, null));
      long now = state.clock.millis();
      String id;
      do {
        id = "p_" + LdtIds.base36(state.runtimeRandom, 11);
      } while (state.partners.containsKey(id));
      ObjectNode json = SimResponses.JSON.createObjectNode();
      json.put("id", id);
      json.put("name", body.get("name").asText());
      json.set("description", body.path("description").isTextual() ? body.get("description")
          : json.nullNode());
      json.set("type", body.path("type").isTextual() ? body.get("type") : json.nullNode());
      json.set("externalIds", cleanExternalIds(body.get("externalIds")));
      json.set("contacts", body.get("contacts").deepCopy());
      json.set("defaultMarketing", body.path("defaultMarketing").isObject()
          ? body.get("defaultMarketing").deepCopy() : json.nullNode());
      json.set("specificMarketings", body.path("specificMarketings").isArray()
          ? body.get("specificMarketings").deepCopy() : json.arrayNode());
      json.put("canCreateSubPartners", body.path("canCreateSubPartners").asBoolean(false));
      json.put("createdAt", LdtTime.format(now));
      json.put("updatedAt", LdtTime.format(now));
      state.partners.put(id, new LdtPartner(id, organiser, now, now, json));
      return SimResponses.json(201, json);
    } finally {
      state.lock.writeLock().unlock();
    }
  }

  MockResponse updatePartner(SimRequest request, String organiser, String id) {
    LdtBodies.onlyQuery(request, Set.of("externalId"));
    ObjectNode body = LdtBodies.object(request);
    state.lock.writeLock().lock();
    try {
      LdtPartner partner = findPartner(request, organiser, id);
      LdtBodies.partnerUpdate(body, externalIdTaken(organiser, partner.id));
      long now = Math.max(state.clock.millis(), partner.createdAt);
      ObjectNode json = partner.json.deepCopy();
      for (String field : List.of("name", "description", "canCreateSubPartners")) {
        if (body.has(field)) {
          json.set(field, body.get(field).deepCopy());
        }
      }
      if (body.has("externalIds")) {
        // external ids merge by type: a type sent as null is removed, others are kept
        ObjectNode merged = ((ObjectNode) json.path("externalIds")).deepCopy();
        if (body.get("externalIds").isObject()) {
          body.get("externalIds").fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
              merged.remove(e.getKey());
            } else {
              merged.set(e.getKey(), e.getValue().deepCopy());
            }
          });
        }
        json.set("externalIds", merged);
      }
      if (body.has("defaultMarketing")) {
        json.set("defaultMarketing", body.get("defaultMarketing").deepCopy());
      }
      if (body.has("specificMarketings")) {
        json.set("specificMarketings", body.get("specificMarketings").isNull()
            ? json.arrayNode() : body.get("specificMarketings").deepCopy());
      }
      json.put("updatedAt", LdtTime.format(now));
      state.partners.put(partner.id, new LdtPartner(partner.id, organiser, partner.createdAt, now, json));
      return SimResponses.json(200, json);
    } finally {
      state.lock.writeLock().unlock();
    }
  }

  private static ObjectNode cleanExternalIds(JsonNode given) {
    ObjectNode ids = SimResponses.JSON.createObjectNode();
    if (given != null && given.isObject()) {
      given.fields().forEachRemaining(e -> {
        if (!e.getValue().isNull()) {
          ids.set(e.getKey(), e.getValue().deepCopy());
        }
      });
    }
    return ids;
  }

  MockResponse createClaimLink(SimRequest request, String organiser, String partnerId) {
    LdtBodies.onlyQuery(request, Set.of());
    ObjectNode body = LdtBodies.object(request);
    LdtBodies.claimLink(body);
    state.lock.writeLock().lock();
    try {
      LdtPartner partner = state.partners.get(partnerId);
      if (partner == null || !partner.organiserId.equals(organiser)) {
        throw LdtApiException.notFound("Partner " + partnerId + " not found");
      }
      String reservedEntryId = body.path("reservedEntryId").isTextual()
          ? body.get("reservedEntryId").asText() : null;
      if (reservedEntryId != null) {
        LdtGroup group = state.groups.get(reservedEntryId);
        if (group == null || !group.organiserId.equals(organiser)
            || !partnerId.equals(group.partnerId())) {
          throw LdtApiException.validation(List.of("reservedEntryId " + reservedEntryId
              + " is not a reserved entry group of partner " + partnerId));
        }
      }
      String email = body.path("emailAddress").isTextual()
          ? body.get("emailAddress").asText() : null;
      String token = LdtIds.base36(state.runtimeRandom, 24);
      String url = reservedEntryId == null
          ? "https://www.letsdothis.com/partners/claim/" + token
          : "https://www.letsdothis.com/partners/claim/" + token + "?reservedEntryId="
              + reservedEntryId;
      state.claimLinks.add(new LetsDoThisClaimLink(partnerId, reservedEntryId, email, url,
          state.clock.instant()));
      ObjectNode json = SimResponses.JSON.createObjectNode();
      json.put("url", url);
      return SimResponses.json(201, json);
    } finally {
      state.lock.writeLock().unlock();
    }
  }
}
