package dev.racereg.testkit.runsignup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One active registration of the simulated race, as {@code GET /race/{race_id}/participants}
 * would show it right now (read-only copy).
 *
 * @param registrationId the registration's id (rows are paged in this order)
 * @param eventId the event registered for
 * @param bibNum the bib number, or {@code null} when none is assigned yet
 * @param chipNum the chip number, or {@code null} when none is assigned
 * @param age the age on race day
 * @param registrationDate when the registration was made
 * @param lastModified when the registration last changed (sent as unix seconds)
 * @param teamId the team's id, or {@code null}
 * @param teamName the team's name, or {@code null}
 * @param raceFeeCents the race fee of the period the registration fell in, in cents
 * @param amountPaidCents what the participant paid (fee, processing fee, less any coupon), in cents
 * @param user the registered person
 * @param questionResponses answers to the race's questions (sent with {@code include_questions=T})
 * @param addons add-ons bought (sent with {@code include_registration_addons=T})
 */
public record ParticipantSnapshot(long registrationId, long eventId, Integer bibNum, String chipNum,
    int age, Instant registrationDate, Instant lastModified, Long teamId, String teamName,
    long raceFeeCents, long amountPaidCents, User user, List<QuestionResponseSnapshot> questionResponses,
    List<Addon> addons) {

  /** Copies the lists so the snapshot cannot change under the caller. */
  public ParticipantSnapshot {
    questionResponses = List.copyOf(questionResponses);
    addons = List.copyOf(addons);
  }

  ParticipantSnapshot withNumbers(Integer bib, String chip, Instant modified) {
    return new ParticipantSnapshot(registrationId, eventId, bib, chip, age, registrationDate, modified,
        teamId, teamName, raceFeeCents, amountPaidCents, user, questionResponses, addons);
  }

  ParticipantSnapshot withUser(User newUser, int newAge, Instant modified) {
    return new ParticipantSnapshot(registrationId, eventId, bibNum, chipNum, newAge, registrationDate,
        modified, teamId, teamName, raceFeeCents, amountPaidCents, newUser, questionResponses, addons);
  }

  /**
   * The registered person.
   *
   * @param userId the RunSignup user id
   * @param firstName first name
   * @param middleName middle name or initial, {@code null} when none was given
   * @param lastName last name
   * @param email e-mail address
   * @param dob date of birth (sent as {@code yyyy-MM-dd})
   * @param gender {@code "M"} or {@code "F"}
   * @param phone phone number as typed, for example {@code "614-555-0147"}
   * @param address postal address
   */
  public record User(long userId, String firstName, String middleName, String lastName, String email,
      LocalDate dob, String gender, String phone, Address address) {}

  /**
   * A US postal address.
   *
   * @param street street line
   * @param city city
   * @param state two-letter state code
   * @param zipcode five-digit zip code
   * @param countryCode two-letter country code, {@code "US"} for almost everyone
   */
  public record Address(String street, String city, String state, String zipcode, String countryCode) {}

  /**
   * An answer to one of the race's registration questions.
   *
   * @param questionId the question's id
   * @param questionText the question as shown to the registrant
   * @param response the answer
   */
  public record QuestionResponseSnapshot(long questionId, String questionText, String response) {}

  /**
   * An add-on (merchandise) bought with the registration.
   *
   * @param addonId the add-on's id
   * @param name the add-on's name
   * @param option the chosen option (a shirt size), or {@code null}
   * @param quantity how many were bought
   * @param priceCents unit price in cents
   */
  public record Addon(long addonId, String name, String option, int quantity, long priceCents) {}
}
