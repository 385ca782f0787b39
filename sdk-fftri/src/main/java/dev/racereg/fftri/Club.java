package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A club's details, from {@link FftriClient#club(ClubParams)}. */
public final class Club extends UnknownFieldsModel {

  @JsonProperty("id")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long id;
  @JsonProperty("name")
  private String name;
  @JsonProperty("address")
  private String address;
  @JsonProperty("zip")
  private String zip;
  @JsonProperty("city")
  private String city;
  @JsonProperty("phone")
  private String phone;
  @JsonProperty("mobile")
  private String mobile;
  @JsonProperty("email")
  private String email;
  @JsonProperty("website")
  private String website;
  @JsonProperty("lat")
  @JsonDeserialize(using = FftriJson.LenientDecimal.class)
  private BigDecimal latitude;
  @JsonProperty("lng")
  @JsonDeserialize(using = FftriJson.LenientDecimal.class)
  private BigDecimal longitude;
  @JsonProperty("league")
  private String league;
  @JsonProperty("excellence_young")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean excellenceYoung;
  @JsonProperty("healthSport")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean healthSport;
  @JsonProperty("school_label_stars")
  @JsonDeserialize(using = FftriJson.LenientInt.class)
  private Integer schoolLabelStars;
  @JsonProperty("school_label_raid_stars")
  @JsonDeserialize(using = FftriJson.LenientInt.class)
  private Integer schoolLabelRaidStars;
  @JsonProperty("season")
  private String season;
  @JsonProperty("championship")
  private String championship;

  private Club() {}

  /** The club's id ({@code id}). */
  public Optional<Long> id() {
    return Optional.ofNullable(id);
  }

  /** Name ({@code name}). */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Street address ({@code address}), as sent (may carry trailing spaces). */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /** Postal code ({@code zip}). */
  public Optional<String> zip() {
    return Optional.ofNullable(zip);
  }

  /** City ({@code city}). */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** Main phone number ({@code phone}). */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** Mobile number ({@code mobile}). */
  public Optional<String> mobile() {
    return Optional.ofNullable(mobile);
  }

  /** E-mail address ({@code email}). */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** Web site URL ({@code website}). */
  public Optional<String> website() {
    return Optional.ofNullable(website);
  }

  /** Latitude of the club's address, in decimal degrees ({@code lat}). */
  public Optional<BigDecimal> latitude() {
    return Optional.ofNullable(latitude);
  }

  /** Longitude of the club's address, in decimal degrees ({@code lng}). */
  public Optional<BigDecimal> longitude() {
    return Optional.ofNullable(longitude);
  }

  /** The club's regional league ({@code league}), e.g. {@code ILE DE FRANCE}. */
  public Optional<String> league() {
    return Optional.ofNullable(league);
  }

  /** Whether the club holds the "Club Excellence Jeunes" label ({@code excellence_young}). */
  public Optional<Boolean> excellenceYoung() {
    return Optional.ofNullable(excellenceYoung);
  }

  /** Whether the club holds the "Coaching Triathlon santé" label ({@code healthSport}, 0 if not). */
  public Optional<Boolean> healthSport() {
    return Optional.ofNullable(healthSport);
  }

  /** Stars of the "école de triathlon" label ({@code school_label_stars}). */
  public Optional<Integer> schoolLabelStars() {
    return Optional.ofNullable(schoolLabelStars);
  }

  /** Stars of the "école de raid" label ({@code school_label_raid_stars}). */
  public Optional<Integer> schoolLabelRaidStars() {
    return Optional.ofNullable(schoolLabelRaidStars);
  }

  /**
   * The season of the "école de triathlon" label ({@code season}, e.g. {@code 2020}); empty when
   * the club has no label for the current season.
   */
  public Optional<String> labelSeason() {
    return Optional.ofNullable(season);
  }

  /** The clubs' championship entries as sent ({@code championship}), comma-separated. */
  public Optional<String> championshipText() {
    return Optional.ofNullable(championship);
  }

  /** The clubs' championship entries, parsed; empty when none. */
  public List<ClubChampionship> championships() {
    if (championship == null || championship.isBlank()) {
      return List.of();
    }
    return Arrays.stream(championship.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(ClubChampionship::parse).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return "Club{" + id + " " + name + (city == null ? "" : ", " + city) + "}";
  }
}
