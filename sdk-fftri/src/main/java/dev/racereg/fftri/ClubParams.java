package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;

/** Parameters of {@link FftriClient#club(ClubParams)}. Immutable; build with {@link #builder()}. */
public final class ClubParams extends RequestParams {

  private final long clubId;

  private ClubParams(Builder b) {
    super(b);
    this.clubId = Validation.atLeast(Validation.required(b.clubId, "clubId"), 1, "clubId");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, additional ones included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The club's id, e.g. {@code 1001}. */
  public long clubId() {
    return clubId;
  }

  @Override
  protected void components(Components c) {
    c.add("clubId", clubId);
  }

  /** Builds {@link ClubParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<ClubParams, Builder> {
    private Long clubId;

    private Builder() {}

    private Builder(ClubParams p) {
      super(p);
      clubId = p.clubId;
    }

    @Override
    protected Builder self() {
      return this;
    }

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
    @Override
    public ClubParams build() {
      return new ClubParams(this);
    }
  }
}
