package dev.racereg.fftri;

import dev.racereg.core.internal.Validation;
import java.util.Objects;

/** Parameters of {@link FftriClient#club(ClubParams)}. Immutable; build with {@link #builder()}. */
public final class ClubParams {

  private final long clubId;

  private ClubParams(Builder b) {
    this.clubId = Validation.atLeast(Validation.required(b.clubId, "clubId"), 1, "clubId");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder().clubId(clubId);
  }

  /** The club's id, e.g. {@code 1001}. */
  public long clubId() {
    return clubId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClubParams && ((ClubParams) o).clubId == clubId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(clubId);
  }

  @Override
  public String toString() {
    return "ClubParams{clubId=" + clubId + "}";
  }

  /** Builds {@link ClubParams}. Not thread-safe. */
  public static final class Builder {
    private Long clubId;

    private Builder() {}

    /** The club's id, e.g. {@code 1001}. Required, at least 1. */
    public Builder clubId(long clubId) {
      this.clubId = clubId;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code clubId} is missing or below 1
     */
    public ClubParams build() {
      return new ClubParams(this);
    }
  }
}
