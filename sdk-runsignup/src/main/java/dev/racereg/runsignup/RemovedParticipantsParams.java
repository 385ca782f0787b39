package dev.racereg.runsignup;

import java.time.Instant;

/**
 * Parameters of {@link RunSignupClient#getRemovedParticipants}: which events of a race and how to
 * page, as for {@link ParticipantsParams}; {@link Builder#modifiedAfter(Instant)} filters on the
 * removal time. Immutable.
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
public final class RemovedParticipantsParams extends RsuPagedParams {

  private RemovedParticipantsParams(Builder b) {
    super(b);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link RemovedParticipantsParams}. */
  public static final class Builder extends RsuPagedParams.PagedBuilder<RemovedParticipantsParams, Builder> {

    private Builder() {}

    private Builder(RemovedParticipantsParams p) {
      super(p);
    }

    @Override
    protected Builder self() {
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
    public RemovedParticipantsParams build() {
      return new RemovedParticipantsParams(this);
    }
  }
}
