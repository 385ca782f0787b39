package dev.racereg.letsdothis;

import dev.racereg.core.RequestParams;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.http.ApiRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * What every cursor-paged list of the platform accepts: the four date filters, the page size and
 * cursors, and the two sorts. Immutable; each list operation has its own subclass with its own
 * filters. Instants are sent in UTC as {@code 2020-01-01T20:15:00.000Z} (millisecond precision,
 * finer digits dropped).
 *
 * <p>Rules checked in {@code build()}, before anything is sent: {@code pageSize} 1..500 (the
 * platform's default when unset is 100); at most one of {@code pageAfter} and {@code pageBefore},
 * neither blank; each {@code ...After} bound strictly earlier than the matching {@code ...Before}.
 *
 * <p>Equality, {@code toString()}, {@code toBuilder()} and the additional query parameters and
 * headers come from {@link RequestParams}; auto-paging keeps the additional values on every page.
 */
public abstract class CursorListParams extends RequestParams {

  /** The largest page the platform serves. */
  public static final int MAX_PAGE_SIZE = 500;

  private final Instant createdAfter;
  private final Instant createdBefore;
  private final Instant updatedAfter;
  private final Instant updatedBefore;
  private final Integer pageSize;
  private final String pageAfter;
  private final String pageBefore;
  private final SortOrder sortUpdatedAt;
  private final SortOrder sortCreatedAt;

  CursorListParams(Builder<?, ?> b) {
    super(b);
    this.createdAfter = b.createdAfter;
    this.createdBefore = b.createdBefore;
    this.updatedAfter = b.updatedAfter;
    this.updatedBefore = b.updatedBefore;
    this.pageSize = b.pageSize;
    this.pageAfter = b.pageAfter;
    this.pageBefore = b.pageBefore;
    this.sortUpdatedAt = b.sortUpdatedAt;
    this.sortCreatedAt = b.sortCreatedAt;
    if (pageSize != null) {
      Validation.inRange(pageSize, 1, MAX_PAGE_SIZE, "pageSize");
    }
    if (pageAfter != null) {
      Validation.notBlank(pageAfter, "pageAfter");
    }
    if (pageBefore != null) {
      Validation.notBlank(pageBefore, "pageBefore");
    }
    Validation.check(pageAfter == null || pageBefore == null, "pageAfter",
        "must not be set together with pageBefore (a page is read from one cursor)");
    ordered(createdAfter, createdBefore, "createdAfter", "createdBefore");
    ordered(updatedAfter, updatedBefore, "updatedAfter", "updatedBefore");
  }

  private static void ordered(Instant after, Instant before, String afterName, String beforeName) {
    if (after != null && before != null && !after.isBefore(before)) {
      throw new ValidationException(afterName, "must be earlier than " + beforeName
          + " (otherwise nothing can match)");
    }
  }

  /** {@code createdAt[after]}: only entries created after this instant. */
  public Optional<Instant> createdAfter() {
    return Optional.ofNullable(createdAfter);
  }

  /** {@code createdAt[before]}: only entries created before this instant. */
  public Optional<Instant> createdBefore() {
    return Optional.ofNullable(createdBefore);
  }

  /** {@code updatedAt[after]}: only entries updated after this instant. */
  public Optional<Instant> updatedAfter() {
    return Optional.ofNullable(updatedAfter);
  }

  /** {@code updatedAt[before]}: only entries updated before this instant. */
  public Optional<Instant> updatedBefore() {
    return Optional.ofNullable(updatedBefore);
  }

  /** {@code page[size]}: entries per page, 1..500; the platform's default is 100. */
  public Optional<Integer> pageSize() {
    return Optional.ofNullable(pageSize);
  }

  /** {@code page[after]}: start after this cursor. */
  public Optional<String> pageAfter() {
    return Optional.ofNullable(pageAfter);
  }

  /** {@code page[before]}: end before this cursor. */
  public Optional<String> pageBefore() {
    return Optional.ofNullable(pageBefore);
  }

  /** {@code sort[updatedAt]}. */
  public Optional<SortOrder> sortUpdatedAt() {
    return Optional.ofNullable(sortUpdatedAt);
  }

  /** {@code sort[createdAt]}. */
  public Optional<SortOrder> sortCreatedAt() {
    return Optional.ofNullable(sortCreatedAt);
  }

  /** The same parameters reading the page after {@code cursor} (for auto-paging). */
  abstract CursorListParams withPageAfter(String cursor);

  /** Adds this operation's own filters, before the common ones. */
  void addOwnFilters(ApiRequest.Builder request) {}

  /** Adds parameters that come after the common ones ({@code extendMetadata}). */
  void addTrailing(ApiRequest.Builder request) {}

  /** Adds every query parameter in the order the platform's reference lists them. */
  final void addQuery(ApiRequest.Builder r) {
    addOwnFilters(r);
    r.query("createdAt[after]", createdAfter == null ? null : Json.format(createdAfter));
    r.query("createdAt[before]", createdBefore == null ? null : Json.format(createdBefore));
    r.query("updatedAt[after]", updatedAfter == null ? null : Json.format(updatedAfter));
    r.query("updatedAt[before]", updatedBefore == null ? null : Json.format(updatedBefore));
    r.query("page[size]", pageSize == null ? null : pageSize.toString());
    r.query("page[after]", pageAfter);
    r.query("page[before]", pageBefore);
    r.query("sort[updatedAt]", sortUpdatedAt == null ? null : sortUpdatedAt.wireValue());
    r.query("sort[createdAt]", sortCreatedAt == null ? null : sortCreatedAt.wireValue());
    addTrailing(r);
  }

  /**
   * Declares the common values after the operation's own ones: a subclass declares its own
   * values in {@link #ownComponents(Components)}.
   */
  @Override
  protected final void components(Components c) {
    ownComponents(c);
    c.add("createdAfter", createdAfter).add("createdBefore", createdBefore)
        .add("updatedAfter", updatedAfter).add("updatedBefore", updatedBefore)
        .add("pageSize", pageSize).add("pageAfter", pageAfter).add("pageBefore", pageBefore)
        .add("sortUpdatedAt", sortUpdatedAt).add("sortCreatedAt", sortCreatedAt);
  }

  /** Declares the operation's own values (none by default). */
  void ownComponents(Components c) {}

  @Override
  public abstract Builder<?, ?> toBuilder();

  /**
   * The common builder methods of every list's parameters. Not thread-safe.
   *
   * @param <P> the parameters built
   * @param <B> the concrete builder, returned by every setter
   */
  public abstract static class Builder<P extends CursorListParams, B extends Builder<P, B>>
      extends RequestParams.Builder<P, B> {
    private Instant createdAfter;
    private Instant createdBefore;
    private Instant updatedAfter;
    private Instant updatedBefore;
    private Integer pageSize;
    private String pageAfter;
    private String pageBefore;
    private SortOrder sortUpdatedAt;
    private SortOrder sortCreatedAt;

    Builder() {}

    Builder(CursorListParams p) {
      super(p);
      createdAfter = p.createdAfter;
      createdBefore = p.createdBefore;
      updatedAfter = p.updatedAfter;
      updatedBefore = p.updatedBefore;
      pageSize = p.pageSize;
      pageAfter = p.pageAfter;
      pageBefore = p.pageBefore;
      sortUpdatedAt = p.sortUpdatedAt;
      sortCreatedAt = p.sortCreatedAt;
    }

    /** Only entries created after this instant ({@code createdAt[after]}); null for no bound. */
    public B createdAfter(Instant v) {
      createdAfter = v;
      return self();
    }

    /** Only entries created before this instant ({@code createdAt[before]}); null for no bound. */
    public B createdBefore(Instant v) {
      createdBefore = v;
      return self();
    }

    /**
     * Only entries updated after this instant ({@code updatedAt[after]}), the filter of incremental
     * reads; null for no bound.
     */
    public B updatedAfter(Instant v) {
      updatedAfter = v;
      return self();
    }

    /** Only entries updated before this instant ({@code updatedAt[before]}); null for no bound. */
    public B updatedBefore(Instant v) {
      updatedBefore = v;
      return self();
    }

    /** Entries per page, 1..500 ({@code page[size]}); null for the platform's default of 100. */
    public B pageSize(Integer v) {
      pageSize = v;
      return self();
    }

    /** Start after this cursor ({@code page[after]}), e.g. a saved {@code Page.nextCursor()}. */
    public B pageAfter(String cursor) {
      pageAfter = cursor;
      return self();
    }

    /** End before this cursor ({@code page[before]}). */
    public B pageBefore(String cursor) {
      pageBefore = cursor;
      return self();
    }

    /** Sort by update time ({@code sort[updatedAt]}); null for the platform's order. */
    public B sortUpdatedAt(SortOrder v) {
      sortUpdatedAt = v;
      return self();
    }

    /** Sort by creation time ({@code sort[createdAt]}); null for the platform's order. */
    public B sortCreatedAt(SortOrder v) {
      sortCreatedAt = v;
      return self();
    }
  }
}
