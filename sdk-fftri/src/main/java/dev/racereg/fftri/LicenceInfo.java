package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;

/** A licence holder's details for a season, from {@link FftriClient#licenceInfos(LicenceInfosParams)}. */
public final class LicenceInfo extends UnknownFieldsModel {

  @JsonProperty("licenseNumber")
  private String licenceNumber;
  @JsonProperty("licenseValidationDate")
  @JsonDeserialize(using = FftriJson.LenientDate.class)
  private LocalDate validationDate;
  @JsonProperty("mutation")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean mutation;
  @JsonProperty("nationality")
  private String nationality;
  @JsonProperty("ageCategory")
  private String ageCategory;
  @JsonProperty("club_id")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long clubId;
  @JsonProperty("club_name")
  private String clubName;
  @JsonProperty("certifComp")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean competitionCertificate;
  @JsonProperty("letterType")
  private String letterType;
  @JsonProperty("needPassCompet")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean needsPassCompetition;

  private LicenceInfo() {}

  /** The licence number ({@code licenseNumber}). */
  public Optional<String> licenceNumber() {
    return Optional.ofNullable(licenceNumber);
  }

  /** When the licence was validated for the season ({@code licenseValidationDate}). */
  public Optional<LocalDate> validationDate() {
    return Optional.ofNullable(validationDate);
  }

  /** Whether the holder changed club this season ({@code mutation}: {@code OUI}/{@code NON}). */
  public Optional<Boolean> mutation() {
    return Optional.ofNullable(mutation);
  }

  /** Nationality, in French ({@code nationality}, e.g. {@code Français}). */
  public Optional<String> nationality() {
    return Optional.ofNullable(nationality);
  }

  /** Age category name ({@code ageCategory}, e.g. {@code Vétéran 3}). */
  public Optional<String> ageCategory() {
    return Optional.ofNullable(ageCategory);
  }

  /** The club's id ({@code club_id}). */
  public Optional<Long> clubId() {
    return Optional.ofNullable(clubId);
  }

  /** The club's name ({@code club_name}). */
  public Optional<String> clubName() {
    return Optional.ofNullable(clubName);
  }

  /** Whether a medical certificate for competition is on file ({@code certifComp}). */
  public Optional<Boolean> competitionCertificate() {
    return Optional.ofNullable(competitionCertificate);
  }

  /** The licence type letter ({@code letterType}, e.g. {@code C}). */
  public Optional<String> letterType() {
    return Optional.ofNullable(letterType);
  }

  /** Whether the holder still needs a pass compétition to race ({@code needPassCompet}). */
  public Optional<Boolean> needsPassCompetition() {
    return Optional.ofNullable(needsPassCompetition);
  }

  @Override
  public String toString() {
    return "LicenceInfo{" + licenceNumber + ", " + ageCategory + ", club " + clubName + "}";
  }
}
