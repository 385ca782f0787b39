package dev.racereg.fftri;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link FftriClient#updatePass(UpdatePassParams)}: set a pass's refund flag.
 * Immutable; build with {@link #builder()}.
 */
public final class UpdatePassParams {

  private final String passNumber;
  private final boolean refunded;
  private final String canceledReason;

  private UpdatePassParams(Builder b) {
    this.passNumber = Validation.notBlank(b.passNumber, "passNumber").strip();
    this.refunded = Validation.required(b.refunded, "refund");
    this.canceledReason = FftriParams.optional(b.canceledReason);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder().passNumber(passNumber).refund(refunded).canceledReason(canceledReason);
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
  public boolean equals(Object o) {
    if (!(o instanceof UpdatePassParams)) {
      return false;
    }
    UpdatePassParams p = (UpdatePassParams) o;
    return passNumber.equals(p.passNumber) && refunded == p.refunded
        && Objects.equals(canceledReason, p.canceledReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(passNumber, refunded, canceledReason);
  }

  @Override
  public String toString() {
    return "UpdatePassParams{passNumber=" + passNumber + ", refund=" + refunded + "}";
  }

  /** Builds {@link UpdatePassParams}. Not thread-safe. */
  public static final class Builder {
    private String passNumber;
    private Boolean refunded;
    private String canceledReason;

    private Builder() {}

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
    public UpdatePassParams build() {
      return new UpdatePassParams(this);
    }
  }
}
