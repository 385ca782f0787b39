package dev.racereg.core.unified;

import dev.racereg.core.internal.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's result, the same shape for every platform that takes results: who (the
 * registration's id on the platform, its bib, or both), how the race ended, the chip (net) and
 * gun (clock) times, the places overall, by gender and by category when known, and the splits.
 * Immutable; build with {@link #builder()}.
 *
 * <p>A platform matches the row by registration id when it is given (unambiguous, and a resend
 * replaces the same row) and by bib otherwise.
 */
public final class Result {

  private final String registrationId;
  private final String bib;
  private final ResultStatus status;
  private final Duration chipTime;
  private final Duration gunTime;
  private final Integer overallPlace;
  private final Integer genderPlace;
  private final Integer categoryPlace;
  private final String category;
  private final List<Split> splits;

  private Result(Builder b) {
    this.registrationId = b.registrationId;
    this.bib = b.bib;
    this.status = b.status;
    this.chipTime = b.chipTime;
    this.gunTime = b.gunTime;
    this.overallPlace = b.overallPlace;
    this.genderPlace = b.genderPlace;
    this.categoryPlace = b.categoryPlace;
    this.category = b.category;
    this.splits = List.copyOf(b.splits);
  }

  /** A new builder (status {@link ResultStatus#FINISHED}). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The registration's id on the platform ({@code Registration.nativeId()}). */
  public Optional<String> registrationId() {
    return Optional.ofNullable(registrationId);
  }

  /** The bib, as text (leading zeros kept). */
  public Optional<String> bib() {
    return Optional.ofNullable(bib);
  }

  /** How the race ended. Default {@link ResultStatus#FINISHED}. */
  public ResultStatus status() {
    return status;
  }

  /** The chip (net) time: from crossing the start line to crossing the finish. */
  public Optional<Duration> chipTime() {
    return Optional.ofNullable(chipTime);
  }

  /** The gun (clock) time: from the start signal to crossing the finish. */
  public Optional<Duration> gunTime() {
    return Optional.ofNullable(gunTime);
  }

  /** The overall place, from 1. */
  public Optional<Integer> overallPlace() {
    return Optional.ofNullable(overallPlace);
  }

  /** The place among the same gender, from 1. */
  public Optional<Integer> genderPlace() {
    return Optional.ofNullable(genderPlace);
  }

  /** The place within the category, from 1. */
  public Optional<Integer> categoryPlace() {
    return Optional.ofNullable(categoryPlace);
  }

  /** The category the category place is in, e.g. {@code M40}. */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /** The splits, in the order given. */
  public List<Split> splits() {
    return splits;
  }

  /** The registration id if known, else {@code bib <bib>}: how the row names its participant. */
  public String who() {
    return registrationId != null ? registrationId : "bib " + bib;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Result)) {
      return false;
    }
    Result r = (Result) o;
    return Objects.equals(registrationId, r.registrationId) && Objects.equals(bib, r.bib)
        && status.equals(r.status) && Objects.equals(chipTime, r.chipTime) && Objects.equals(gunTime, r.gunTime)
        && Objects.equals(overallPlace, r.overallPlace) && Objects.equals(genderPlace, r.genderPlace)
        && Objects.equals(categoryPlace, r.categoryPlace) && Objects.equals(category, r.category)
        && splits.equals(r.splits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(registrationId, bib, status, chipTime, gunTime, overallPlace);
  }

  @Override
  public String toString() {
    return "Result{" + who() + ", " + status + (chipTime == null ? "" : ", chip " + chipTime)
        + (gunTime == null ? "" : ", gun " + gunTime) + (overallPlace == null ? "" : ", place " + overallPlace) + "}";
  }

  /** Builds a {@link Result}. Blank strings are stored as absent. Not thread-safe. */
  public static final class Builder {
    private String registrationId;
    private String bib;
    private ResultStatus status = ResultStatus.FINISHED;
    private Duration chipTime;
    private Duration gunTime;
    private Integer overallPlace;
    private Integer genderPlace;
    private Integer categoryPlace;
    private String category;
    private final List<Split> splits = new ArrayList<>();

    private Builder() {}

    private Builder(Result r) {
      registrationId = r.registrationId;
      bib = r.bib;
      status = r.status;
      chipTime = r.chipTime;
      gunTime = r.gunTime;
      overallPlace = r.overallPlace;
      genderPlace = r.genderPlace;
      categoryPlace = r.categoryPlace;
      category = r.category;
      splits.addAll(r.splits);
    }

    /** The registration's id on the platform. */
    public Builder registrationId(String v) {
      registrationId = clean(v);
      return this;
    }

    /** The bib, as text. */
    public Builder bib(String v) {
      bib = clean(v);
      return this;
    }

    /** How the race ended (required; default {@link ResultStatus#FINISHED}). */
    public Builder status(ResultStatus v) {
      status = v;
      return this;
    }

    /** The chip (net) time. */
    public Builder chipTime(Duration v) {
      chipTime = v;
      return this;
    }

    /** The gun (clock) time. */
    public Builder gunTime(Duration v) {
      gunTime = v;
      return this;
    }

    /** The overall place, from 1; null for none. */
    public Builder overallPlace(Integer v) {
      overallPlace = v;
      return this;
    }

    /** The place among the same gender, from 1; null for none. */
    public Builder genderPlace(Integer v) {
      genderPlace = v;
      return this;
    }

    /** The place within the category, from 1; null for none. */
    public Builder categoryPlace(Integer v) {
      categoryPlace = v;
      return this;
    }

    /** The category. */
    public Builder category(String v) {
      category = clean(v);
      return this;
    }

    /** Adds a split. */
    public Builder addSplit(Split v) {
      splits.add(Objects.requireNonNull(v, "split"));
      return this;
    }

    /** Replaces the splits. */
    public Builder splits(List<Split> v) {
      splits.clear();
      Objects.requireNonNull(v, "splits").forEach(this::addSplit);
      return this;
    }

    /**
     * Builds the result.
     *
     * @throws dev.racereg.core.error.ValidationException if neither a registration id nor a bib is
     *     given, the status is missing, a time is negative, or a place is below 1
     */
    public Result build() {
      Validation.check(registrationId != null || bib != null, "registrationId",
          "a result needs a registration id or a bib");
      Validation.required(status, "status");
      Validation.check(chipTime == null || !chipTime.isNegative(), "chipTime", "must not be negative");
      Validation.check(gunTime == null || !gunTime.isNegative(), "gunTime", "must not be negative");
      place(overallPlace, "overallPlace");
      place(genderPlace, "genderPlace");
      place(categoryPlace, "categoryPlace");
      return new Result(this);
    }

    private static void place(Integer v, String field) {
      if (v != null) {
        Validation.atLeast(v, 1, field);
      }
    }

    private static String clean(String v) {
      return v == null || v.isBlank() ? null : v.trim();
    }
  }
}
