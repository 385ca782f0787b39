package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored reserved entry group: its JSON as served plus what the JSON does not show (owner,
 * creation order, the booking code participants carry). Never mutated once stored.
 */
final class LdtGroup {

  final String id;
  final String organiserId;
  final String eventId;
  /** The code booked participants show as {@code reservedEntryGroupCode}, e.g. {@code re_x-ga8ais3v4r}. */
  final String code;
  final long createdAt;
  /** The group as served; callers copy before handing it out. */
  final ObjectNode json;

  LdtGroup(String id, String organiserId, String eventId, String code, long createdAt,
      ObjectNode json) {
    this.id = id;
    this.organiserId = organiserId;
    this.eventId = eventId;
    this.code = code;
    this.createdAt = createdAt;
    this.json = json;
  }

  String partnerId() {
    return json.path("partnerId").isTextual() ? json.path("partnerId").asText() : null;
  }

  int usedCapacity() {
    return json.path("usedCapacity").asInt();
  }

  int maxCapacity() {
    return json.path("maxCapacity").asInt();
  }

  LdtGroup with(ObjectNode newJson) {
    return new LdtGroup(id, organiserId, eventId, code, createdAt, newJson);
  }
}
