package dev.racereg.fftri;

import dev.racereg.core.internal.Validation;
import java.util.Objects;

/**
 * Parameters of {@link FftriClient#testLicence(TestLicenceParams)}: which licence, for which
 * season. Immutable; build with {@link #builder()}.
 */
public final class TestLicenceParams {

  private final long seasonId;
  private final String licence;

  private TestLicenceParams(Builder b) {
    this.seasonId = Validation.atLeast(Validation.required(b.seasonId, "seasonId"), 1, "seasonId");
    this.licence = Validation.notBlank(b.licence, "licence").strip();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder().seasonId(seasonId).licence(licence);
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
  public boolean equals(Object o) {
    return o instanceof TestLicenceParams && ((TestLicenceParams) o).seasonId == seasonId
        && ((TestLicenceParams) o).licence.equals(licence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seasonId, licence);
  }

  @Override
  public String toString() {
    return "TestLicenceParams{seasonId=" + seasonId + ", licence=" + licence + "}";
  }

  /** Builds {@link TestLicenceParams}. Not thread-safe. */
  public static final class Builder {
    private Long seasonId;
    private String licence;

    private Builder() {}

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
    public TestLicenceParams build() {
      return new TestLicenceParams(this);
    }
  }
}
