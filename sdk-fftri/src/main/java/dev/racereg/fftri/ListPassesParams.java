package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;

/**
 * Parameters of {@link FftriClient#listPasses(ListPassesParams)} and
 * {@link FftriClient#listPassesCsv(ListPassesParams)}. Immutable; build with {@link #builder()}.
 */
public final class ListPassesParams extends RequestParams {

  private final long trialId;
  private final PaidFilter paid;
  private final boolean onlyThisProvider;

  private ListPassesParams(Builder b) {
    super(b);
    this.trialId = Validation.atLeast(Validation.required(b.trialId, "trialId"), 1, "trialId");
    this.paid = Validation.required(b.paid, "paid");
    this.onlyThisProvider = b.onlyThisProvider;
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

  /** The trial's id in the espacetri ({@code trial_id}). */
  public long trialId() {
    return trialId;
  }

  /** Which passes by payment ({@code is_paid}). */
  public PaidFilter paid() {
    return paid;
  }

  /** Whether only the passes sold by this technical provider account are listed ({@code provider}). */
  public boolean onlyThisProvider() {
    return onlyThisProvider;
  }

  @Override
  protected void components(Components c) {
    c.add("trialId", trialId).add("paid", paid).add("onlyThisProvider", onlyThisProvider);
  }

  /** Builds {@link ListPassesParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<ListPassesParams, Builder> {
    private Long trialId;
    private PaidFilter paid = PaidFilter.ALL;
    private boolean onlyThisProvider;

    private Builder() {}

    private Builder(ListPassesParams p) {
      super(p);
      trialId = p.trialId;
      paid = p.paid;
      onlyThisProvider = p.onlyThisProvider;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The trial's id (not the event's). Required, at least 1. */
    public Builder trialId(long trialId) {
      this.trialId = trialId;
      return this;
    }

    /** Which passes by payment. Default {@link PaidFilter#ALL}. */
    public Builder paid(PaidFilter paid) {
      this.paid = paid;
      return this;
    }

    /**
     * True to list only the passes this technical provider account sold; default false (every
     * pass of the trial).
     */
    public Builder onlyThisProvider(boolean onlyThisProvider) {
      this.onlyThisProvider = onlyThisProvider;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if the trial id is missing or below 1,
     *     or the filter is null
     */
    @Override
    public ListPassesParams build() {
      return new ListPassesParams(this);
    }
  }
}
