package dev.racereg.letsdothis;

/**
 * Parameters of "delete a reserved entry group" ({@code DELETE /reserved-entries/{id}}, path
 * inferred).
 *
 * <p>Immutable; validated when built, before anything is sent.
 */
public final class DeleteReservedEntryGroupParams extends SingleIdParams<Void> {

  private DeleteReservedEntryGroupParams(Builder b) {
    super("id", b.id);
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
    return pathId();
  }

  /** Builds {@link DeleteReservedEntryGroupParams}. Not thread-safe. */
  public static final class Builder {
    private String id;

    private Builder() {}

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
    public DeleteReservedEntryGroupParams build() {
      return new DeleteReservedEntryGroupParams(this);
    }
  }
}
