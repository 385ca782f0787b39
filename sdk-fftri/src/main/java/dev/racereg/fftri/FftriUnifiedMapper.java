package dev.racereg.fftri;

import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Licence;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one place where espacetri records become unified ones: licences ({@link Licence}, federation
 * {@value #FEDERATION}) and passes compétition ({@link Registration}, provider
 * {@value #PROVIDER}).
 *
 * <p><b>Licence.</b> From a positive licence test: the number, the season's name, and the
 * season's first and last days as validity (the test tells no more). From licence details: also
 * the validation date as first valid day, the age category, the club's name, the type letter and
 * the holder (last name, gender and birth date as checked, nationality, club, number).
 *
 * <p><b>Pass status mapping</b> ({@code statusDescription}, {@code isPaid}, {@code refund}):
 * <ul>
 *   <li>{@code refund} flag 1, or status {@code refund}: {@code REFUNDED};</li>
 *   <li>{@code cancel}: {@code CANCELLED};</li>
 *   <li>{@code valid} or {@code used}: {@code CONFIRMED}, or {@code PENDING} when {@code isPaid}
 *       is 0;</li>
 *   <li>{@code created}: {@code PENDING};</li>
 *   <li>no status: {@code CONFIRMED} if paid, else {@code PENDING};</li>
 *   <li>any other status: an unknown {@link RegistrationStatus} keeping the espacetri's
 *       spelling.</li>
 * </ul>
 * A pass becomes a registration with the pass number as native id, the trial as race (its
 * distance as race name when known), the event when known, the pass type as category, the
 * creation day (start of day, Paris time) as registration time, and the participant's names,
 * birth date and e-mail. The pass record itself is kept as the native record.
 */
public final class FftriUnifiedMapper {

  /** The federation's short name in {@link Licence#federation()}. */
  public static final String FEDERATION = "FFTRI";
  /** The provider's short name in {@link Registration#provider()}. */
  public static final String PROVIDER = "fftri";

  private FftriUnifiedMapper() {}

  /**
   * The licence a positive {@code test-licence} answer stands for.
   *
   * @param number the licence number tested
   * @param season the season it was found for
   * @return the licence
   */
  public static Licence licence(String number, Season season) {
    Objects.requireNonNull(season, "season");
    return Licence.builder()
        .federation(FEDERATION)
        .number(number)
        .season(season.name().orElse(Long.toString(season.id())))
        .validFrom(season.startDate().orElse(null))
        .validUntil(season.endDate().orElse(null))
        .build();
  }

  /**
   * The licence a {@code licence-infos} answer describes.
   *
   * @param info the platform's details
   * @param season the season they were requested for
   * @param holder who the caller said holds it (matched by the platform)
   * @param numberAsAsked the number sent, used when the answer does not repeat it
   * @return the licence with its holder
   */
  public static Licence licence(LicenceInfo info, Season season, FftriLicenceVerifier.Holder holder,
      String numberAsAsked) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(holder, "holder");
    String number = info.licenceNumber().filter(n -> !n.isBlank()).orElse(numberAsAsked);
    Participant person = Participant.builder()
        .lastName(holder.lastName())
        .gender(holder.gender().toGender())
        .birthDate(holder.birthDate())
        .nationality(info.nationality().orElse(null))
        .club(info.clubName().orElse(null))
        .licenceNumber(number)
        .build();
    return Licence.builder()
        .federation(FEDERATION)
        .number(number)
        .season(season.name().orElse(Long.toString(season.id())))
        .validFrom(info.validationDate().or(season::startDate).orElse(null))
        .validUntil(season.endDate().orElse(null))
        .category(info.ageCategory().orElse(null))
        .club(info.clubName().orElse(null))
        .type(info.letterType().orElse(null))
        .holder(person)
        .build();
  }

  /**
   * A pass compétition as a registration for its trial.
   *
   * @param pass the pass
   * @param trialId the trial it was listed for
   * @param position its position in the listing, for the rare pass without a number (native id
   *     {@code trial-<id>-row-<position>})
   * @return the registration
   */
  public static Registration registration(Pass pass, long trialId, int position) {
    Objects.requireNonNull(pass, "pass");
    String nativeId = pass.passNumber().filter(n -> !n.isBlank())
        .orElse("trial-" + trialId + "-row-" + position);
    Participant person = Participant.builder()
        .firstName(pass.firstName().orElse(null))
        .lastName(pass.lastName().orElse(null))
        .gender(Gender.UNKNOWN)
        .birthDate(pass.birthDate().orElse(null))
        .email(pass.email().orElse(null))
        .build();
    return Registration.builder()
        .provider(PROVIDER)
        .nativeId(nativeId)
        .eventId(pass.eventId().map(String::valueOf).orElse(null))
        .eventName(pass.eventName().orElse(null))
        .raceId(Long.toString(pass.trialId().orElse(trialId)))
        .raceName(pass.distance().orElse(null))
        .category(pass.typeDescription().or(() -> pass.type().map(PassType::value)).orElse(null))
        .status(status(pass))
        .registeredAt(pass.created().map(FftriUnifiedMapper::startOfDay).orElse(null))
        .participant(person)
        .nativeRecord(pass)
        .build();
  }

  /** The unified status of a pass, as in the class's mapping table. */
  public static RegistrationStatus status(Pass pass) {
    boolean refunded = pass.refunded().orElse(false);
    if (refunded) {
      return RegistrationStatus.REFUNDED;
    }
    boolean unpaid = Boolean.FALSE.equals(pass.paid().orElse(null));
    PassStatus status = pass.status().orElse(null);
    if (status == null) {
      return unpaid ? RegistrationStatus.PENDING : RegistrationStatus.CONFIRMED;
    }
    if (status.equals(PassStatus.REFUNDED)) {
      return RegistrationStatus.REFUNDED;
    }
    if (status.equals(PassStatus.CANCELLED)) {
      return RegistrationStatus.CANCELLED;
    }
    if (status.equals(PassStatus.VALID) || status.equals(PassStatus.USED)) {
      return unpaid ? RegistrationStatus.PENDING : RegistrationStatus.CONFIRMED;
    }
    if (status.equals(PassStatus.CREATED)) {
      return RegistrationStatus.PENDING;
    }
    return RegistrationStatus.of(status.value());
  }

  private static java.time.Instant startOfDay(LocalDate day) {
    return day.atStartOfDay(FftriInferred.PLATFORM_ZONE).toInstant();
  }
}
