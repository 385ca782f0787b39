package dev.racereg.actigo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unified view of realistic Actigo registrations (the JSON download fixture). */
class ActigoRegistrationMapperTest {

  private final ActigoRegistrationMapper mapper = new ActigoRegistrationMapper(Fixtures.ACTIVITY);
  private final List<ActigoRegistration> natives = RegistrationsCsvTestData.json();
  private final List<Registration> unified = natives.stream().map(mapper::toRegistration).toList();

  @Test
  void aConfirmedRegistrationCarriesEverythingTheUnifiedModelHolds() {
    Registration martin = unified.get(0);
    assertThat(martin.provider()).isEqualTo("actigo");
    assertThat(martin.nativeId()).isEqualTo("638f0763c5eaf533c891fb76");
    assertThat(martin.id()).isEqualTo("actigo:638f0763c5eaf533c891fb76");
    assertThat(martin.eventId()).contains(Fixtures.ACTIVITY);
    assertThat(martin.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(martin.status().isOnStartList()).isTrue();
    assertThat(martin.bib()).contains("0001");
    assertThat(martin.amount()).contains(Money.ofMinor(85000, "CZK"));
    assertThat(martin.amount().orElseThrow().toString()).isEqualTo("850.00 CZK");
    assertThat(martin.registeredAt()).contains(Instant.parse("2022-12-06T09:12:03.701Z"));
    assertThat(martin.updatedAt()).isEmpty();
    assertThat(martin.raceName()).isEmpty();
    assertThat(martin.participant()).isEqualTo(Participant.builder().firstName("Martin").lastName("Dufek")
        .gender(Gender.MALE).birthDate(LocalDate.of(1975, 11, 27)).country("CZ").build());
    assertThat(martin.nativeRecord(ActigoRegistration.class)).contains(natives.get(0));
    assertThat(martin.nativeRecord(ActigoRegistration.class).orElseThrow().code()).contains("RGZ196");
  }

  @Test
  void statesMapAsDocumentedAndAnUnknownStateKeepsItsSpelling() {
    assertThat(unified).extracting(Registration::status).containsExactly(RegistrationStatus.CONFIRMED,
        RegistrationStatus.PENDING, RegistrationStatus.CANCELLED, RegistrationStatus.of("Waitlisted"));
    RegistrationStatus waitlisted = unified.get(3).status();
    assertThat(waitlisted.isKnown()).isFalse();
    assertThat(waitlisted.value()).isEqualTo("Waitlisted");
    assertThat(waitlisted.isOnStartList()).isFalse();
  }

  @Test
  void peopleMapWithMiddleNamesDiacriticsAndSex() {
    Participant kate = unified.get(1).participant();
    assertThat(kate.fullName()).isEqualTo("Kateřina Anna Nováková");
    assertThat(kate.gender()).isEqualTo(Gender.FEMALE);
    assertThat(kate.ageOn(LocalDate.of(2023, 3, 4))).contains(34);
    assertThat(unified.get(1).bib()).isEmpty();
    assertThat(unified.get(2).participant().country()).contains("SK");
    assertThat(ActigoRegistrationMapper.gender(Sex.of("Other"))).isEqualTo(Gender.UNKNOWN);
    assertThat(ActigoRegistrationMapper.gender(null)).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void csvRowsMapToTheSameUnifiedPersonAndBib() {
    List<ActigoRegistration> csv = RegistrationsCsv.parse(Fixtures.read("registrations.csv")).registrations();
    for (int i = 0; i < csv.size(); i++) {
      Registration fromCsv = mapper.toRegistration(csv.get(i));
      Registration fromJson = unified.get(i);
      assertThat(fromCsv.bib()).isEqualTo(fromJson.bib());
      assertThat(fromCsv.status()).isEqualTo(fromJson.status());
      assertThat(fromCsv.participant().fullName()).isEqualTo(fromJson.participant().fullName());
      assertThat(fromCsv.participant().birthDate()).isEqualTo(fromJson.participant().birthDate());
      assertThat(fromCsv.participant().gender()).isEqualTo(fromJson.participant().gender());
    }
  }
}
