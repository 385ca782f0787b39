package dev.racereg.actigo;

import java.util.Objects;

/**
 * Which registrations to download: those of one organised activity (race). Immutable.
 */
public final class RegistrationsParams {

  private final String activityId;

  private RegistrationsParams(Builder b) {
    this.activityId = b.activityId;
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

  /** A builder holding these values. */
  public Builder toBuilder() {
    return builder().activityId(activityId);
  }

  /** The organised activity's id. */
  public String activityId() {
    return activityId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegistrationsParams && activityId.equals(((RegistrationsParams) o).activityId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(activityId);
  }

  @Override
  public String toString() {
    return "RegistrationsParams{activityId=" + activityId + "}";
  }

  /** Builds {@link RegistrationsParams}. Not thread-safe. */
  public static final class Builder {
    private String activityId;

    private Builder() {}

    /** The organised activity's id (required, 24 hexadecimal digits). */
    public Builder activityId(String v) {
      activityId = v;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if {@code activityId} is missing or not
     *     24 hexadecimal digits
     */
    public RegistrationsParams build() {
      Ids.check(activityId, "activityId");
      return new RegistrationsParams(this);
    }
  }
}
