package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;

/**
 * Parameters of {@link FftriClient#verifyPass(VerifyPassParams)}: a pass number and the trial it
 * must be valid for. Immutable; build with {@link #builder()}.
 */
public final class VerifyPassParams extends RequestParams {

  private final String passNumber;
  private final long trialId;

  private VerifyPassParams(Builder b) {
    super(b);
    this.passNumber = Validation.notBlank(b.passNumber, "passNumber").strip();
    this.trialId = Validation.atLeast(Validation.required(b.trialId, "trialId"), 1, "trialId");
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

  /** The pass number. */
  public String passNumber() {
    return passNumber;
  }

  /** The trial's id in the espacetri (not the event's). */
  public long trialId() {
    return trialId;
  }

  @Override
  protected void components(Components c) {
    c.add("passNumber", passNumber).add("trialId", trialId);
  }

  /** Builds {@link VerifyPassParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<VerifyPassParams, Builder> {
    private String passNumber;
    private Long trialId;

    private Builder() {}

    private Builder(VerifyPassParams p) {
      super(p);
      passNumber = p.passNumber;
      trialId = p.trialId;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The pass number, e.g. {@code PC2022000123}. Required. */
    public Builder passNumber(String passNumber) {
      this.passNumber = passNumber;
      return this;
    }

    /** The trial's id. Required, at least 1. */
    public Builder trialId(long trialId) {
      this.trialId = trialId;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if the pass number is blank or the
     *     trial id is missing or below 1
     */
    @Override
    public VerifyPassParams build() {
      return new VerifyPassParams(this);
    }
  }
}
