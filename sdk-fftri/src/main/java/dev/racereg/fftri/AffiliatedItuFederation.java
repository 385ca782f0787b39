package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/**
 * An ITU federation affiliated with the FFTri, whose members race with a free pass compétition,
 * from {@link FftriClient#ituAffiliatedFederations()}.
 */
public final class AffiliatedItuFederation extends FftriObject {

  @JsonProperty("id")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long id;
  @JsonProperty("country_id")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long countryId;
  @JsonProperty("name")
  private String name;
  @JsonProperty("ituFree")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean ituFree;

  private AffiliatedItuFederation() {}

  /** The federation's id in the espacetri ({@code id}, the key it is listed under). */
  public long id() {
    return id;
  }

  /** The country's ISO 3166-1 numeric code ({@code country_id}, e.g. 56 for Belgium). */
  public Optional<Long> countryId() {
    return Optional.ofNullable(countryId);
  }

  /** The federation's name ({@code name}). */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Whether its members get the pass compétition free ({@code ituFree}). */
  public Optional<Boolean> ituFree() {
    return Optional.ofNullable(ituFree);
  }

  @Override
  void containerKey(String key) {
    if (id == null) {
      id = FftriJson.idKey(key, "ITU federation");
    }
  }

  @Override
  public String toString() {
    return "AffiliatedItuFederation{" + id + " " + name + "}";
  }
}
