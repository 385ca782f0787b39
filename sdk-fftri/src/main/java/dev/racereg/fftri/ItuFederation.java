package dev.racereg.fftri;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/**
 * A national federation member of the ITU (World Triathlon), from
 * {@link FftriClient#ituFederation(ItuFederationParams)} and {@link FftriClient#ituFederations()}.
 * Its id is the {@code ituFedeId} of {@link CreatePassParams}.
 */
public final class ItuFederation extends ItuFederationObject {

  @JsonProperty("name_federation")
  private String name;
  @JsonProperty("name_country")
  private String countryName;
  @JsonProperty("alpha2")
  private String alpha2;

  private ItuFederation() {}

  /** The federation's name ({@code name_federation}). */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The country's name, in French ({@code name_country}). */
  public Optional<String> countryName() {
    return Optional.ofNullable(countryName);
  }

  /** ISO 3166-1 alpha-2 country code ({@code alpha2}, e.g. {@code BF}). */
  public Optional<String> alpha2() {
    return Optional.ofNullable(alpha2);
  }

  @Override
  public String toString() {
    return "ItuFederation{" + idOrNull() + " " + name + " (" + alpha2 + ")}";
  }
}
