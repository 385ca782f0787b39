package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.model.Money;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A registration period of an event as {@code GET /race/{race_id}} shows it:
 * {@code registration_opens}, {@code registration_closes} ({@code M/d/yyyy HH:mm}, in the race's
 * time zone), {@code race_fee} and {@code processing_fee} (money strings). A fee given as
 * {@code race_fee_in_cents} is read too. Immutable; unknown fields are kept in {@link #unknownFields()}.
 * To change periods, see {@link RegistrationPeriodsParams}.
 */
public final class RegistrationPeriod extends UnknownFieldsModel {

  private final LocalDateTime opens;
  private final LocalDateTime closes;
  private final Money raceFee;
  private final Money processingFee;

  private RegistrationPeriod(RsuFields f) {
    this.opens = f.dateTime("registration_opens");
    this.closes = f.dateTime("registration_closes");
    Money fee = f.money("race_fee");
    if (fee == null) {
      Long cents = f.longValue("race_fee_in_cents");
      fee = cents == null ? null : new Money(cents, RunSignupInferred.CURRENCY);
    }
    this.raceFee = fee;
    this.processingFee = f.money("processing_fee");
    f.rest().forEach(this::putUnknownField);
  }

  static RegistrationPeriod from(JsonNode node) {
    return new RegistrationPeriod(RsuFields.of(node, "a registration period"));
  }

  /** When registration opens (race-local time). */
  public Optional<LocalDateTime> opens() {
    return Optional.ofNullable(opens);
  }

  /** When registration closes (race-local time). */
  public Optional<LocalDateTime> closes() {
    return Optional.ofNullable(closes);
  }

  /** The race fee in this period, in US dollars. */
  public Optional<Money> raceFee() {
    return Optional.ofNullable(raceFee);
  }

  /** The processing fee in this period, in US dollars. */
  public Optional<Money> processingFee() {
    return Optional.ofNullable(processingFee);
  }


  @Override
  public String toString() {
    return "RegistrationPeriod{" + opens + " .. " + closes + ", " + raceFee + "}";
  }
}
