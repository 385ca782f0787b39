package dev.racereg.runsignup;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A change to one existing registration's bib and chip numbers, for
 * {@link EditParticipantsParams}: set a number, clear it, or leave it as it is. Immutable.
 *
 * <p>RunSignup keeps bibs as whole numbers, so a bib must be 1 to 999999999 written without
 * leading zeros ({@code "0042"} would be stored as 42 and never match the bib you meant). A chip is
 * any text without white space.
 */
public final class ParticipantEdit {

  private static final Pattern BIB = Pattern.compile("[1-9][0-9]{0,8}");
  private static final Pattern CHIP = Pattern.compile("\\S{1,64}");

  /** What to do with one number. */
  enum Change { KEEP, SET, CLEAR }

  private final long registrationId;
  private final Long eventId;
  private final Change bibChange;
  private final String bib;
  private final Change chipChange;
  private final String chip;

  private ParticipantEdit(Builder b) {
    this.registrationId = Validation.atLeast(b.registrationId, 1, "registrationId");
    this.eventId = b.eventId == null ? null : Validation.atLeast(b.eventId, 1, "eventId");
    this.bibChange = b.bibChange;
    this.bib = bibChange == Change.SET ? Validation.matches(b.bib, BIB, "bib",
        "must be a whole number from 1 to 999999999 without leading zeros, was '" + b.bib + "'") : null;
    this.chipChange = b.chipChange;
    this.chip = chipChange == Change.SET ? Validation.matches(b.chip, CHIP, "chip",
        "must be 1 to 64 characters without white space, was '" + b.chip + "'") : null;
    if (bibChange == Change.KEEP && chipChange == Change.KEEP) {
      throw new ValidationException("bib", "an edit must set or clear the bib or the chip");
    }
  }

  /** A builder for the registration with this id. */
  public static Builder builder(long registrationId) {
    return new Builder(registrationId);
  }

  /** Sets the bib of one registration. */
  public static ParticipantEdit bib(long registrationId, String bib) {
    return builder(registrationId).bib(bib).build();
  }

  /** The registration's id. */
  public long registrationId() {
    return registrationId;
  }

  /** The event the registration must be in, when given (RunSignup then checks it). */
  public OptionalLong eventId() {
    return eventId == null ? OptionalLong.empty() : OptionalLong.of(eventId);
  }

  /** The new bib, when one is set. */
  public Optional<String> bib() {
    return Optional.ofNullable(bib);
  }

  /** Whether the bib is cleared. */
  public boolean clearsBib() {
    return bibChange == Change.CLEAR;
  }

  /** The new chip, when one is set. */
  public Optional<String> chip() {
    return Optional.ofNullable(chip);
  }

  /** Whether the chip is cleared. */
  public boolean clearsChip() {
    return chipChange == Change.CLEAR;
  }

  Change bibChange() {
    return bibChange;
  }

  Change chipChange() {
    return chipChange;
  }

  /** Equal when it makes the same change to the same registration. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ParticipantEdit e && registrationId == e.registrationId
        && java.util.Objects.equals(eventId, e.eventId) && bibChange == e.bibChange
        && java.util.Objects.equals(bib, e.bib) && chipChange == e.chipChange
        && java.util.Objects.equals(chip, e.chip);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(registrationId, eventId, bibChange, bib, chipChange, chip);
  }

  @Override
  public String toString() {
    return "ParticipantEdit{" + registrationId + describe(", bib ", bibChange, bib) + describe(", chip ", chipChange, chip)
        + "}";
  }

  private static String describe(String label, Change change, String value) {
    switch (change) {
      case SET: return label + value;
      case CLEAR: return label + "cleared";
      default: return "";
    }
  }

  /** Builds a {@link ParticipantEdit}. */
  public static final class Builder {
    private final long registrationId;
    private Long eventId;
    private Change bibChange = Change.KEEP;
    private String bib;
    private Change chipChange = Change.KEEP;
    private String chip;

    private Builder(long registrationId) {
      this.registrationId = registrationId;
    }

    /** The event the registration is in (optional; RunSignup refuses the edit if it is not). */
    public Builder eventId(long v) {
      eventId = v;
      return this;
    }

    /** Sets the bib. */
    public Builder bib(String v) {
      bibChange = Change.SET;
      bib = v;
      return this;
    }

    /** Removes the bib. */
    public Builder clearBib() {
      bibChange = Change.CLEAR;
      bib = null;
      return this;
    }

    /** Sets the chip. */
    public Builder chip(String v) {
      chipChange = Change.SET;
      chip = v;
      return this;
    }

    /** Removes the chip. */
    public Builder clearChip() {
      chipChange = Change.CLEAR;
      chip = null;
      return this;
    }

    /**
     * Builds the edit.
     *
     * @throws ValidationException if the id is not positive, a number breaks its rule, or nothing
     *     is changed
     */
    public ParticipantEdit build() {
      return new ParticipantEdit(this);
    }
  }
}
