package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/**
 * What {@link ItuFederation} and {@link AffiliatedItuFederation} share: the id, taken from the key
 * the federation is listed under when the value leaves it out, and the free pass flag.
 */
abstract class ItuFederationObject extends UnknownFieldsModel {

  @JsonProperty("id")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long id;
  @JsonProperty("ituFree")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean ituFree;

  ItuFederationObject() {}

  /** The federation's id in the espacetri ({@code id}, the key it is listed under). */
  public long id() {
    return id;
  }

  /** Whether the federation's members get the pass compétition free ({@code ituFree}). */
  public Optional<Boolean> ituFree() {
    return Optional.ofNullable(ituFree);
  }

  /** The id as decoded, null while neither the value nor its key gave one. */
  final Long idOrNull() {
    return id;
  }

  /** Takes the id from the key the object is listed under, when the value leaves it out. */
  void containerKey(String key) {
    if (id == null) {
      id = FftriJson.idKey(key, "ITU federation");
    }
  }
}
