package dev.racereg.actigo;

import dev.racereg.core.RequestParams;

/**
 * Which registrations to download: those of one organised activity (race). Immutable, with value
 * equality. Additional query parameters and headers ({@link RequestParams}) are sent with the
 * download; additional body properties are refused, since a download sends no body.
 */
public final class RegistrationsParams extends RequestParams {

  private final String activityId;

  private RegistrationsParams(Builder b) {
    super(b);
    this.activityId = Ids.check(b.activityId, "activityId");
    BodyProperties.refuse(this, "no body (a GET)");
  }

  /**
   * The registrations of one activity.
   *
   * @param activityId the organised activity's id ({@code organizedActivityId}, 24 hexadecimal
   *     digits)
   * @throws dev.racereg.core.error.ValidationException if the id is not 24 hexadecimal digits
   */
  public static RegistrationsParams of(String activityId) {
    return builder().activityId(activityId).build();
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

  /** The organised activity's id. */
  public String activityId() {
    return activityId;
  }

  @Override
  protected void components(Components c) {
    c.add("activityId", activityId);
  }

  /** Builds {@link RegistrationsParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<RegistrationsParams, Builder> {
    private String activityId;

    private Builder() {}

    private Builder(RegistrationsParams p) {
      super(p);
      activityId = p.activityId;
    }

    /** The organised activity's id (required, 24 hexadecimal digits). */
    public Builder activityId(String v) {
      activityId = v;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code activityId} is missing or not
     *     24 hexadecimal digits, or an additional body property is set ({@code
     *     additionalBodyProperties})
     */
    @Override
    public RegistrationsParams build() {
      return new RegistrationsParams(this);
    }
  }
}
