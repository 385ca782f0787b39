package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaceRegistrationMapperTest {

  private final PaceRegistrationMapper mapper = new PaceRegistrationMapper("espoo-triathlon-2026");

  /** A family of three entering in one order, as PACE exports it. */
  private static PaceParticipant.Builder family(String first, String birth, String distance) {
    return PaceParticipant.builder()
        .set(PaceField.EVENT_NAME, "Espoo Triathlon 2026")
        .set(PaceField.DISTANCE, distance)
        .set(PaceField.GROUP, "General")
        .set(PaceField.PAYMENT, new java.math.BigDecimal("45.50"))
        .set(PaceField.CURRENCY, "EUR")
        .set(PaceField.LICENCE_VALIDATION, "No")
        .set(PaceField.ORDER_DATE, "2026-02-11T08:15:02.120Z")
        .set(PaceField.ORDER_NUMBER, "KI104233")
        .set(PaceField.STATUS, "succeeded")
        .set(PaceField.UPDATED_AT, "2026-02-11T08:15:03.004Z")
        .set(PaceField.FIRST_NAME, first)
        .set(PaceField.LAST_NAME, "Mäkinen")
        .set(PaceField.EMAIL, "perhe.makinen@example.fi")
        .set(PaceField.BIRTHDATE, birth)
        .set(PaceField.GENDER, "female")
        .set(PaceField.COUNTRY, "FI")
        .set(PaceField.PHONE, "+358401112233")
        .set(PaceField.NATIONALITY, "FI")
        .set(PaceField.SPORT_ID, "")
        .set("Seura", "Espoon Tarmo");
  }

  @Test
  void everyUnifiedFieldComesFromItsDocumentedColumn() throws Exception {
    PaceParticipant native0 = PaceParticipant.of(PaceParticipantTest.rows("participants-en.json").get(1));

    Registration r = mapper.toRegistration(native0);

    assertThat(r.provider()).isEqualTo("pace");
    assertThat(r.id()).isEqualTo("pace:" + r.nativeId());
    assertThat(r.nativeId()).matches("HB389788-[0-9a-f]{16}");
    assertThat(r.eventId()).contains("espoo-triathlon-2026");
    assertThat(r.eventName()).contains("Event with participants");
    assertThat(r.raceId()).isEmpty();
    assertThat(r.raceName()).contains("Half Marathon");
    assertThat(r.category()).contains("Elite");
    assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(r.status().isOnStartList()).isTrue();
    assertThat(r.bib()).isEmpty();
    assertThat(r.chip()).isEmpty();
    assertThat(r.amount()).contains(Money.ofMinor(2000, "EUR"));
    assertThat(r.registeredAt()).contains(Instant.parse("2022-03-14T13:50:46.873Z"));
    assertThat(r.updatedAt()).contains(Instant.parse("2022-03-14T13:50:46.873Z"));
    assertThat(r.nativeRecord(PaceParticipant.class)).contains(native0);
    Participant p = r.participant();
    assertThat(p.firstName()).contains("First");
    assertThat(p.lastName()).contains("Last");
    assertThat(p.fullName()).isEqualTo("First Last");
    assertThat(p.gender()).isEqualTo(Gender.MALE);
    assertThat(p.birthDate()).contains(LocalDate.of(2001, 6, 10));
    assertThat(p.email()).contains("sporty@gmail.com");
    assertThat(p.phone()).contains("+358412345679");
    assertThat(p.nationality()).contains("FI");
    assertThat(p.country()).contains("FI");
    assertThat(p.licenceNumber()).contains("1234567");
  }

  @Test
  void aFamilyOrderGivesEachPersonTheirOwnStableId() {
    List<PaceParticipant> order = List.of(
        family("Aino", "1984-03-02", "Sprint").build(),
        family("Eero", "2012-07-19", "Kids 1 km").set(PaceField.GENDER, "male").build(),
        family("Helmi", "2015-01-30", "Kids 1 km").build());

    List<String> ids = order.stream().map(mapper::toRegistration).map(Registration::nativeId).collect(Collectors.toList());

    assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith("KI104233-"));
    assertThat(mapper.toRegistration(order.get(0)).amount()).contains(Money.ofMinor(4550, "EUR"));
    assertThat(mapper.toRegistration(order.get(0)).participant().licenceNumber()).isEmpty();
    assertThat(mapper.toRegistration(order.get(0)).nativeRecord(PaceParticipant.class).orElseThrow()
        .customField("Seura")).contains("Espoon Tarmo");
  }

  @Test
  void theIdIsStableAcrossExportsLanguagesAndEveryEditButTheIdentity() {
    PaceParticipant original = family("Aino", "1984-03-02", "Sprint").build();
    String id = PaceRegistrationMapper.nativeId(original);

    // a later export: paid a different amount, moved distance, new e-mail, status change, new update time
    PaceParticipant edited = original.toBuilder()
        .set(PaceField.DISTANCE, "Olympic")
        .set(PaceField.GROUP, "Elite")
        .set(PaceField.PAYMENT, 60)
        .set(PaceField.STATUS, "refunded")
        .set(PaceField.EMAIL, "aino@example.fi")
        .set(PaceField.UPDATED_AT, "2026-03-01T10:00:00.000Z")
        .set("Seura", "Helsingin Triathlon")
        .build();
    // the same person in a Finnish export, name typed with different case and spacing
    PaceParticipant finnish = PaceParticipant.builder()
        .set("Tapahtuma", "Espoo Triathlon 2026")
        .set("Tilausnumero", "KI104233")
        .set("Etunimi", " aino ")
        .set("Sukunimi", "MÄKINEN")
        .set("Syntymäaika", "1984-03-02")
        .build();

    assertThat(PaceRegistrationMapper.nativeId(edited)).isEqualTo(id);
    assertThat(PaceRegistrationMapper.nativeId(finnish)).isEqualTo(id);
    assertThat(PaceRegistrationMapper.nativeId(PaceParticipant.of(original.row()))).isEqualTo(id);
    // a pinned value: the id must not change between SDK versions either
    assertThat(id).isEqualTo("KI104233-" + PaceRegistrationMapperTest.expectedHash("aino", "mäkinen", "1984-03-02"));
    // correcting the identity is a new registration
    assertThat(PaceRegistrationMapper.nativeId(original.toBuilder().set(PaceField.BIRTHDATE, "1984-03-03").build()))
        .isNotEqualTo(id);
    assertThat(PaceRegistrationMapper.nativeId(original.toBuilder().set(PaceField.FIRST_NAME, "Aina").build()))
        .isNotEqualTo(id);
  }

  static String expectedHash(String first, String last, String birth) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest((first + "\u001f" + last + "\u001f" + birth).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void withoutAnOrderNumberTheIdUsesMoreFieldsAndIsStillStable() {
    PaceParticipant p = family("Aino", "1984-03-02", "Sprint").remove("Order number").build();

    String id = PaceRegistrationMapper.nativeId(p);

    assertThat(id).matches("noorder-[0-9a-f]{16}");
    assertThat(PaceRegistrationMapper.nativeId(p.toBuilder().set(PaceField.STATUS, "failed").build())).isEqualTo(id);
    assertThat(PaceRegistrationMapper.nativeId(p.toBuilder().set(PaceField.EMAIL, "other@example.fi").build()))
        .isNotEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource({
      "succeeded, CONFIRMED, true",
      "Succeeded, CONFIRMED, true",
      "pending, PENDING, true",
      "refunded, REFUNDED, true",
      "canceled, CANCELLED, true",
      "cancelled, CANCELLED, true",
      "failed, FAILED, true",
      "requires_action, requires_action, false",
      "'', UNKNOWN, false",
  })
  void statusMapping(String pace, String unified, boolean known) {
    Optional<PaceStatus> status = pace.isEmpty() ? Optional.empty() : Optional.of(PaceStatus.of(pace));

    RegistrationStatus mapped = PaceRegistrationMapper.status(status);

    assertThat(mapped.value()).isEqualTo(unified);
    assertThat(mapped.isKnown()).isEqualTo(known);
  }

  @Test
  void aRowWithoutStatusStillMapsWithAnUnknownStatus() {
    Registration r = mapper.toRegistration(family("Aino", "1984-03-02", "Sprint").remove("Status").build());

    assertThat(r.status()).isEqualTo(RegistrationStatus.of("UNKNOWN"));
    assertThat(r.status().isOnStartList()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"female, FEMALE", "MALE, MALE", "other, OTHER", "nainen, UNKNOWN", "'', UNKNOWN"})
  void genderMapping(String pace, Gender unified) {
    Optional<PaceGender> gender = pace.isEmpty() ? Optional.empty() : Optional.of(PaceGender.of(pace));

    assertThat(PaceRegistrationMapper.gender(gender)).isEqualTo(unified);
  }

  @Test
  void anEmptyRowStillMaps() {
    Registration r = mapper.toRegistration(PaceParticipant.builder().build());

    assertThat(r.nativeId()).startsWith("noorder-");
    assertThat(r.participant().gender()).isEqualTo(Gender.UNKNOWN);
    assertThat(r.amount()).isEmpty();
  }
}
