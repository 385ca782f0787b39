package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shared by the native models: keeps every field the platform sent that the model does not
 * declare, so nothing a later version of the API adds is lost. Models are filled once by the
 * decoder and never change afterwards.
 */
abstract class FftriObject {

  private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

  FftriObject() {}

  @JsonAnySetter
  private void unknownField(String name, JsonNode value) {
    unknownFields.put(name, value);
  }

  /**
   * Fields the platform sent that this SDK version does not model, by name, in arrival order,
   * as raw JSON. Read-only.
   *
   * @return the unknown fields, possibly empty
   */
  public Map<String, JsonNode> unknownFields() {
    return Collections.unmodifiableMap(unknownFields);
  }

  /**
   * Called with the key the object was found under in a keyed collection; models whose id the
   * platform may leave out of the value take it from here.
   */
  void containerKey(String key) {}
}
