package dev.racereg.core.model;

import dev.racereg.core.internal.Validation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A federation licence as a federation reports it. Immutable; build with {@link #builder()}.
 */
public final class Licence {

  private final String federation;
  private final String number;
  private final String season;
  private final LocalDate validFrom;
  private final LocalDate validUntil;
  private final String category;
  private final String club;
  private final String type;
  private final Participant holder;

  private Licence(Builder b) {
    this.federation = Validation.notBlank(b.federation, "federation");
    this.number = Validation.notBlank(b.number, "number");
    this.season = b.season;
    this.validFrom = b.validFrom;
    this.validUntil = b.validUntil;
    this.category = b.category;
    this.club = b.club;
    this.type = b.type;
    this.holder = b.holder;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The federation, e.g. {@code FFTRI}. */
  public String federation() {
    return federation;
  }

  /** The licence number. */
  public String number() {
    return number;
  }

  /** The season it belongs to, as the federation names it ("2026"). */
  public Optional<String> season() {
    return Optional.ofNullable(season);
  }

  /** First day of validity. */
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /** Last day of validity. */
  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /** Whether the licence is valid on a day, judged by its dates (true when no dates are known). */
  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
  }

  /** Age category. */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /** Club. */
  public Optional<String> club() {
    return Optional.ofNullable(club);
  }

  /** Licence type, as the federation names it (competition, leisure, day pass...). */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** The holder, as far as the federation tells. */
  public Optional<Participant> holder() {
    return Optional.ofNullable(holder);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Licence)) {
      return false;
    }
    Licence l = (Licence) o;
    return federation.equals(l.federation) && number.equals(l.number) && Objects.equals(season, l.season)
        && Objects.equals(validFrom, l.validFrom) && Objects.equals(validUntil, l.validUntil)
        && Objects.equals(category, l.category) && Objects.equals(club, l.club)
        && Objects.equals(type, l.type) && Objects.equals(holder, l.holder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(federation, number, season);
  }

  @Override
  public String toString() {
    return "Licence{" + federation + " " + number + (season == null ? "" : ", season " + season) + "}";
  }

  /** Builds a {@link Licence}. */
  public static final class Builder {
    private String federation;
    private String number;
    private String season;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String category;
    private String club;
    private String type;
    private Participant holder;

    private Builder() {}

    /** Federation (required). */
    public Builder federation(String v) {
      federation = v;
      return this;
    }

    /** Number (required). */
    public Builder number(String v) {
      number = v;
      return this;
    }

    /** Season. */
    public Builder season(String v) {
      season = v;
      return this;
    }

    /** First valid day. */
    public Builder validFrom(LocalDate v) {
      validFrom = v;
      return this;
    }

    /** Last valid day. */
    public Builder validUntil(LocalDate v) {
      validUntil = v;
      return this;
    }

    /** Category. */
    public Builder category(String v) {
      category = v;
      return this;
    }

    /** Club. */
    public Builder club(String v) {
      club = v;
      return this;
    }

    /** Type. */
    public Builder type(String v) {
      type = v;
      return this;
    }

    /** Holder. */
    public Builder holder(Participant v) {
      holder = v;
      return this;
    }

    /**
     * Builds the licence.
     *
     * @throws dev.racereg.core.error.ValidationException if federation or number is missing
     */
    public Licence build() {
      return new Licence(this);
    }
  }
}
