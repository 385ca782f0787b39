package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A licence season of the espacetri, e.g. {@code 2018} (id 10) from 2018-01-01 to 2018-12-31.
 * Until 2015 seasons ran from November to October ({@code 2014-2015}).
 */
public final class Season extends UnknownFieldsModel {

  @JsonProperty("id")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long id;
  @JsonProperty("name")
  private String name;
  @JsonProperty("startDate")
  @JsonDeserialize(using = FftriJson.LenientDate.class)
  private LocalDate startDate;
  @JsonProperty("endDate")
  @JsonDeserialize(using = FftriJson.LenientDate.class)
  private LocalDate endDate;

  private Season() {}

  /** The season's id ({@code id}), used in the other operations' paths. */
  public long id() {
    return id;
  }

  /** Its name ({@code name}), e.g. {@code 2018} or {@code 2014-2015}. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** First day ({@code startDate}). */
  public Optional<LocalDate> startDate() {
    return Optional.ofNullable(startDate);
  }

  /** Last day ({@code endDate}). */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(endDate);
  }

  /** Whether {@code day} falls within the season's dates (false if a date is missing). */
  public boolean contains(LocalDate day) {
    return startDate != null && endDate != null && !day.isBefore(startDate) && !day.isAfter(endDate);
  }

  /** Takes the id from the key the object is listed under, when the value leaves it out. */
  void containerKey(String key) {
    if (id == null) {
      id = FftriJson.idKey(key, "season");
    }
  }

  @Override
  public String toString() {
    return "Season{" + id + " " + name + ", " + startDate + ".." + endDate + "}";
  }
}
