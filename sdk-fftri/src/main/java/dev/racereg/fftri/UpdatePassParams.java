package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import java.util.Optional;

/**
 * Parameters of {@link FftriClient#updatePass(UpdatePassParams)}: set a pass's refund flag.
 * Immutable; build with {@link #builder()}.
 */
public final class UpdatePassParams extends RequestParams {

  private final String passNumber;
  private final boolean refunded;
  private final String canceledReason;

  private UpdatePassParams(Builder b) {
    super(b);
    this.passNumber = Validation.notBlank(b.passNumber, "passNumber").strip();
    this.refunded = Validation.required(b.refunded, "refund");
    this.canceledReason = FftriRules.optional(b.canceledReason);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, additional ones included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The pass number ({@code passNumber}). */
  public String passNumber() {
    return passNumber;
  }

  /** Whether the pass is refunded ({@code refund}: 1) or not (0). */
  public boolean refund() {
    return refunded;
  }

  /** Why it was refunded ({@code canceledReason}), if given. */
  public Optional<String> canceledReason() {
    return Optional.ofNullable(canceledReason);
  }

  /** The JSON body, in the doc's field order. */
  ObjectNode toJson() {
    ObjectNode body = Codecs.json().createObjectNode();
    body.put("passNumber", passNumber);
    body.put("refund", refunded ? 1 : 0);
    if (canceledReason != null) {
      body.put("canceledReason", canceledReason);
    }
    return body;
  }

  @Override
  protected void components(Components c) {
    c.add("passNumber", passNumber).add("refund", refunded).add("canceledReason", canceledReason);
  }

  /** Builds {@link UpdatePassParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<UpdatePassParams, Builder> {
    private String passNumber;
    private Boolean refunded;
    private String canceledReason;

    private Builder() {}

    private Builder(UpdatePassParams p) {
      super(p);
      passNumber = p.passNumber;
      refunded = p.refunded;
      canceledReason = p.canceledReason;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The pass number. Required. */
    public Builder passNumber(String passNumber) {
      this.passNumber = passNumber;
      return this;
    }

    /** True to mark the pass refunded, false for not refunded. Required. */
    public Builder refund(boolean refund) {
      this.refunded = refund;
      return this;
    }

    /** Why it was refunded (optional; null or blank for none). */
    public Builder canceledReason(String canceledReason) {
      this.canceledReason = canceledReason;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if the pass number is blank or the
     *     refund flag was not set
     */
    @Override
    public UpdatePassParams build() {
      return new UpdatePassParams(this);
    }
  }
}
