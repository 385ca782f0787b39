package dev.racereg.runsignup;

import java.time.Instant;

/**
 * Parameters of {@link RunSignupClient#getParticipants}: which events of a race, how to page, and
 * what to include. Immutable.
 *
 * <p>Paging comes in two styles. Page numbers ({@link Builder#page(int)}, the default, from page
 * 1) follow RunSignup's {@code page}; rows added or changed while you page can shift between
 * pages. A registration-id watermark ({@link Builder#afterRegistrationId(long)}, start with 0)
 * asks for rows with a larger id, sorted by id, which no concurrent change can make you skip or
 * see twice; the client then reads one event at a time. {@link Builder#resultsPerPage(int)} is
 * 1 to 2500, default 1000.
 *
 * <p>{@link Builder#modifiedAfter(Instant)} keeps rows changed <b>strictly after</b> the instant.
 * RunSignup's {@code modified_after_timestamp} matches "on or after" a whole second, so the client
 * sends the next whole second: {@code modifiedAfter(t)} sends {@code t}'s unix seconds plus one.
 * Pass the newest {@code lastModified} you have seen and you get only newer rows.
 */
public final class ParticipantsParams extends RsuPagedParams {

  private final boolean includeQuestions;
  private final boolean includeRegistrationAddons;

  private ParticipantsParams(Builder b) {
    super(b);
    this.includeQuestions = b.includeQuestions;
    this.includeRegistrationAddons = b.includeRegistrationAddons;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Whether question responses are included ({@code include_questions=T}). */
  public boolean includeQuestions() {
    return includeQuestions;
  }

  /** Whether add-ons are included ({@code include_registration_addons=T}). */
  public boolean includeRegistrationAddons() {
    return includeRegistrationAddons;
  }

  @Override
  protected void components(Components c) {
    super.components(c);
    c.add("includeQuestions", includeQuestions).add("includeRegistrationAddons", includeRegistrationAddons);
  }

  /** Builds {@link ParticipantsParams}. */
  public static final class Builder extends RsuPagedParams.PagedBuilder<ParticipantsParams, Builder> {
    private boolean includeQuestions;
    private boolean includeRegistrationAddons;

    private Builder() {}

    private Builder(ParticipantsParams p) {
      super(p);
      includeQuestions = p.includeQuestions;
      includeRegistrationAddons = p.includeRegistrationAddons;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Include question responses. Default false. */
    public Builder includeQuestions(boolean v) {
      includeQuestions = v;
      return this;
    }

    /** Include registration add-ons. Default false. */
    public Builder includeRegistrationAddons(boolean v) {
      includeRegistrationAddons = v;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if the race or events are missing or not
     *     positive, both paging styles are set, the page is below 1, results per page is outside
     *     1..2500, or a sort other than registration id ascending comes with registration-id paging
     */
    @Override
    public ParticipantsParams build() {
      return new ParticipantsParams(this);
    }
  }
}
