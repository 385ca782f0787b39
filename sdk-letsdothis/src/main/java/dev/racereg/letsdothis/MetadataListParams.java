package dev.racereg.letsdothis;

import dev.racereg.core.internal.http.ApiRequest;
import java.util.Optional;

/**
 * A cursor-paged list that also accepts {@code extendMetadata} (applications and participants),
 * sent after the common parameters. Immutable.
 */
abstract class MetadataListParams extends CursorListParams {

  private final Boolean extendMetadata;

  MetadataListParams(Builder<?, ?> b) {
    super(b);
    this.extendMetadata = b.extendMetadata;
  }

  /** {@code extendMetadata}: when true, every available metadata field is returned. */
  public final Optional<Boolean> extendMetadata() {
    return Optional.ofNullable(extendMetadata);
  }

  @Override
  final void addTrailing(ApiRequest.Builder request) {
    request.query("extendMetadata", extendMetadata == null ? null : extendMetadata.toString());
  }

  /** Declares {@code extendMetadata} after the operation's filters. */
  @Override
  final void ownComponents(Components c) {
    filterComponents(c);
    c.add("extendMetadata", extendMetadata);
  }

  /** Declares the operation's own filters (none by default). */
  void filterComponents(Components c) {}

  /**
   * The builder methods of a list accepting {@code extendMetadata}. Not thread-safe.
   *
   * @param <P> the parameters built
   * @param <B> the concrete builder, returned by every setter
   */
  abstract static class Builder<P extends MetadataListParams, B extends Builder<P, B>>
      extends CursorListParams.Builder<P, B> {
    private Boolean extendMetadata;

    Builder() {}

    Builder(MetadataListParams p) {
      super(p);
      extendMetadata = p.extendMetadata;
    }

    /**
     * {@code extendMetadata}: true returns every metadata field (event and race names, start
     * date, location...); null leaves the parameter out (the platform's default).
     */
    public B extendMetadata(Boolean v) {
      extendMetadata = v;
      return self();
    }
  }
}
