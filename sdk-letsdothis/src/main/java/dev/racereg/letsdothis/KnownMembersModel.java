package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model read from the platform that keeps the members this SDK does not know, in the order
 * sent, instead of dropping them.
 */
abstract class KnownMembersModel {

  private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

  KnownMembersModel() {}

  @JsonAnySetter
  private void unknownField(String fieldName, JsonNode value) {
    unknownFields.put(fieldName, value);
  }

  /** Members this SDK does not know (copies), in the order sent. */
  public final Map<String, JsonNode> unknownFields() {
    return Json.copies(unknownFields);
  }
}
