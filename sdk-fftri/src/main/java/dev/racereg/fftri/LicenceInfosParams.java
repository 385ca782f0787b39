package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import java.time.LocalDate;

/**
 * Parameters of {@link FftriClient#licenceInfos(LicenceInfosParams)}: the licence and its holder
 * as the espacetri knows them (all required; the platform matches them together). Immutable;
 * build with {@link #builder()}.
 */
public final class LicenceInfosParams extends RequestParams {

  private final long seasonId;
  private final FftriGender gender;
  private final String lastName;
  private final LocalDate birthDate;
  private final String licence;

  private LicenceInfosParams(Builder b) {
    super(b);
    this.seasonId = Validation.atLeast(Validation.required(b.seasonId, "seasonId"), 1, "seasonId");
    this.gender = FftriRules.gender(b.gender, "gender");
    this.lastName = Validation.notBlank(b.lastName, "lastName").strip();
    this.birthDate = FftriRules.date(b.birthDate, "birthDate");
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

  /** The season's id. */
  public long seasonId() {
    return seasonId;
  }

  /** The holder's sex ({@code m} or {@code f}). */
  public FftriGender gender() {
    return gender;
  }

  /** The holder's last name as registered in the espacetri. */
  public String lastName() {
    return lastName;
  }

  /** The holder's date of birth (sent as {@code YYYY-MM-DD}). */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** The licence number. */
  public String licence() {
    return licence;
  }

  /** The JSON body, in the doc's field order. */
  ObjectNode toJson() {
    ObjectNode body = Codecs.json().createObjectNode();
    body.put("gender", gender.value());
    body.put("lastname", lastName);
    body.put("birthdate", birthDate.toString());
    body.put("licence", licence);
    return body;
  }

  @Override
  protected void components(Components c) {
    // the holder's name, sex and birth date are personal data: masked
    c.add("seasonId", seasonId).secret("gender", gender).secret("lastName", lastName)
        .secret("birthDate", birthDate).add("licence", licence);
  }

  /** Builds {@link LicenceInfosParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<LicenceInfosParams, Builder> {
    private Long seasonId;
    private FftriGender gender;
    private String lastName;
    private LocalDate birthDate;
    private String licence;

    private Builder() {}

    private Builder(LicenceInfosParams p) {
      super(p);
      seasonId = p.seasonId;
      gender = p.gender;
      lastName = p.lastName;
      birthDate = p.birthDate;
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

    /** The holder's sex. Required: {@link FftriGender#MALE} or {@link FftriGender#FEMALE}. */
    public Builder gender(FftriGender gender) {
      this.gender = gender;
      return this;
    }

    /** The holder's last name as registered in the espacetri. Required. */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** The holder's date of birth. Required. */
    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /** The licence number. Required. */
    public Builder licence(String licence) {
      this.licence = licence;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if a field is missing, the gender is
     *     not {@code m}/{@code f}, or the birth date's year is not four digits
     */
    @Override
    public LicenceInfosParams build() {
      return new LicenceInfosParams(this);
    }
  }
}
