package dev.racereg.runsignup;

import dev.racereg.core.internal.Validation;
import java.util.OptionalLong;

/**
 * Parameters of {@link RunSignupClient#getResults}: an event's results, optionally one result set,
 * paged by page number ({@code page} from 1, {@code results_per_page} 1 to 2500, default 1000).
 * Immutable.
 */
public final class GetResultsParams extends RsuEventParams {

  private final Long resultSetId;
  private final int page;
  private final int resultsPerPage;

  private GetResultsParams(Builder b) {
    super(b);
    this.resultSetId = b.resultSetId == null ? null : Validation.atLeast(b.resultSetId, 1, "resultSetId");
    this.page = (int) Validation.atLeast(b.page, 1, "page");
    this.resultsPerPage = (int) Validation.inRange(b.resultsPerPage, 1, RsuListQuery.MAX_RESULTS_PER_PAGE,
        "resultsPerPage");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The one result set asked for; empty for every set of the event. */
  public OptionalLong resultSetId() {
    return resultSetId == null ? OptionalLong.empty() : OptionalLong.of(resultSetId);
  }

  /** The page, from 1. */
  public int page() {
    return page;
  }

  /** Rows per page (per result set). */
  public int resultsPerPage() {
    return resultsPerPage;
  }

  @Override
  protected void components(Components c) {
    super.components(c);
    c.add("resultSetId", resultSetId).add("page", page).add("resultsPerPage", resultsPerPage);
  }

  /** Builds {@link GetResultsParams}. */
  public static final class Builder extends RsuEventParams.EventBuilder<GetResultsParams, Builder> {
    private Long resultSetId;
    private int page = 1;
    private int resultsPerPage = RsuListQuery.DEFAULT_RESULTS_PER_PAGE;

    private Builder() {}

    private Builder(GetResultsParams p) {
      super(p);
      resultSetId = p.resultSetId;
      page = p.page;
      resultsPerPage = p.resultsPerPage;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Only this result set. */
    public Builder resultSetId(long v) {
      resultSetId = v;
      return this;
    }

    /** The first page to read, from 1. Default 1. */
    public Builder page(int v) {
      page = v;
      return this;
    }

    /** Rows per page, 1 to 2500. Default 1000. */
    public Builder resultsPerPage(int v) {
      resultsPerPage = v;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if an id is missing or not positive, the
     *     page is below 1 or results per page is outside 1..2500
     */
    @Override
    public GetResultsParams build() {
      return new GetResultsParams(this);
    }
  }
}
