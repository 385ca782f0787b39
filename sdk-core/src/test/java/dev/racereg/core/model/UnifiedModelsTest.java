package dev.racereg.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnifiedModelsTest {

  private static Participant ada() {
    return Participant.builder().firstName("Ada").lastName("Lovelace").gender(Gender.FEMALE)
        .birthDate(LocalDate.of(2000, 5, 2)).email("ada@example.com").club("Tri Club").build();
  }

  private static Registration.Builder registration() {
    return Registration.builder().provider("pace").nativeId("R-1001").status(RegistrationStatus.CONFIRMED)
        .participant(ada());
  }

  @Test
  void participantStoresBlankAsAbsentAndTrims() {
    Participant p = Participant.builder().firstName("  Ada ").middleName("   ").lastName("")
        .email("\t").phone(null).nationality(" FR ").country(" ").city("Lyon").club(" ").licenceNumber("  A12 ")
        .build();

    assertThat(p.firstName()).contains("Ada");
    assertThat(p.middleName()).isEmpty();
    assertThat(p.lastName()).isEmpty();
    assertThat(p.email()).isEmpty();
    assertThat(p.phone()).isEmpty();
    assertThat(p.nationality()).contains("FR");
    assertThat(p.country()).isEmpty();
    assertThat(p.city()).contains("Lyon");
    assertThat(p.club()).isEmpty();
    assertThat(p.licenceNumber()).contains("A12");
    assertThat(p.fullName()).isEqualTo("Ada");
    assertThat(p.gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void participantNamesAndAge() {
    Participant p = ada().toBuilder().middleName("King").build();

    assertThat(p.fullName()).isEqualTo("Ada King Lovelace");
    assertThat(p.ageOn(LocalDate.of(2026, 5, 1))).contains(25);
    assertThat(p.ageOn(LocalDate.of(2026, 5, 2))).contains(26);
    assertThat(Participant.builder().build().ageOn(LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(Participant.builder().build().fullName()).isEmpty();
    assertThat(Participant.builder().gender(null).build().gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void participantEqualityAndToBuilder() {
    Participant p = ada();
    Participant changed = p.toBuilder().club("Other").build();

    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(changed).isNotEqualTo(p);
    assertThat(p.club()).contains("Tri Club");
    assertThat(p.toString()).contains("Ada Lovelace", "FEMALE", "2000-05-02");
  }

  @Test
  void registrationIdIsProviderAndNativeId() {
    Registration r = registration().build();

    assertThat(r.id()).isEqualTo("pace:R-1001");
    assertThat(r.provider()).isEqualTo("pace");
    assertThat(r.nativeId()).isEqualTo("R-1001");
    assertThat(r.participant().fullName()).isEqualTo("Ada Lovelace");
  }

  @Test
  void registrationRequiresItsIdentityStatusAndPerson() {
    assertThatThrownBy(() -> registration().provider(" ").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("provider"));
    assertThatThrownBy(() -> registration().nativeId(null).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("nativeId"));
    assertThatThrownBy(() -> registration().status(null).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("status"));
    assertThatThrownBy(() -> registration().participant(null).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("participant"));
  }

  @Test
  void registrationBlankBibAndChipAreAbsentButLeadingZerosStay() {
    assertThat(registration().bib("  ").chip("").build().bib()).isEmpty();
    assertThat(registration().chip("").build().chip()).isEmpty();
    assertThat(registration().bib("0007").build().bib()).contains("0007");
  }

  @Test
  void registrationKeepsEveryField() {
    Instant at = Instant.parse("2026-03-01T08:00:00Z");
    Registration r = registration().eventId("E1").eventName("Lyon Tri").raceId("R9").raceName("Sprint")
        .category("SE").bib("12").chip("C-12").amount(Money.ofMinor(4500, "EUR")).registeredAt(at)
        .updatedAt(at.plusSeconds(60)).nativeRecord(new StringBuilder("native")).build();

    assertThat(r.eventId()).contains("E1");
    assertThat(r.eventName()).contains("Lyon Tri");
    assertThat(r.raceId()).contains("R9");
    assertThat(r.raceName()).contains("Sprint");
    assertThat(r.category()).contains("SE");
    assertThat(r.chip()).contains("C-12");
    assertThat(r.amount()).contains(Money.ofMinor(4500, "EUR"));
    assertThat(r.registeredAt()).contains(at);
    assertThat(r.updatedAt()).contains(at.plusSeconds(60));
    assertThat(r.nativeRecord(StringBuilder.class)).hasValueSatisfying(sb -> assertThat(sb).hasToString("native"));
    assertThat(r.nativeRecord(String.class)).isEmpty();
    assertThat(r.toString()).isEqualTo("Registration{pace:R-1001, CONFIRMED, bib 12, Ada Lovelace, Sprint}");
  }

  @Test
  void registrationEqualityIgnoresTheNativeRecord() {
    Registration a = registration().bib("1").nativeRecord("one").build();
    Registration b = a.toBuilder().nativeRecord("two").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toBuilder().bib("2").build()).isNotEqualTo(a);
    assertThat(a.toBuilder().status(RegistrationStatus.of("ON_HOLD")).build()).isNotEqualTo(a);
  }

  @Test
  void licenceRequiresFederationAndNumberAndChecksItsDates() {
    Licence l = Licence.builder().federation("FFTRI").number("A12345").season("2026")
        .validFrom(LocalDate.of(2025, 9, 1)).validUntil(LocalDate.of(2026, 8, 31)).club("Lyon").build();

    assertThat(l.isValidOn(LocalDate.of(2025, 9, 1))).isTrue();
    assertThat(l.isValidOn(LocalDate.of(2026, 8, 31))).isTrue();
    assertThat(l.isValidOn(LocalDate.of(2025, 8, 31))).isFalse();
    assertThat(l.isValidOn(LocalDate.of(2026, 9, 1))).isFalse();
    assertThat(Licence.builder().federation("F").number("1").build().isValidOn(LocalDate.MIN)).isTrue();
    assertThat(l).hasToString("Licence{FFTRI A12345, season 2026}");
    assertThatThrownBy(() -> Licence.builder().number("1").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("federation"));
    assertThatThrownBy(() -> Licence.builder().federation("F").number(" ").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("number"));
  }
}
