package dev.racereg.actigo;

import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.util.Objects;

/**
 * Maps Actigo registrations to the unified {@link Registration}, in one place. Immutable.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>unified</th><th>from Actigo</th></tr>
 *   <tr><td>provider</td><td>{@value #PROVIDER}</td></tr>
 *   <tr><td>nativeId</td><td>the registration {@code id}</td></tr>
 *   <tr><td>eventId</td><td>the organised activity id the registrations were read from</td></tr>
 *   <tr><td>status</td><td>{@code state}, see below</td></tr>
 *   <tr><td>bib</td><td>{@code startNumber}, leading zeros kept</td></tr>
 *   <tr><td>amount</td><td>{@code amount} (hundredths of the currency) as {@code Money}</td></tr>
 *   <tr><td>registeredAt</td><td>{@code created}</td></tr>
 *   <tr><td>participant</td><td>{@code person}: givenName, middleName, surname, sex, birthDate,
 *       country</td></tr>
 *   <tr><td>nativeRecord</td><td>the {@link ActigoRegistration} (code, person id, nickname...)</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Status</caption>
 *   <tr><th>Actigo state</th><th>unified status</th></tr>
 *   <tr><td>{@code New} (unpaid or not yet approved)</td><td>{@link RegistrationStatus#PENDING}</td></tr>
 *   <tr><td>{@code Confirmed} (paid or approved; on the start list)</td><td>{@link RegistrationStatus#CONFIRMED}</td></tr>
 *   <tr><td>{@code Cancelled}</td><td>{@link RegistrationStatus#CANCELLED}</td></tr>
 *   <tr><td>anything else (Actigo's unpublished fourth state, future ones)</td><td>an unknown
 *       status keeping Actigo's spelling ({@code isKnown()} false), so it is neither dropped nor
 *       guessed</td></tr>
 * </table>
 *
 * <p>Sex: {@code Male} is {@link Gender#MALE}, {@code Female} (inferred spelling)
 * {@link Gender#FEMALE}, anything else or nothing {@link Gender#UNKNOWN}. Actigo has no race,
 * category, chip or update time on a registration: those stay empty. The person's
 * {@code country} (a code such as {@code CZ} from the user's profile) goes to
 * {@link Participant#country()}.
 */
public final class ActigoRegistrationMapper {

  /** The provider name of Actigo registrations. */
  public static final String PROVIDER = "actigo";

  private final String activityId;

  /**
   * @param activityId the organised activity the registrations belong to (the unified event id)
   */
  public ActigoRegistrationMapper(String activityId) {
    this.activityId = Objects.requireNonNull(activityId, "activityId");
  }

  /** The unified registration. */
  public Registration toRegistration(ActigoRegistration r) {
    Objects.requireNonNull(r, "registration");
    return Registration.builder()
        .provider(PROVIDER)
        .nativeId(r.id())
        .eventId(activityId)
        .status(status(r.state()))
        .bib(r.startNumber().orElse(null))
        .amount(r.amount().orElse(null))
        .registeredAt(r.created().orElse(null))
        .participant(participant(r.person()))
        .nativeRecord(r)
        .build();
  }

  /** The unified status of an Actigo state (see the class description). */
  public static RegistrationStatus status(RegistrationState state) {
    if (RegistrationState.NEW.equals(state)) {
      return RegistrationStatus.PENDING;
    }
    if (RegistrationState.CONFIRMED.equals(state)) {
      return RegistrationStatus.CONFIRMED;
    }
    if (RegistrationState.CANCELLED.equals(state)) {
      return RegistrationStatus.CANCELLED;
    }
    return RegistrationStatus.of(state.value());
  }

  /** The unified gender of an Actigo sex; null gives {@link Gender#UNKNOWN}. */
  public static Gender gender(Sex sex) {
    if (Sex.MALE.equals(sex)) {
      return Gender.MALE;
    }
    if (Sex.FEMALE.equals(sex)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }

  /** The unified participant of an Actigo person. */
  public static Participant participant(ActigoPerson p) {
    return Participant.builder()
        .firstName(p.givenName().orElse(null))
        .middleName(p.middleName().orElse(null))
        .lastName(p.surname().orElse(null))
        .gender(gender(p.sex().orElse(null)))
        .birthDate(p.birthDate().orElse(null))
        .country(p.country().orElse(null))
        .build();
  }

  @Override
  public String toString() {
    return "ActigoRegistrationMapper{activityId=" + activityId + "}";
  }
}
