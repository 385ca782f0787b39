package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A participant: someone who successfully booked an event, as {@code GET /participants} and
 * {@code GET /races/{id}/participants} return them. Adds to {@link BookingRecord} the application
 * it came from (balloted entries), the race day details and the result submission. Immutable.
 *
 * <p>Personal data (names, e-mail, date of birth, address, emergency contact) and the booking
 * status are in {@link #fields()}:
 *
 * <pre>{@code
 * ParticipantFields f = participant.fields();
 * String name = f.firstName().orElse("") + " " + f.lastName().orElse("");
 * Optional<LocalDate> born = f.dateOfBirth();
 * Optional<BookingStatus> status = f.status();
 * }</pre>
 *
 * {@link LetsDoThisRegistrationMapper} turns it into the unified
 * {@link dev.racereg.core.model.Registration}.
 */
public final class LetsDoThisParticipant extends BookingRecord {

  @JsonProperty("applicationId")
  private String applicationId;
  @JsonProperty("raceDayDetails")
  private OpenObject raceDayDetails;
  @JsonProperty("resultSubmission")
  private OpenObject resultSubmission;

  private LetsDoThisParticipant() {}

  /** The application this entry came from, for balloted or approved entries. */
  public Optional<String> applicationId() {
    return Optional.ofNullable(applicationId);
  }

  /** Race day details ({@code raceDayDetails}, schema collapsed in the doc). */
  public Optional<OpenObject> raceDayDetails() {
    return Optional.ofNullable(raceDayDetails);
  }

  /** The participant's result submission ({@code resultSubmission}, schema collapsed). */
  public Optional<OpenObject> resultSubmission() {
    return Optional.ofNullable(resultSubmission);
  }
}
