package dev.racereg.runsignup;

import dev.racereg.core.model.Money;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One registration period to set with {@link RegistrationPeriodsParams}: when registration opens
 * and closes (race-local time, whole seconds, sent as {@code yyyy-MM-dd HH:mm:ss}) and the race
 * fee (US dollars, sent as {@code race_fee_in_cents}). The rules across periods (opens before
 * closes, no overlap, fee not negative) are checked by {@link RegistrationPeriodsParams.Builder#build()}.
 *
 * @param opens when registration opens
 * @param closes when it closes
 * @param raceFee the race fee in the period
 */
public record NewRegistrationPeriod(LocalDateTime opens, LocalDateTime closes, Money raceFee) {

  /** @throws NullPointerException if a part is null */
  public NewRegistrationPeriod {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(raceFee, "raceFee");
  }

  /** A period with its fee in cents (US dollars). */
  public static NewRegistrationPeriod ofCents(LocalDateTime opens, LocalDateTime closes, long raceFeeInCents) {
    return new NewRegistrationPeriod(opens, closes, new Money(raceFeeInCents, RunSignupInferred.CURRENCY));
  }
}
