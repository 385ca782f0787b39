package dev.racereg.letsdothis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The members a partner's create and update bodies share, written the same way and in the
 * reference's order by both, so the two requests cannot drift apart on the wire. Unset (null)
 * members are left out.
 */
final class PartnerBody {

  private PartnerBody() {}

  /** {@code description} and {@code externalIds}, which follow {@code name} in both bodies. */
  static void putDetails(ObjectNode n, String description, PartnerExternalIds externalIds) {
    if (description != null) {
      n.put("description", description);
    }
    if (externalIds != null) {
      n.set("externalIds", externalIds.toJson());
    }
  }

  /**
   * {@code defaultMarketing}, {@code specificMarketings} and {@code canCreateSubPartners}, the
   * bodies' last members.
   */
  static void putMarketing(ObjectNode n, OpenObject defaultMarketing, List<OpenObject> specificMarketings,
      Boolean canCreateSubPartners) {
    if (defaultMarketing != null) {
      n.set("defaultMarketing", defaultMarketing.json());
    }
    if (specificMarketings != null) {
      ArrayNode s = n.putArray("specificMarketings");
      specificMarketings.forEach(m -> s.add(m.json()));
    }
    if (canCreateSubPartners != null) {
      n.put("canCreateSubPartners", canCreateSubPartners);
    }
  }
}
