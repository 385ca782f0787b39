package dev.racereg.runsignup;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.Money;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of {@link RunSignupClient#setupRegistrationPeriods}: the event and its complete new
 * list of registration periods. RunSignup <b>removes every existing period of the event and
 * replaces them with these</b>, so send the whole schedule every time, never only a change.
 * Immutable.
 *
 * <p>{@link Builder#build()} checks, before anything is sent: at least one period; each opens
 * before it closes; no two overlap (a period must open after the previous one closes, as in
 * RunSignup's example where one closes at 23:59:59 and the next opens at 00:00:00); times in
 * whole seconds (the wire format has no fractions); fees in US dollars and not negative.
 */
public final class RegistrationPeriodsParams extends RsuEventParams {

  private final List<NewRegistrationPeriod> periods;
  private final RequestFormat requestFormat;
  private final ResponseFormat responseFormat;

  private RegistrationPeriodsParams(Builder b) {
    super(b);
    this.periods = List.copyOf(b.periods);
    this.requestFormat = b.requestFormat;
    this.responseFormat = b.responseFormat;
    validate(periods);
  }

  private static void validate(List<NewRegistrationPeriod> periods) {
    if (periods.isEmpty()) {
      throw new ValidationException("periods", "must hold at least one period (RunSignup replaces them all)");
    }
    for (int i = 0; i < periods.size(); i++) {
      NewRegistrationPeriod p = periods.get(i);
      String at = "periods[" + i + "]";
      Validation.check(p.opens().getNano() == 0, at + ".opens", "must be whole seconds, was " + p.opens());
      Validation.check(p.closes().getNano() == 0, at + ".closes", "must be whole seconds, was " + p.closes());
      Validation.check(p.opens().isBefore(p.closes()), at + ".closes",
          "must be after opens (" + RunSignupValues.formatSql(p.opens()) + "), was "
              + RunSignupValues.formatSql(p.closes()));
      Money fee = p.raceFee();
      Validation.check(fee.currency().equals(RunSignupInferred.CURRENCY), at + ".raceFee",
          "must be in " + RunSignupInferred.CURRENCY + ", was " + fee.currency());
      Validation.check(fee.minorUnits() >= 0, at + ".raceFee", "must not be negative, was " + fee);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> periods.get(i).opens()));
    for (int k = 1; k < order.size(); k++) {
      NewRegistrationPeriod previous = periods.get(order.get(k - 1));
      NewRegistrationPeriod next = periods.get(order.get(k));
      Validation.check(next.opens().isAfter(previous.closes()), "periods[" + order.get(k) + "].opens",
          "must be after the close of periods[" + order.get(k - 1) + "] ("
              + RunSignupValues.formatSql(previous.closes()) + "): periods must not overlap");
    }
  }

  /** A new builder (JSON request and response). */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The new periods, in the order given. */
  public List<NewRegistrationPeriod> periods() {
    return periods;
  }

  /** The format the request document is sent in. Default JSON. */
  public RequestFormat requestFormat() {
    return requestFormat;
  }

  /** The format RunSignup is asked to answer in. Default JSON. */
  public ResponseFormat responseFormat() {
    return responseFormat;
  }

  @Override
  protected void components(Components c) {
    super.components(c);
    c.add("periods", periods).add("requestFormat", requestFormat).add("responseFormat", responseFormat);
  }

  /** Builds {@link RegistrationPeriodsParams}. */
  public static final class Builder extends RsuEventParams.EventBuilder<RegistrationPeriodsParams, Builder> {
    private final List<NewRegistrationPeriod> periods = new ArrayList<>();
    private RequestFormat requestFormat = RequestFormat.JSON;
    private ResponseFormat responseFormat = ResponseFormat.JSON;

    private Builder() {}

    private Builder(RegistrationPeriodsParams p) {
      super(p);
      periods.addAll(p.periods);
      requestFormat = p.requestFormat;
      responseFormat = p.responseFormat;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Adds a period with its fee as money (US dollars). */
    public Builder addPeriod(LocalDateTime opens, LocalDateTime closes, Money raceFee) {
      periods.add(NewRegistrationPeriod.of(opens, closes, raceFee));
      return this;
    }

    /** Adds a period with its fee in cents. */
    public Builder addPeriodCents(LocalDateTime opens, LocalDateTime closes, long raceFeeInCents) {
      periods.add(NewRegistrationPeriod.ofCents(opens, closes, raceFeeInCents));
      return this;
    }

    /** Adds a period. */
    public Builder addPeriod(NewRegistrationPeriod period) {
      periods.add(Objects.requireNonNull(period, "period"));
      return this;
    }

    /** Replaces the periods. */
    public Builder periods(List<NewRegistrationPeriod> v) {
      periods.clear();
      v.forEach(this::addPeriod);
      return this;
    }

    /** The request document's format. Default {@link RequestFormat#JSON}. */
    public Builder requestFormat(RequestFormat v) {
      requestFormat = Objects.requireNonNull(v, "requestFormat");
      return this;
    }

    /** The response's format. Default {@link ResponseFormat#JSON}. */
    public Builder responseFormat(ResponseFormat v) {
      responseFormat = Objects.requireNonNull(v, "responseFormat");
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws ValidationException naming the field and rule if an id is missing or a period breaks a
     *     rule listed on {@link RegistrationPeriodsParams}
     */
    @Override
    public RegistrationPeriodsParams build() {
      return new RegistrationPeriodsParams(this);
    }
  }
}
