package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A stored partner: its JSON as served, owned by one organiser. Never mutated once stored. */
final class LdtPartner implements LdtSortable {

  final String id;
  final String organiserId;
  final long createdAt;
  final long updatedAt;
  /** The partner as served; callers copy before handing it out. */
  final ObjectNode json;

  LdtPartner(String id, String organiserId, long createdAt, long updatedAt, ObjectNode json) {
    this.id = id;
    this.organiserId = organiserId;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.json = json;
  }

  String name() {
    return json.path("name").asText();
  }

  /** The external id of one type ({@code enthuse}, {@code justGiving}, {@code londonMarathon}). */
  String externalId(String type) {
    return json.path("externalIds").path(type).isTextual()
        ? json.path("externalIds").path(type).asText() : null;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public long createdAtMillis() {
    return createdAt;
  }

  @Override
  public long updatedAtMillis() {
    return updatedAt;
  }
}
