package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * An application: created when someone applies for a ticket that needs one (a ballot, a
 * "good for age" entry), as {@code GET /applications} returns them. Adds to {@link BookingRecord}
 * the approval status, how it is resolved and the ballot draw. Immutable.
 */
public final class LetsDoThisApplication extends BookingRecord {

  @JsonProperty("approvalStatus")
  private ApprovalStatus approvalStatus;
  @JsonProperty("applicationResolutionType")
  private ResolutionType applicationResolutionType;
  @JsonProperty("ballotDraw")
  private String ballotDraw;

  private LetsDoThisApplication() {}

  /** Where the application stands, e.g. {@code APPROVED}. */
  public Optional<ApprovalStatus> approvalStatus() {
    return Optional.ofNullable(approvalStatus);
  }

  /** How it is decided, e.g. {@code BALLOT}. */
  public Optional<ResolutionType> applicationResolutionType() {
    return Optional.ofNullable(applicationResolutionType);
  }

  /** The ballot draw it takes part in, e.g. {@code International Ballot Draw}. */
  public Optional<String> ballotDraw() {
    return Optional.ofNullable(ballotDraw);
  }
}
