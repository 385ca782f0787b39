package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.racereg.core.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A trial ("épreuve"): one race of an event, with its own pass compétition price. Its id is the
 * {@code fftriId} / {@code trial_id} of the pass compétition operations.
 */
public final class Trial extends UnknownFieldsModel {

  @JsonProperty("id_trial")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long id;
  @JsonProperty("name_trial")
  private String name;
  @JsonProperty("date_trial")
  @JsonDeserialize(using = FftriJson.LenientDate.class)
  private LocalDate date;
  @JsonProperty("discipline")
  private String discipline;
  @JsonProperty("distance")
  private String distance;
  @JsonProperty("format")
  private TrialFormat format;
  @JsonProperty("label_trial")
  private String label;
  @JsonProperty("pass_price")
  @JsonDeserialize(using = FftriJson.Euros.class)
  private Money passPrice;
  @JsonProperty("second_pass_price")
  @JsonDeserialize(using = FftriJson.Euros.class)
  private Money secondPassPrice;
  @JsonProperty("lng")
  @JsonDeserialize(using = FftriJson.LenientDecimal.class)
  private BigDecimal longitude;

  private Trial() {}

  /** The trial's id ({@code id_trial}, the key it is listed under). */
  public long id() {
    return id;
  }

  /** Name ({@code name_trial}). */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Date ({@code date_trial}). */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** Discipline ({@code discipline}, e.g. {@code Duathlon}). */
  public Optional<String> discipline() {
    return Optional.ofNullable(discipline);
  }

  /** Distance ({@code distance}, e.g. {@code S} or {@code Jeunes 10-13}). */
  public Optional<String> distance() {
    return Optional.ofNullable(distance);
  }

  /** Format ({@code format}). */
  public Optional<TrialFormat> format() {
    return Optional.ofNullable(format);
  }

  /** The labels as sent ({@code label_trial}), {@code ;}-separated. */
  public Optional<String> labelText() {
    return Optional.ofNullable(label);
  }

  /** The labels, e.g. {@code [Mixité, Triathlon Durable]}; empty when none. */
  public List<String> labels() {
    if (label == null || label.isBlank()) {
      return List.of();
    }
    return Arrays.stream(label.split(";")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }

  /** The pass compétition price ({@code pass_price}, euros). */
  public Optional<Money> passPrice() {
    return Optional.ofNullable(passPrice);
  }

  /**
   * The second pass price when the trial has several formats ({@code second_pass_price},
   * euros; the FFTri discourages it).
   */
  public Optional<Money> secondPassPrice() {
    return Optional.ofNullable(secondPassPrice);
  }

  /**
   * {@code lng}: listed among this operation's response fields as "longitude of the club's
   * address", probably a copy-paste in the doc; typed here in case it is sent.
   */
  public Optional<BigDecimal> longitude() {
    return Optional.ofNullable(longitude);
  }

  /** Takes the id from the key the object is listed under, when the value leaves it out. */
  void containerKey(String key) {
    if (id == null) {
      id = FftriJson.idKey(key, "trial");
    }
  }

  @Override
  public String toString() {
    return "Trial{" + id + " " + name + ", " + date + ", pass " + passPrice + "}";
  }
}
