package dev.racereg.runsignup;

import dev.racereg.core.internal.Validation;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link RunSignupClient#createResultSet}: the event, the set's name, whether the
 * public sees it, and who produced the results. Immutable.
 */
public final class CreateResultSetParams extends RsuEventParams {

  private final String name;
  private final boolean publicResults;
  private final String sourceName;
  private final String sourceUrl;
  private final RequestFormat requestFormat;

  private CreateResultSetParams(Builder b) {
    super(b);
    this.name = Validation.notBlank(b.name, "name").trim();
    this.publicResults = b.publicResults;
    this.sourceName = b.sourceName == null || b.sourceName.isBlank() ? null : b.sourceName.trim();
    this.sourceUrl = b.sourceUrl == null || b.sourceUrl.isBlank() ? null : b.sourceUrl.trim();
    if (sourceUrl != null) {
      Validation.check(sourceUrl.startsWith("http://") || sourceUrl.startsWith("https://"), "sourceUrl",
          "must be an http or https URL, was " + sourceUrl);
    }
    this.requestFormat = b.requestFormat;
  }

  /** A new builder (public results, JSON request). */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The set's name, e.g. {@code Overall}. */
  public String name() {
    return name;
  }

  /** Whether the public sees the set. Default true. */
  public boolean publicResults() {
    return publicResults;
  }

  /** Who produced the results, e.g. the timing company. */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /** A link to the producer. */
  public Optional<String> sourceUrl() {
    return Optional.ofNullable(sourceUrl);
  }

  /** The request document's format. Default JSON. */
  public RequestFormat requestFormat() {
    return requestFormat;
  }

  @Override
  protected void components(Components c) {
    super.components(c);
    c.add("name", name).add("publicResults", publicResults).add("sourceName", sourceName)
        .add("sourceUrl", sourceUrl).add("requestFormat", requestFormat);
  }

  /** Builds {@link CreateResultSetParams}. */
  public static final class Builder extends RsuEventParams.EventBuilder<CreateResultSetParams, Builder> {
    private String name;
    private boolean publicResults = true;
    private String sourceName;
    private String sourceUrl;
    private RequestFormat requestFormat = RequestFormat.JSON;

    private Builder() {}

    private Builder(CreateResultSetParams p) {
      super(p);
      name = p.name;
      publicResults = p.publicResults;
      sourceName = p.sourceName;
      sourceUrl = p.sourceUrl;
      requestFormat = p.requestFormat;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The set's name (required). */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** Whether the public sees the set. Default true. */
    public Builder publicResults(boolean v) {
      publicResults = v;
      return this;
    }

    /** Who produced the results. */
    public Builder sourceName(String v) {
      sourceName = v;
      return this;
    }

    /** A link to the producer (http or https). */
    public Builder sourceUrl(String v) {
      sourceUrl = v;
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
     * @throws dev.racereg.core.error.ValidationException if an id or the name is missing, or the
     *     source URL is not http(s)
     */
    @Override
    public CreateResultSetParams build() {
      return new CreateResultSetParams(this);
    }
  }
}
