package dev.racereg.pace;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps PACE participants to the unified {@link Registration} and {@link Participant}: the one
 * place where PACE's export meets the SDK's common view. Stateless and thread-safe.
 *
 * <h2>Fields</h2>
 * <ul>
 *   <li>provider {@code pace}; event id: the event slug the export was read for; event name:
 *       "Event name"</li>
 *   <li>race name: "Distance"; category: "Group"; no race id, bib or chip (PACE's export has
 *       none)</li>
 *   <li>amount: "Payment" + "Currency"; registered at: "Order date"; updated at: "Updated at"</li>
 *   <li>participant: first and last name, gender, birth date, e-mail, phone, nationality,
 *       country; licence number: "Sport ID"</li>
 *   <li>native record: the {@link PaceParticipant}, with its unknown members (custom fields) and its row as received</li>
 * </ul>
 *
 * <h2>Status</h2>
 * PACE's "Status" is a payment status; it is compared ignoring letter case and surrounding space:
 * <table>
 *   <caption>PACE status to unified status</caption>
 *   <tr><th>PACE</th><th>unified</th></tr>
 *   <tr><td>{@code succeeded} (documented)</td><td>{@link RegistrationStatus#CONFIRMED}</td></tr>
 *   <tr><td>{@code pending}</td><td>{@link RegistrationStatus#PENDING}</td></tr>
 *   <tr><td>{@code refunded}</td><td>{@link RegistrationStatus#REFUNDED}</td></tr>
 *   <tr><td>{@code canceled}, {@code cancelled}</td><td>{@link RegistrationStatus#CANCELLED}</td></tr>
 *   <tr><td>{@code failed}</td><td>{@link RegistrationStatus#FAILED}</td></tr>
 *   <tr><td>any other value</td><td>an unknown status keeping PACE's exact value</td></tr>
 *   <tr><td>missing or empty</td><td>an unknown status {@value #MISSING_STATUS}</td></tr>
 * </table>
 * Only {@code succeeded} appears in PACE's documentation; the other rows are inferred.
 *
 * <h2>Gender</h2>
 * {@code female} and {@code male} (any case) map to {@link Gender#FEMALE} and {@link Gender#MALE};
 * {@code other} to {@link Gender#OTHER} (inferred); anything else, or nothing, to
 * {@link Gender#UNKNOWN} (the native record keeps the value).
 *
 * <h2>Native id</h2>
 * PACE gives participants no id, and one order can hold several participants (a family entering
 * together), so the order number alone is not unique. The native id is the order number, a dash,
 * and the first 16 hexadecimal digits of the SHA-256 of the participant's first name, last name and
 * birth date (each trimmed, inner white space collapsed, lower-cased): e.g.
 * {@code KI759205-5c1f0e5d3a2b7c9e}. It is the same in every export of the event, whatever the
 * language, sort order or {@code updatedAfter} filter, and survives changes to status, distance,
 * group, payment, contact details and custom fields, and fixes of letter case or spacing in the
 * name. Correcting the spelling of a name or the birth date gives a new id: to a sync, the old
 * registration disappears and a new one appears. Without an order number the prefix is
 * {@code noorder} and the e-mail address and order date join the hashed fields. Two entries of
 * one order with the same name and birth date (a duplicate entry) share an id.
 */
public final class PaceRegistrationMapper {

  /** The provider name in unified records. */
  public static final String PROVIDER = "pace";

  /** The unified status value used when PACE sends no status. */
  public static final String MISSING_STATUS = "UNKNOWN";

  private static final char SEPARATOR = '\u001f';

  private final String eventSlug;

  /**
   * A mapper for one event's export.
   *
   * @param eventSlug the event's slug, used as the unified event id
   * @throws dev.racereg.core.error.ValidationException if the slug is blank
   */
  public PaceRegistrationMapper(String eventSlug) {
    this.eventSlug = Validation.notBlank(eventSlug, "eventSlug");
  }

  /** The unified view of one participant. */
  public Registration toRegistration(PaceParticipant p) {
    return Registration.builder()
        .provider(PROVIDER)
        .nativeId(nativeId(p))
        .eventId(eventSlug)
        .eventName(p.eventName().orElse(null))
        .raceName(p.distance().orElse(null))
        .category(p.group().orElse(null))
        .status(status(p.status()))
        .amount(p.payment().orElse(null))
        .registeredAt(p.orderDate().orElse(null))
        .updatedAt(p.updatedAt().orElse(null))
        .participant(participant(p))
        .nativeRecord(p)
        .build();
  }

  /** The person, as the unified {@link Participant}. */
  public static Participant participant(PaceParticipant p) {
    return Participant.builder()
        .firstName(p.firstName().orElse(null))
        .lastName(p.lastName().orElse(null))
        .gender(gender(p.gender()))
        .birthDate(p.birthDate().orElse(null))
        .email(p.email().orElse(null))
        .phone(p.phone().orElse(null))
        .nationality(p.nationality().orElse(null))
        .country(p.country().orElse(null))
        .licenceNumber(p.sportId().orElse(null))
        .build();
  }

  /** The unified status for a PACE status, as in the table above. */
  public static RegistrationStatus status(Optional<PaceStatus> status) {
    String value = status.map(PaceStatus::value).map(String::strip).orElse("");
    switch (value.toLowerCase(Locale.ROOT)) {
      case "succeeded":
        return RegistrationStatus.CONFIRMED;
      case "pending":
        return RegistrationStatus.PENDING;
      case "refunded":
        return RegistrationStatus.REFUNDED;
      case "canceled":
      case "cancelled":
        return RegistrationStatus.CANCELLED;
      case "failed":
        return RegistrationStatus.FAILED;
      case "":
        return RegistrationStatus.of(MISSING_STATUS);
      default:
        return RegistrationStatus.of(status.get().value());
    }
  }

  /** The unified gender for a PACE gender, as described above. */
  public static Gender gender(Optional<PaceGender> gender) {
    switch (gender.map(g -> g.value().strip().toLowerCase(Locale.ROOT)).orElse("")) {
      case "female":
        return Gender.FEMALE;
      case "male":
        return Gender.MALE;
      case "other":
        return Gender.OTHER;
      default:
        return Gender.UNKNOWN;
    }
  }

  /** The stable native id described above. */
  public static String nativeId(PaceParticipant p) {
    String birth = p.birthDate().map(LocalDate::toString).orElse("");
    String first = normalise(p.firstName().orElse(""));
    String last = normalise(p.lastName().orElse(""));
    Optional<String> order = p.orderNumber();
    String hashed = order.isPresent()
        ? first + SEPARATOR + last + SEPARATOR + birth
        : first + SEPARATOR + last + SEPARATOR + birth + SEPARATOR + normalise(p.email().orElse(""))
            + SEPARATOR + p.orderDate().map(Object::toString).orElse("");
    return order.orElse("noorder") + "-" + sha256Prefix(hashed);
  }

  private static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  private static String sha256Prefix(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "PaceRegistrationMapper{" + eventSlug + "}";
  }
}
