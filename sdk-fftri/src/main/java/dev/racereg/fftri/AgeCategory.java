package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/** An age category of a season, e.g. "Mini-poussin 1" for 6-year-olds born in 2012 (season 2018). */
public final class AgeCategory extends UnknownFieldsModel {

  @JsonProperty("id")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long id;
  @JsonProperty("season")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long seasonId;
  @JsonProperty("name")
  private String name;
  @JsonProperty("ageMin")
  @JsonDeserialize(using = FftriJson.LenientInt.class)
  private Integer ageMin;
  @JsonProperty("ageMax")
  @JsonDeserialize(using = FftriJson.LenientInt.class)
  private Integer ageMax;
  @JsonProperty("yearOfBirthMin")
  @JsonDeserialize(using = FftriJson.LenientInt.class)
  private Integer yearOfBirthMin;
  @JsonProperty("yearOfBirthMax")
  @JsonDeserialize(using = FftriJson.LenientInt.class)
  private Integer yearOfBirthMax;
  @JsonProperty("shortName")
  private String shortName;
  @JsonProperty("mainGroupName")
  private String mainGroupName;

  private AgeCategory() {}

  /** The category's id ({@code id}, the list's key). */
  public long id() {
    return id;
  }

  /** The season's id ({@code season}). */
  public Optional<Long> seasonId() {
    return Optional.ofNullable(seasonId);
  }

  /** Name ({@code name}), e.g. {@code Mini-poussin 1}. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Youngest age in the category, in years ({@code ageMin}). */
  public Optional<Integer> ageMin() {
    return Optional.ofNullable(ageMin);
  }

  /** Oldest age in the category, in years ({@code ageMax}). */
  public Optional<Integer> ageMax() {
    return Optional.ofNullable(ageMax);
  }

  /** Earliest year of birth ({@code yearOfBirthMin}). */
  public Optional<Integer> yearOfBirthMin() {
    return Optional.ofNullable(yearOfBirthMin);
  }

  /** Latest year of birth ({@code yearOfBirthMax}). */
  public Optional<Integer> yearOfBirthMax() {
    return Optional.ofNullable(yearOfBirthMax);
  }

  /** Short name ({@code shortName}) exactly as sent, e.g. {@code "MP "} (trailing space kept). */
  public Optional<String> shortName() {
    return Optional.ofNullable(shortName);
  }

  /** The group the category belongs to ({@code mainGroupName}), e.g. {@code Mini-poussin}. */
  public Optional<String> mainGroupName() {
    return Optional.ofNullable(mainGroupName);
  }

  /** Whether someone born in {@code yearOfBirth} belongs here (false if the bounds are missing). */
  public boolean coversYearOfBirth(int yearOfBirth) {
    return yearOfBirthMin != null && yearOfBirthMax != null
        && Math.min(yearOfBirthMin, yearOfBirthMax) <= yearOfBirth
        && yearOfBirth <= Math.max(yearOfBirthMin, yearOfBirthMax);
  }

  /** Takes the id from the key the object is listed under, when the value leaves it out. */
  void containerKey(String key) {
    if (id == null) {
      id = FftriJson.idKey(key, "age category");
    }
  }

  @Override
  public String toString() {
    return "AgeCategory{" + id + " " + name + ", born " + yearOfBirthMin + ".." + yearOfBirthMax + "}";
  }
}
