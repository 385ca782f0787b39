package dev.racereg.actigo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One result sent to Actigo's results sync ({@code PUT .../results.json}): who (an Actigo user by
 * id, or a person's given, middle and surname, sex, birth date and country), the category, the
 * overall, category and sex positions, the start number, the time and the split times.
 * Immutable; only the person is required.
 */
public final class ActigoResult {

  private final String category;
  private final SyncPerson person;
  private final Integer position;
  private final Integer positionByCategory;
  private final Integer positionBySex;
  private final String startNumber;
  private final Duration time;
  private final List<SplitTime> splitTimes;

  private ActigoResult(Builder b) {
    this.category = b.category;
    this.person = b.person;
    this.position = b.position;
    this.positionByCategory = b.positionByCategory;
    this.positionBySex = b.positionBySex;
    this.startNumber = b.startNumber;
    this.time = b.time;
    this.splitTimes = List.copyOf(b.splitTimes);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The category, e.g. {@code M40}. */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /** The person. */
  public SyncPerson person() {
    return person;
  }

  /** Overall position, from 1. */
  public Optional<Integer> position() {
    return Optional.ofNullable(position);
  }

  /** Position within the category, from 1. */
  public Optional<Integer> positionByCategory() {
    return Optional.ofNullable(positionByCategory);
  }

  /** Position among the same sex, from 1. */
  public Optional<Integer> positionBySex() {
    return Optional.ofNullable(positionBySex);
  }

  /** Start number. */
  public Optional<String> startNumber() {
    return Optional.ofNullable(startNumber);
  }

  /** The result time; sent in whole milliseconds ({@code 600000} for 10 minutes). */
  public Optional<Duration> time() {
    return Optional.ofNullable(time);
  }

  /** The split times, in the order given. */
  public List<SplitTime> splitTimes() {
    return splitTimes;
  }

  /** The JSON object sent. */
  ObjectNode toJson() {
    ObjectNode node = Codecs.json().createObjectNode();
    if (category != null) {
      node.put("category", category);
    }
    node.set("person", person.toJson());
    if (position != null) {
      node.put("position", position);
    }
    if (positionByCategory != null) {
      node.put("positionByCategory", positionByCategory);
    }
    if (positionBySex != null) {
      node.put("positionBySex", positionBySex);
    }
    if (startNumber != null) {
      node.put("startNumber", startNumber);
    }
    if (time != null) {
      node.put("time", time.toMillis());
    }
    if (!splitTimes.isEmpty()) {
      ArrayNode splits = node.putArray("splitTimes");
      for (SplitTime s : splitTimes) {
        splits.addObject().put("distance", s.distanceKm()).put("time", s.time().toString());
      }
    }
    return node;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ActigoResult)) {
      return false;
    }
    ActigoResult r = (ActigoResult) o;
    return Objects.equals(category, r.category) && person.equals(r.person)
        && Objects.equals(position, r.position) && Objects.equals(positionByCategory, r.positionByCategory)
        && Objects.equals(positionBySex, r.positionBySex) && Objects.equals(startNumber, r.startNumber)
        && Objects.equals(time, r.time) && splitTimes.equals(r.splitTimes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, person, position, startNumber, time);
  }

  @Override
  public String toString() {
    return "ActigoResult{" + person + (position == null ? "" : ", position " + position)
        + (time == null ? "" : ", " + time) + "}";
  }

  /** Builds an {@link ActigoResult}. Blank strings are stored as absent. Not thread-safe. */
  public static final class Builder {
    private String category;
    private SyncPerson person;
    private Integer position;
    private Integer positionByCategory;
    private Integer positionBySex;
    private String startNumber;
    private Duration time;
    private final List<SplitTime> splitTimes = new ArrayList<>();

    private Builder() {}

    private Builder(ActigoResult r) {
      category = r.category;
      person = r.person;
      position = r.position;
      positionByCategory = r.positionByCategory;
      positionBySex = r.positionBySex;
      startNumber = r.startNumber;
      time = r.time;
      splitTimes.addAll(r.splitTimes);
    }

    /** The category. */
    public Builder category(String v) {
      category = Text.trimmed(v);
      return this;
    }

    /** The person (required): {@link SyncPerson#actigoUser(String)} or an external person. */
    public Builder person(SyncPerson v) {
      person = v;
      return this;
    }

    /** Overall position, from 1. */
    public Builder position(Integer v) {
      position = v;
      return this;
    }

    /** Position within the category, from 1. */
    public Builder positionByCategory(Integer v) {
      positionByCategory = v;
      return this;
    }

    /** Position among the same sex, from 1. */
    public Builder positionBySex(Integer v) {
      positionBySex = v;
      return this;
    }

    /** Start number. */
    public Builder startNumber(String v) {
      startNumber = Text.trimmed(v);
      return this;
    }

    /**
     * The result time. Sent in whole milliseconds: any sub-millisecond part is truncated (as
     * timing rules truncate), so {@code PT10M0.0009S} is sent as {@code 600000}.
     */
    public Builder time(Duration v) {
      time = v;
      return this;
    }

    /** Replaces the split times. */
    public Builder splitTimes(List<SplitTime> v) {
      splitTimes.clear();
      Objects.requireNonNull(v, "splitTimes").forEach(this::addSplitTime);
      return this;
    }

    /** Adds a split time. */
    public Builder addSplitTime(SplitTime v) {
      splitTimes.add(Objects.requireNonNull(v, "splitTime"));
      return this;
    }

    /**
     * Builds the result.
     *
     * @throws dev.racereg.core.error.ValidationException if the person is missing, a position is
     *     below 1, or the time is negative
     */
    public ActigoResult build() {
      Validation.required(person, "person");
      positive(position, "position");
      positive(positionByCategory, "positionByCategory");
      positive(positionBySex, "positionBySex");
      Validation.check(time == null || !time.isNegative(), "time", "must not be negative");
      return new ActigoResult(this);
    }

    private static void positive(Integer v, String field) {
      if (v != null) {
        Validation.atLeast(v, 1, field);
      }
    }
  }
}
