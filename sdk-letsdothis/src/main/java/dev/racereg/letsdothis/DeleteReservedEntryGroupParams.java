package dev.racereg.letsdothis;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;
/**
 * Parameters of "delete a reserved entry group" ({@code DELETE /reserved-entries/{id}}, path
 * inferred).
 *
 * <p>Immutable; validated when built, before anything is sent.
 */
public final class DeleteReservedEntryGroupParams extends RequestParams {

  private final String id;

  private DeleteReservedEntryGroupParams(Builder b) {
    super(b);
    this.id = Validation.notBlank(b.id, "id");
  }

  /** A builder; {@code id} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters for one reserved entry group, with nothing else set.
   *
   * @throws dev.racereg.core.error.ValidationException if {@code id} is blank
   */
  public static DeleteReservedEntryGroupParams of(String id) {
    return builder().id(id).build();
  }

  /** The reserved entry group's id (path parameter). */
  public String id() {
    return id;
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  protected void components(Components c) {
    c.add("id", id);
  }

  /** Builds {@link DeleteReservedEntryGroupParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<DeleteReservedEntryGroupParams, Builder> {
    private String id;

    private Builder() {}

    private Builder(DeleteReservedEntryGroupParams p) {
      super(p);
      id = p.id;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The reserved entry group's id (required). */
    public Builder id(String v) {
      id = v;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException naming {@code id} if it is blank
     */
    @Override
    public DeleteReservedEntryGroupParams build() {
      return new DeleteReservedEntryGroupParams(this);
    }
  }
}
