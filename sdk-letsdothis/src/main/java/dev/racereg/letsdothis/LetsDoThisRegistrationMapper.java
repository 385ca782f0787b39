package dev.racereg.letsdothis;

import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.util.Locale;
import java.util.Objects;

/**
 * Maps a {@link LetsDoThisParticipant} to the unified {@link Registration}: the one place where
 * Let's Do This data meets the unified model. Stateless and thread-safe.
 *
 * <table>
 * <caption>Fields</caption>
 * <tr><th>Registration</th><th>from</th></tr>
 * <tr><td>provider</td><td>{@value #PROVIDER}</td></tr>
 * <tr><td>nativeId</td><td>the participant's {@code id}</td></tr>
 * <tr><td>eventId, eventName</td><td>{@code eventId}, {@code eventName} (metadata)</td></tr>
 * <tr><td>raceId, raceName</td><td>{@code raceId}, {@code raceName} (metadata)</td></tr>
 * <tr><td>category</td><td>{@code ticketTitle}</td></tr>
 * <tr><td>status</td><td>the {@code status} field, see below</td></tr>
 * <tr><td>bib</td><td>{@code bibNumber}</td></tr>
 * <tr><td>amount</td><td>{@code originalTicketPrice} (minor units and currency)</td></tr>
 * <tr><td>registeredAt, updatedAt</td><td>{@code createdAt}, {@code updatedAt}</td></tr>
 * <tr><td>person</td><td>{@code fields[]}: {@code firstName}, {@code lastName}, {@code gender},
 *     {@code dateOfBirth}, {@code emailAddress}, {@code phone}, {@code addressCountry},
 *     {@code addressCity}</td></tr>
 * </table>
 *
 * <p><b>Status</b> (the booking status, value of the {@code status} field):
 * {@code CONFIRMED} to {@link RegistrationStatus#CONFIRMED}; {@code PENDING} and
 * {@code PENDING_BALLOT} to {@link RegistrationStatus#PENDING}; {@code CANCELLED} to
 * {@link RegistrationStatus#CANCELLED}; {@code FAILED} to {@link RegistrationStatus#FAILED};
 * {@code REFUNDED} and {@code REFUNDING} to {@link RegistrationStatus#REFUNDED}; {@code DEFERRED}
 * to {@link RegistrationStatus#DEFERRED}; {@code TO_BE_TRANSFERRED}, {@code TRANSFERRED_EVENTS},
 * {@code TRANSFERRED_TO_CREDIT} (and any other {@code TRANSFERRED_...}) to
 * {@link RegistrationStatus#TRANSFERRED}. Any other value is kept as an unknown status with its
 * native spelling. A participant without a {@code status} field is {@code CONFIRMED}: the platform
 * defines participants as "users who successfully booked an event".
 *
 * <p><b>Gender</b>: {@code MALE} and {@code FEMALE} (any case) map to themselves; a non-binary or
 * other stated gender ({@code NON_BINARY}, {@code OTHER}, {@code X}) to {@link Gender#OTHER};
 * anything else, including "prefer not to say" and blank, to {@link Gender#UNKNOWN}.
 */
public final class LetsDoThisRegistrationMapper {

  /** The provider name in unified records. */
  public static final String PROVIDER = "letsdothis";

  /** A mapper. */
  public LetsDoThisRegistrationMapper() {}

  /**
   * The unified registration of a participant; the participant itself is kept as the native
   * record.
   *
   * @throws dev.racereg.core.error.ValidationException if the participant has no id
   */
  public Registration toRegistration(LetsDoThisParticipant p) {
    Objects.requireNonNull(p, "participant");
    ParticipantFields f = p.fields();
    Participant person = Participant.builder()
        .firstName(f.firstName().orElse(null))
        .lastName(f.lastName().orElse(null))
        .gender(gender(f.gender().orElse(null)))
        .birthDate(f.dateOfBirth().orElse(null))
        .email(f.emailAddress().orElse(null))
        .phone(f.phone().orElse(null))
        .country(f.addressCountry().orElse(null))
        .city(f.addressCity().orElse(null))
        .build();
    return Registration.builder()
        .provider(PROVIDER)
        .nativeId(p.id().orElse(null))
        .eventId(p.eventId().orElse(null))
        .eventName(p.eventName().orElse(null))
        .raceId(p.raceId().orElse(null))
        .raceName(p.raceName().orElse(null))
        .category(p.ticketTitle().orElse(null))
        .status(status(f.status().orElse(null)))
        .bib(p.bibNumber().orElse(null))
        .amount(p.originalTicketPrice().orElse(null))
        .registeredAt(p.createdAt().orElse(null))
        .updatedAt(p.updatedAt().orElse(null))
        .participant(person)
        .nativeRecord(p)
        .build();
  }

  /** The unified status of a booking status (null: {@code CONFIRMED}), as the table above says. */
  public static RegistrationStatus status(BookingStatus status) {
    if (status == null) {
      return RegistrationStatus.CONFIRMED;
    }
    String v = status.value();
    switch (v) {
      case "CONFIRMED":
        return RegistrationStatus.CONFIRMED;
      case "PENDING":
      case "PENDING_BALLOT":
        return RegistrationStatus.PENDING;
      case "CANCELLED":
        return RegistrationStatus.CANCELLED;
      case "FAILED":
        return RegistrationStatus.FAILED;
      case "REFUNDED":
      case "REFUNDING":
        return RegistrationStatus.REFUNDED;
      case "DEFERRED":
        return RegistrationStatus.DEFERRED;
      case "TO_BE_TRANSFERRED":
        return RegistrationStatus.TRANSFERRED;
      default:
        return v.startsWith("TRANSFERRED") ? RegistrationStatus.TRANSFERRED : RegistrationStatus.of(v);
    }
  }

  /** The unified gender of a {@code gender} field value, as the class description says. */
  public static Gender gender(String value) {
    if (value == null) {
      return Gender.UNKNOWN;
    }
    switch (value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
      case "MALE":
      case "M":
        return Gender.MALE;
      case "FEMALE":
      case "F":
        return Gender.FEMALE;
      case "NON_BINARY":
      case "NONBINARY":
      case "OTHER":
      case "X":
        return Gender.OTHER;
      default:
        return Gender.UNKNOWN;
    }
  }
}
