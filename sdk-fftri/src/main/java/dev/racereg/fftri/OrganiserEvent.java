package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An event ("manifestation") of an organiser with its upcoming trials, from
 * {@link FftriClient#trialsByOrganiser(TrialsByOrganiserParams)}.
 */
public final class OrganiserEvent extends UnknownFieldsModel {

  @JsonProperty("id_event")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long id;
  @JsonProperty("name_event")
  private String name;
  @JsonProperty("date_start_event")
  @JsonDeserialize(using = FftriJson.LenientDate.class)
  private LocalDate startDate;
  @JsonProperty("date_end_event")
  @JsonDeserialize(using = FftriJson.LenientDate.class)
  private LocalDate endDate;
  @JsonProperty("league_id")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long leagueId;
  @JsonProperty("league")
  private String league;
  @JsonProperty("status")
  private EventStatus status;
  private List<Trial> trials = List.of();

  private OrganiserEvent() {}

  @JsonSetter("trials")
  private void trials(JsonNode node) {
    if (node == null || node.isNull()) {
      trials = List.of();
      return;
    }
    try {
      trials = FftriJson.keyedList(node, Trial.class, "trials", Trial::containerKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The event's id ({@code id_event}, the key it is listed under). */
  public long id() {
    return id;
  }

  /** Name ({@code name_event}). */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** First day ({@code date_start_event}). */
  public Optional<LocalDate> startDate() {
    return Optional.ofNullable(startDate);
  }

  /** Last day ({@code date_end_event}). */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(endDate);
  }

  /** The league's id ({@code league_id}). */
  public Optional<Long> leagueId() {
    return Optional.ofNullable(leagueId);
  }

  /** The league's name ({@code league}, e.g. {@code HAUTS DE FRANCE}). */
  public Optional<String> league() {
    return Optional.ofNullable(league);
  }

  /** Where the event stands with its league ({@code status}). */
  public Optional<EventStatus> status() {
    return Optional.ofNullable(status);
  }

  /** The event's trials, in the platform's order ({@code trials}, keyed by trial id). */
  public List<Trial> trials() {
    return trials;
  }

  /** Takes the id from the key the object is listed under, when the value leaves it out. */
  void containerKey(String key) {
    if (id == null) {
      id = FftriJson.idKey(key, "event");
    }
  }

  @Override
  public String toString() {
    return "OrganiserEvent{" + id + " " + name + ", " + startDate + ", " + trials.size() + " trials}";
  }
}
