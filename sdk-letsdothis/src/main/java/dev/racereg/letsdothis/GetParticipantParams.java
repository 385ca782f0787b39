package dev.racereg.letsdothis;

import java.util.Optional;

/**
 * Parameters of "get a participant by ID" ({@code GET /participants/{id}}, path inferred).
 *
 * <p>Immutable; validated when built, before anything is sent.
 */
public final class GetParticipantParams extends SingleIdParams<Boolean> {

  private GetParticipantParams(Builder b) {
    super("id", b.id, "extendMetadata", b.extendMetadata);
  }

  /** A builder; {@code id} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters for one participant, with nothing else set.
   *
   * @throws dev.racereg.core.error.ValidationException if {@code id} is blank
   */
  public static GetParticipantParams of(String id) {
    return builder().id(id).build();
  }

  /** The participant's id (path parameter). */
  public String id() {
    return pathId();
  }

  /** {@code extendMetadata}: when true, every available metadata field is returned. */
  public Optional<Boolean> extendMetadata() {
    return option();
  }

  /** Builds {@link GetParticipantParams}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private Boolean extendMetadata;

    private Builder() {}

    /** The participant's id (required). */
    public Builder id(String v) {
      id = v;
      return this;
    }

    /**
     * {@code extendMetadata}: true returns every metadata field; null leaves the parameter out
     * (the platform's default).
     */
    public Builder extendMetadata(Boolean v) {
      extendMetadata = v;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException naming {@code id} if it is blank
     */
    public GetParticipantParams build() {
      return new GetParticipantParams(this);
    }
  }
}
