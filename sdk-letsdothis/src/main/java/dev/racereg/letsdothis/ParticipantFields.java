package dev.racereg.letsdothis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads of the personal data a booking keeps in {@code fields[]}, without losing anything:
 * {@link #all()} is every field as sent, {@link #custom()} the organiser's own questions (ids this
 * class does not read), {@link #value(String)} any field by id. Immutable.
 *
 * <p>Field ids (seen in the platform's material): {@code firstName}, {@code lastName}, {@code
 * emailAddress}, {@code dateOfBirth}, {@code gender}, {@code phone}, {@code addressLine1}, {@code
 * addressLine2}, {@code addressCity}, {@code addressPostcode}, {@code addressCountry}, {@code
 * emergencyContactName}, {@code emergencyContactPhone} and {@code status} (the booking status).
 * Values may be {@code null} or {@code ""}; both read as empty. When an id appears twice, the
 * first occurrence is read.
 */
public final class ParticipantFields {

  /** The ids read by the typed getters; everything else is {@link #custom()}. */
  public static final Set<String> STANDARD_IDS = Set.of("firstName", "lastName", "emailAddress",
      "dateOfBirth", "gender", "phone", "addressLine1", "addressLine2", "addressCity",
      "addressPostcode", "addressCountry", "emergencyContactName", "emergencyContactPhone",
      "status");

  private final List<FieldValue> all;

  ParticipantFields(List<FieldValue> all) {
    this.all = Collections.unmodifiableList(new ArrayList<>(all));
  }

  /** Every field in the order sent. */
  public List<FieldValue> all() {
    return all;
  }

  /** The fields whose ids are not in {@link #STANDARD_IDS}: the organiser's own questions. */
  public List<FieldValue> custom() {
    List<FieldValue> custom = new ArrayList<>();
    for (FieldValue f : all) {
      if (f.id().map(id -> !STANDARD_IDS.contains(id)).orElse(true)) {
        custom.add(f);
      }
    }
    return Collections.unmodifiableList(custom);
  }

  /** The first field with this id. */
  public Optional<FieldValue> field(String id) {
    Objects.requireNonNull(id, "id");
    return all.stream().filter(f -> f.id().map(id::equals).orElse(false)).findFirst();
  }

  /** The text of the first field with this id; empty when absent, null or blank. */
  public Optional<String> value(String id) {
    return field(id).flatMap(FieldValue::value);
  }

  /** {@code firstName}. */
  public Optional<String> firstName() {
    return value("firstName");
  }

  /** {@code lastName}. */
  public Optional<String> lastName() {
    return value("lastName");
  }

  /** {@code emailAddress}: the participant's own address (the booker's is on {@link Booker}). */
  public Optional<String> emailAddress() {
    return value("emailAddress");
  }

  /**
   * {@code dateOfBirth} as a date. The platform sends {@code 1990-04-21}; a date-time's date part
   * is read too. Empty when absent or not a date (the text stays readable through
   * {@code value("dateOfBirth")}), so one odd answer does not fail a whole start list.
   */
  public Optional<LocalDate> dateOfBirth() {
    return value("dateOfBirth").flatMap(ParticipantFields::parseDate);
  }

  /** {@code gender} as sent, e.g. {@code MALE}, {@code FEMALE}. */
  public Optional<String> gender() {
    return value("gender");
  }

  /** {@code phone}. */
  public Optional<String> phone() {
    return value("phone");
  }

  /** {@code addressLine1}. */
  public Optional<String> addressLine1() {
    return value("addressLine1");
  }

  /** {@code addressLine2}. */
  public Optional<String> addressLine2() {
    return value("addressLine2");
  }

  /** {@code addressCity}. */
  public Optional<String> addressCity() {
    return value("addressCity");
  }

  /** {@code addressPostcode}. */
  public Optional<String> addressPostcode() {
    return value("addressPostcode");
  }

  /** {@code addressCountry}, as sent (a name or a code). */
  public Optional<String> addressCountry() {
    return value("addressCountry");
  }

  /** {@code emergencyContactName}. */
  public Optional<String> emergencyContactName() {
    return value("emergencyContactName");
  }

  /** {@code emergencyContactPhone}. */
  public Optional<String> emergencyContactPhone() {
    return value("emergencyContactPhone");
  }

  /** {@code status}: the booking status. */
  public Optional<BookingStatus> status() {
    return value("status").map(s -> BookingStatus.of(s.trim()));
  }

  private static Optional<LocalDate> parseDate(String text) {
    String t = text.trim();
    if (t.length() > 10 && t.charAt(10) == 'T') {
      t = t.substring(0, 10);
    }
    try {
      return Optional.of(LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParticipantFields && all.equals(((ParticipantFields) o).all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  /** Field ids only: values are personal data. */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    all.forEach(f -> ids.add(f.id().orElse("?")));
    return "ParticipantFields" + ids;
  }
}
