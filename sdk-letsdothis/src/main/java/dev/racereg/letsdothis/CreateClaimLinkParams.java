package dev.racereg.letsdothis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;
import java.util.Optional;

/**
 * "Create a claim link" ({@code POST /partners/{id}/claim-link}, path inferred): a link for a
 * partner, to its general dashboard or, with {@link #reservedEntryId()}, to the dashboard where it
 * allocates the entries of that reserved entry group. Immutable.
 *
 * <p>Rules, checked in {@link Builder#build()}: {@code partnerId} not blank; {@code emailAddress},
 * when set, an e-mail address; {@code reservedEntryId}, when set, not blank.
 */
public final class CreateClaimLinkParams extends RequestParams {

  private final String partnerId;
  private final String emailAddress;
  private final String reservedEntryId;

  private CreateClaimLinkParams(Builder b) {
    super(b);
    this.partnerId = Validation.notBlank(b.partnerId, "partnerId");
    this.emailAddress = b.emailAddress == null ? null : Rules.email(b.emailAddress, "emailAddress");
    this.reservedEntryId = b.reservedEntryId == null ? null
        : Validation.notBlank(b.reservedEntryId, "reservedEntryId");
  }

  /** A builder; {@code partnerId} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The partner (path parameter). */
  public String partnerId() {
    return partnerId;
  }

  /** Where the platform sends the link. */
  public Optional<String> emailAddress() {
    return Optional.ofNullable(emailAddress);
  }

  /** The reserved entry group the link manages; empty for the general partner dashboard. */
  public Optional<String> reservedEntryId() {
    return Optional.ofNullable(reservedEntryId);
  }

  ObjectNode toJson() {
    ObjectNode n = Json.object();
    if (emailAddress != null) {
      n.put("emailAddress", emailAddress);
    }
    if (reservedEntryId != null) {
      n.put("reservedEntryId", reservedEntryId);
    }
    return n;
  }

  /** A builder holding these parameters, additional values included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@code emailAddress} is personal data: {@code toString()} masks it. */
  @Override
  protected void components(Components c) {
    c.add("partnerId", partnerId)
        .secret("emailAddress", emailAddress)
        .add("reservedEntryId", reservedEntryId);
  }

  /** Builds {@link CreateClaimLinkParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<CreateClaimLinkParams, Builder> {
    private String partnerId;
    private String emailAddress;
    private String reservedEntryId;

    private Builder() {}

    private Builder(CreateClaimLinkParams p) {
      super(p);
      partnerId = p.partnerId;
      emailAddress = p.emailAddress;
      reservedEntryId = p.reservedEntryId;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The partner (required). */
    public Builder partnerId(String v) {
      partnerId = v;
      return this;
    }

    /** Where the platform should send the link. */
    public Builder emailAddress(String v) {
      emailAddress = v;
      return this;
    }

    /** The reserved entry group the link should manage. */
    public Builder reservedEntryId(String v) {
      reservedEntryId = v;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws dev.racereg.core.error.ValidationException naming the broken member
     */
    @Override
    public CreateClaimLinkParams build() {
      return new CreateClaimLinkParams(this);
    }
  }
}
