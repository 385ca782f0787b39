package dev.racereg.runsignup;

import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one place RunSignup records become unified {@link Registration}s.
 *
 * <p><b>Names.</b> RunSignup's "race" is the whole occasion and its "events" are the distances,
 * while the unified model calls the occasion the event and the distance the race. So:
 * {@link Registration#eventId()} is RunSignup's {@code race_id}, {@link Registration#eventName()}
 * the race's name, {@link Registration#raceId()} the {@code event_id} and
 * {@link Registration#raceName()} the event's name (when the race was read). The native id is the
 * {@code registration_id}; the provider is {@code runsignup}.
 *
 * <p><b>Status.</b> A row of the participants list is {@link RegistrationStatus#CONFIRMED}:
 * RunSignup lists only completed registrations there. A removed participant maps by its reason:
 * {@code transferred} to {@link RegistrationStatus#TRANSFERRED}, {@code deferred} to
 * {@link RegistrationStatus#DEFERRED}, {@code cleared}, {@code removed} and any reason this SDK
 * does not know to {@link RegistrationStatus#REMOVED} (the native record keeps the exact reason).
 *
 * <p><b>Other fields.</b> Bib and chip as text; amount is {@code amount_paid}, or the race fee when
 * nothing paid is given (US dollars); {@link Registration#registeredAt()} is the zone-less
 * registration date read in RunSignup's platform zone (inferred US Eastern, see
 * {@code RunSignupInferred}); {@link Registration#updatedAt()} is {@code last_modified}. A removed
 * registration has no update time: its removal date has no zone, and an inferred time must never
 * move a sync watermark (the removal date stays on the native record). The person: names, e-mail,
 * phone, date of birth, gender ({@code M} male, {@code F} female, {@code X} or {@code NB} other,
 * anything else unknown), city and country code from the address, and the team name as club.
 */
public final class RunSignupUnifiedMapper {

  /** The provider name in unified records. */
  public static final String PROVIDER = "runsignup";

  private final long raceId;
  private final String raceName;
  private final Map<Long, String> eventNames;
  private final ZoneId platformZone;

  /**
   * A mapper for one race.
   *
   * @param raceId the race's id
   * @param raceName its name, or null if unknown
   * @param eventNames event names by event id (may be empty)
   */
  public RunSignupUnifiedMapper(long raceId, String raceName, Map<Long, String> eventNames) {
    this(raceId, raceName, eventNames, RunSignupInferred.PLATFORM_ZONE);
  }

  RunSignupUnifiedMapper(long raceId, String raceName, Map<Long, String> eventNames, ZoneId platformZone) {
    this.raceId = raceId;
    this.raceName = raceName;
    this.eventNames = Map.copyOf(Objects.requireNonNull(eventNames, "eventNames"));
    this.platformZone = Objects.requireNonNull(platformZone, "platformZone");
  }

  /** A mapper for a race as {@link RunSignupClient#getRace} returned it. */
  public static RunSignupUnifiedMapper forRace(RunSignupRace race) {
    Map<Long, String> names = new java.util.HashMap<>();
    race.events().forEach(e -> e.name().ifPresent(n -> names.put(e.eventId(), n)));
    return new RunSignupUnifiedMapper(race.raceId(), race.name().orElse(null), names);
  }

  /** An active registration, {@link RegistrationStatus#CONFIRMED}. */
  public Registration toRegistration(RunSignupParticipant p) {
    Objects.requireNonNull(p, "participant");
    return base(p.registrationId(), p.eventId(), p.user().orElse(null), p.teamName().orElse(null))
        .status(RegistrationStatus.CONFIRMED)
        .bib(p.bibNum().orElse(null))
        .chip(p.chipNum().orElse(null))
        .amount(p.amountPaid().or(p::raceFee).orElse(null))
        .registeredAt(instant(p.registrationDate().orElse(null)))
        .updatedAt(p.lastModified().orElse(null))
        .nativeRecord(p)
        .build();
  }

  /** A registration that left the race, with the status its reason gives. */
  public Registration toRegistration(RemovedParticipant p) {
    Objects.requireNonNull(p, "removed participant");
    return base(p.registrationId(), p.eventId(), p.user().orElse(null), null)
        .status(status(p.removedReason().orElse(null)))
        .registeredAt(instant(p.registrationDate().orElse(null)))
        .nativeRecord(p)
        .build();
  }

  /** The unified status of a removal reason (null: unknown reason). */
  public static RegistrationStatus status(RemovedReason reason) {
    if (RemovedReason.TRANSFERRED.equals(reason)) {
      return RegistrationStatus.TRANSFERRED;
    }
    if (RemovedReason.DEFERRED.equals(reason)) {
      return RegistrationStatus.DEFERRED;
    }
    return RegistrationStatus.REMOVED;
  }

  /** The unified gender of RunSignup's spelling. */
  public static Gender gender(RunSignupGender gender) {
    if (gender == null) {
      return Gender.UNKNOWN;
    }
    switch (gender.value().trim().toUpperCase(Locale.ROOT)) {
      case "M": case "MALE": return Gender.MALE;
      case "F": case "FEMALE": return Gender.FEMALE;
      case "X": case "NB": case "NON-BINARY": return Gender.OTHER;
      default: return Gender.UNKNOWN;
    }
  }

  private Registration.Builder base(long registrationId, long eventId, RunSignupUser user, String team) {
    return Registration.builder()
        .provider(PROVIDER)
        .nativeId(Long.toString(registrationId))
        .eventId(Long.toString(raceId))
        .eventName(raceName)
        .raceId(Long.toString(eventId))
        .raceName(eventNames.get(eventId))
        .participant(person(user, team));
  }

  private static Participant person(RunSignupUser u, String team) {
    Participant.Builder b = Participant.builder().club(team);
    if (u == null) {
      return b.build();
    }
    b.firstName(u.firstName().orElse(null))
        .middleName(u.middleName().orElse(null))
        .lastName(u.lastName().orElse(null))
        .email(u.email().orElse(null))
        .phone(u.phone().orElse(null))
        .birthDate(u.dob().orElse(null))
        .gender(gender(u.gender().orElse(null)));
    u.address().ifPresent(a -> b.city(a.city().orElse(null)).country(a.countryCode().orElse(null)));
    return b.build();
  }

  private Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(platformZone).toInstant();
  }
}
