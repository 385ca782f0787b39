package dev.racereg.letsdothis;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.http.ApiRequest;
import java.util.Optional;

/**
 * Parameters of "get partners" ({@code GET /partners}), optionally filtered by name with
 * {@code search} (case-insensitive).
 *
 * <p>Immutable; {@link #toBuilder()} derives variants. The common filters, paging and sorts are
 * described on {@link CursorListParams}.
 */
public final class ListPartnersParams extends CursorListParams {

  private final String search;

  private ListPartnersParams(Builder b) {
    super(b);
    if (b.search != null) {
      Validation.notBlank(b.search, "search");
    }
    this.search = b.search;
  }

  /** A builder; every parameter is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** No filter: every entry, in the platform's default pages of 100. */
  public static ListPartnersParams all() {
    return builder().build();
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@code search}: only partners whose name matches this text, case-insensitively. */
  public Optional<String> search() {
    return Optional.ofNullable(search);
  }

  @Override
  ListPartnersParams withPageAfter(String cursor) {
    return toBuilder().pageBefore(null).pageAfter(cursor).build();
  }

  @Override
  void addOwnFilters(ApiRequest.Builder request) {
    request.query("search", search);
  }

  @Override
  void ownComponents(Components c) {
    c.add("search", search);
  }

  /** Builds {@link ListPartnersParams}. Not thread-safe. */
  public static final class Builder extends CursorListParams.Builder<ListPartnersParams, Builder> {
    private String search;

    private Builder() {}

    private Builder(ListPartnersParams p) {
      super(p);
      search = p.search;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** {@code search}: only partners whose name matches this text, case-insensitively. Null for none. */
    public Builder search(String v) {
      search = v;
      return this;
    }

    @Override
    public ListPartnersParams build() {
      return new ListPartnersParams(this);
    }
  }
}
