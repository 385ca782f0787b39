package dev.racereg.runsignup;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parameters of {@link RunSignupClient#postFullResults}: result rows for one result set of an
 * event. Immutable.
 *
 * <p>Match rows by registration id when you can: then a repeated post replaces the same rows, so
 * the client may resend it after a lost answer. Rows matched by bib or chip could be stored twice
 * if RunSignup cannot match them, so such a post is never resent automatically.
 * {@link Builder#build()} refuses an empty list and the same registration, bib or chip twice.
 */
public final class PostResultsParams extends RsuEventParams {

  private final long resultSetId;
  private final List<ResultEntry> results;
  private final RequestFormat requestFormat;

  private PostResultsParams(Builder b) {
    super(b);
    this.resultSetId = Validation.atLeast(Validation.required(b.resultSetId, "resultSetId"), 1, "resultSetId");
    this.results = List.copyOf(b.results);
    this.requestFormat = b.requestFormat;
    if (results.isEmpty()) {
      throw new ValidationException("results", "must hold at least one result");
    }
    Map<String, Integer> keys = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      ResultEntry r = results.get(i);
      Integer other = keys.putIfAbsent(r.match() + ":" + r.key(), i);
      if (other != null) {
        throw new ValidationException("results[" + i + "]", "must not repeat results[" + other + "]: both are for "
            + r.match().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + r.key());
      }
    }
  }

  /** A new builder (JSON request). */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The result set the rows go into. */
  public long resultSetId() {
    return resultSetId;
  }

  /** The rows, in sending order. */
  public List<ResultEntry> results() {
    return results;
  }

  /** The request document's format. Default JSON. */
  public RequestFormat requestFormat() {
    return requestFormat;
  }

  /** Whether every row is matched by registration id (then the post is safe to repeat). */
  public boolean matchedByRegistrationId() {
    return results.stream().allMatch(r -> r.match() == ResultEntry.Match.REGISTRATION_ID);
  }

  @Override
  protected void components(Components c) {
    super.components(c);
    c.add("resultSetId", resultSetId).add("results", results).add("requestFormat", requestFormat);
  }

  /** Builds {@link PostResultsParams}. */
  public static final class Builder extends RsuEventParams.EventBuilder<PostResultsParams, Builder> {
    private Long resultSetId;
    private final List<ResultEntry> results = new ArrayList<>();
    private RequestFormat requestFormat = RequestFormat.JSON;

    private Builder() {}

    private Builder(PostResultsParams p) {
      super(p);
      resultSetId = p.resultSetId;
      results.addAll(p.results);
      requestFormat = p.requestFormat;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The result set (required), e.g. from {@link RunSignupClient#createResultSet}. */
    public Builder resultSetId(long v) {
      resultSetId = v;
      return this;
    }

    /** Adds a row. */
    public Builder addResult(ResultEntry v) {
      results.add(Objects.requireNonNull(v, "result"));
      return this;
    }

    /** Replaces the rows. */
    public Builder results(List<ResultEntry> v) {
      results.clear();
      v.forEach(this::addResult);
      return this;
    }

    /** The request document's format. Default {@link RequestFormat#JSON}. */
    public Builder requestFormat(RequestFormat v) {
      requestFormat = Objects.requireNonNull(v, "requestFormat");
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws ValidationException if an id is missing or not positive, there are no rows, or two
     *     rows are for the same registration, bib or chip
     */
    @Override
    public PostResultsParams build() {
      return new PostResultsParams(this);
    }
  }
}
