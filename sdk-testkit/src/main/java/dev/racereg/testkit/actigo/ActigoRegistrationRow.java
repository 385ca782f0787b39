package dev.racereg.testkit.actigo;

import java.time.Instant;
import java.util.Objects;

/**
 * A registration to an organised activity as the simulator holds it; part of a read-only state
 * snapshot.
 *
 * @param id the registration id, 24 hex digits (MongoDB ObjectId style)
 * @param created when the registration was made, millisecond precision
 * @param code the short registration code, for example {@code RGZ196}
 * @param state {@code New}, {@code Confirmed}, {@code Cancelled} or the simulator's inferred
 *     fourth state {@code Waitlisted}
 * @param startNumber the start number (bib) as text, for example {@code 0001}; {@code null} when
 *     none is assigned
 * @param amountValue the amount paid in hundredths of the currency unit ({@code 85000} is
 *     850.00 CZK)
 * @param currency ISO 4217 currency code, {@code CZK}
 * @param person the registered person
 * @param external {@code true} for a registration inserted through the sync API (made in the
 *     organiser's other system), {@code false} for one made in Actigo
 */
public record ActigoRegistrationRow(
    String id,
    Instant created,
    String code,
    String state,
    String startNumber,
    long amountValue,
    String currency,
    ActigoPersonRow person,
    boolean external) {

  /** Validates that the identifying fields are present. */
  public ActigoRegistrationRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(person, "person");
  }

  /** A copy with another start number ({@code null} for none). */
  ActigoRegistrationRow withStartNumber(String newStartNumber) {
    return new ActigoRegistrationRow(id, created, code, state, newStartNumber, amountValue, currency,
        person, external);
  }

  /** A copy with another person. */
  ActigoRegistrationRow withPerson(ActigoPersonRow newPerson) {
    return new ActigoRegistrationRow(id, created, code, state, startNumber, amountValue, currency,
        newPerson, external);
  }
}
