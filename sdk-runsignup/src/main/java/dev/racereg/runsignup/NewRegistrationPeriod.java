package dev.racereg.runsignup;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.Money;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One registration period to set with {@link RegistrationPeriodsParams}: when registration opens
 * and closes (race-local time, whole seconds, sent as {@code yyyy-MM-dd HH:mm:ss}) and the race
 * fee (US dollars, sent as {@code race_fee_in_cents}). The rules across periods (opens before
 * closes, no overlap, fee not negative) are checked by {@link RegistrationPeriodsParams.Builder#build()}.
 *
 * <p>A final class, not a record: a period RunSignup reads back carries more than these three
 * values (see {@link RegistrationPeriod}), so the one a caller sets may grow too. Immutable,
 * compared by value.
 */
public final class NewRegistrationPeriod {

  private final LocalDateTime opens;
  private final LocalDateTime closes;
  private final Money raceFee;

  private NewRegistrationPeriod(LocalDateTime opens, LocalDateTime closes, Money raceFee) {
    this.opens = Validation.required(opens, "opens");
    this.closes = Validation.required(closes, "closes");
    this.raceFee = Validation.required(raceFee, "raceFee");
  }

  /**
   * A period with its fee as money (US dollars).
   *
   * @throws dev.racereg.core.error.ValidationException if a part is null
   */
  public static NewRegistrationPeriod of(LocalDateTime opens, LocalDateTime closes, Money raceFee) {
    return new NewRegistrationPeriod(opens, closes, raceFee);
  }

  /**
   * A period with its fee in cents (US dollars).
   *
   * @throws dev.racereg.core.error.ValidationException if a time is null
   */
  public static NewRegistrationPeriod ofCents(LocalDateTime opens, LocalDateTime closes, long raceFeeInCents) {
    return new NewRegistrationPeriod(opens, closes, new Money(raceFeeInCents, RunSignupInferred.CURRENCY));
  }

  /** When registration opens (race-local time). */
  public LocalDateTime opens() {
    return opens;
  }

  /** When registration closes (race-local time). */
  public LocalDateTime closes() {
    return closes;
  }

  /** The race fee in the period. */
  public Money raceFee() {
    return raceFee;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewRegistrationPeriod p && opens.equals(p.opens) && closes.equals(p.closes)
        && raceFee.equals(p.raceFee);
  }

  @Override
  public int hashCode() {
    return Objects.hash(opens, closes, raceFee);
  }

  @Override
  public String toString() {
    return "NewRegistrationPeriod{opens=" + opens + ", closes=" + closes + ", raceFee=" + raceFee + "}";
  }
}
