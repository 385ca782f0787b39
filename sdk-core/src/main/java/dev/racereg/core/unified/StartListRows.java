package dev.racereg.core.unified;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Turns a start-list row (CSV or JSON, see {@link StartListCsv}) back into a registration. */
final class StartListRows {

  private StartListRows() {}

  static Registration toRegistration(Map<String, String> row) {
    try {
      String amount = cell(row, "amount");
      return Registration.builder()
          .provider(cell(row, "provider"))
          .nativeId(cell(row, "native_id"))
          .eventId(cell(row, "event_id"))
          .eventName(cell(row, "event_name"))
          .raceId(cell(row, "race_id"))
          .raceName(cell(row, "race_name"))
          .category(cell(row, "category"))
          .status(RegistrationStatus.of(row.getOrDefault("status", "")))
          .bib(cell(row, "bib"))
          .chip(cell(row, "chip"))
          .amount(amount == null ? null : Money.ofMajor(new BigDecimal(amount), cell(row, "currency")))
          .registeredAt(instant(cell(row, "registered_at")))
          .updatedAt(instant(cell(row, "updated_at")))
          .participant(Participant.builder()
              .firstName(cell(row, "first_name"))
              .middleName(cell(row, "middle_name"))
              .lastName(cell(row, "last_name"))
              .gender(row.containsKey("gender") && !row.get("gender").isEmpty()
                  ? Gender.valueOf(row.get("gender")) : Gender.UNKNOWN)
              .birthDate(cell(row, "birth_date") == null ? null : LocalDate.parse(row.get("birth_date")))
              .email(cell(row, "email"))
              .phone(cell(row, "phone"))
              .nationality(cell(row, "nationality"))
              .country(cell(row, "country"))
              .club(cell(row, "club"))
              .licenceNumber(cell(row, "licence_number"))
              .build())
          .build();
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      throw new DecodingException("bad start-list row " + row.get("id") + ": " + e.getMessage(), e, "");
    }
  }

  private static String cell(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isEmpty() ? null : v;
  }

  private static Instant instant(String v) {
    return v == null ? null : Instant.parse(v);
  }
}
