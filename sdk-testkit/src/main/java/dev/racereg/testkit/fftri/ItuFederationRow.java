package dev.racereg.testkit.fftri;

/**
 * A national federation of World Triathlon (ITU) as the simulator serves it from
 * {@code itu-federations}, {@code itu-federation/{id}} and {@code get-itu-affiliated-federation}.
 *
 * @param id the federation's id in espacetri (the {@code ituFedeId} of a pass compétition)
 * @param federationName the federation's own name ({@code name_federation}, or {@code name} in the
 *     affiliated list)
 * @param countryName the country's name in French ({@code name_country})
 * @param alpha2 the ISO 3166-1 alpha-2 country code ({@code alpha2})
 * @param countryId the ISO 3166-1 numeric country code ({@code country_id})
 * @param ituFree whether the federation's members get the pass compétition for free ({@code ituFree}
 *     {@code "1"}); exactly these federations make up the affiliated list
 */
public record ItuFederationRow(
    int id, String federationName, String countryName, String alpha2, int countryId, boolean ituFree) {}
