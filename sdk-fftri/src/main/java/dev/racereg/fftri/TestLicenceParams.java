package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;

/**
 * Parameters of {@link FftriClient#testLicence(TestLicenceParams)}: which licence, for which
 * season. Immutable; build with {@link #builder()}.
 */
public final class TestLicenceParams extends RequestParams {

  private final long seasonId;
  private final String licence;

  private TestLicenceParams(Builder b) {
    super(b);
    this.seasonId = Validation.atLeast(Validation.required(b.seasonId, "seasonId"), 1, "seasonId");
    this.licence = Validation.notBlank(b.licence, "licence").strip();
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

  /** The season's id (see {@link FftriClient#seasons()}). */
  public long seasonId() {
    return seasonId;
  }

  /** The licence number, without surrounding white space. */
  public String licence() {
    return licence;
  }

  @Override
  protected void components(Components c) {
    c.add("seasonId", seasonId).add("licence", licence);
  }

  /** Builds {@link TestLicenceParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<TestLicenceParams, Builder> {
    private Long seasonId;
    private String licence;

    private Builder() {}

    private Builder(TestLicenceParams p) {
      super(p);
      seasonId = p.seasonId;
      licence = p.licence;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The season's id. Required, at least 1. */
    public Builder seasonId(long seasonId) {
      this.seasonId = seasonId;
      return this;
    }

    /** The licence number. Required, not blank; surrounding white space is removed. */
    public Builder licence(String licence) {
      this.licence = licence;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if the season id is missing or below 1,
     *     or the licence is blank
     */
    @Override
    public TestLicenceParams build() {
      return new TestLicenceParams(this);
    }
  }
}
