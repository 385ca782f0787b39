package dev.racereg.letsdothis;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;
import java.util.Optional;

/**
 * Parameters of "get an application by ID" ({@code GET /applications/{id}}, path inferred).
 *
 * <p>Immutable; validated when built, before anything is sent.
 */
public final class GetApplicationParams extends RequestParams {

  private final String id;
  private final Boolean extendMetadata;

  private GetApplicationParams(Builder b) {
    super(b);
    this.id = Validation.notBlank(b.id, "id");
    this.extendMetadata = b.extendMetadata;
  }

  /** A builder; {@code id} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters for one application, with nothing else set.
   *
   * @throws dev.racereg.core.error.ValidationException if {@code id} is blank
   */
  public static GetApplicationParams of(String id) {
    return builder().id(id).build();
  }

  /** The application's id (path parameter). */
  public String id() {
    return id;
  }

  /** {@code extendMetadata}: when true, every available metadata field is returned. */
  public Optional<Boolean> extendMetadata() {
    return Optional.ofNullable(extendMetadata);
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  protected void components(Components c) {
    c.add("id", id).add("extendMetadata", extendMetadata);
  }

  /** Builds {@link GetApplicationParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<GetApplicationParams, Builder> {
    private String id;
    private Boolean extendMetadata;

    private Builder() {}

    private Builder(GetApplicationParams p) {
      super(p);
      id = p.id;
      extendMetadata = p.extendMetadata;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The application's id (required). */
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
    @Override
    public GetApplicationParams build() {
      return new GetApplicationParams(this);
    }
  }
}
