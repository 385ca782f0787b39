package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/**
 * An ITU federation affiliated with the FFTri, whose members race with a free pass compétition,
 * from {@link FftriClient#ituAffiliatedFederations()}.
 */
public final class AffiliatedItuFederation extends ItuFederationObject {

  @JsonProperty("country_id")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long countryId;
  @JsonProperty("name")
  private String name;

  private AffiliatedItuFederation() {}

  /** The country's ISO 3166-1 numeric code ({@code country_id}, e.g. 56 for Belgium). */
  public Optional<Long> countryId() {
    return Optional.ofNullable(countryId);
  }

  /** The federation's name ({@code name}). */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  @Override
  public String toString() {
    return "AffiliatedItuFederation{" + idOrNull() + " " + name + "}";
  }
}
