package dev.racereg.runsignup;

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

/** The unified mapping over the realistic fixtures. */
class RunSignupUnifiedMapperTest {

  private final RunSignupRace race = RunSignupRace.fromResponse(RsuTestSupport.json(RsuTestSupport.resource("race.json")));
  private final RunSignupUnifiedMapper mapper = RunSignupUnifiedMapper.forRace(race);
  private final List<RunSignupParticipant> participants =
      RsuResponses.participants(RsuTestSupport.json(RsuTestSupport.resource("participants.json")));
  private final List<RemovedParticipant> removed =
      RsuResponses.removedParticipants(RsuTestSupport.json(RsuTestSupport.resource("removed-participants.json")));

  @Test
  void anActiveParticipantIsAConfirmedRegistrationWithRunSignupsRaceAsTheEvent() {
    Registration r = mapper.toRegistration(participants.get(0));

    assertThat(r.provider()).isEqualTo("runsignup");
    assertThat(r.nativeId()).isEqualTo("48213003");
    assertThat(r.id()).isEqualTo("runsignup:48213003");
    assertThat(r.eventId()).contains("12345");
    assertThat(r.eventName()).contains("Scioto Mile & 5K");
    assertThat(r.raceId()).contains("512001");
    assertThat(r.raceName()).contains("10 Mile");
    assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(r.bib()).contains("1001");
    assertThat(r.chip()).contains("A1B2C3");
    assertThat(r.amount()).contains(Money.ofMinor(5975, "USD"));
    // 9/16/2025 21:14 US Eastern (daylight time, UTC-4)
    assertThat(r.registeredAt()).contains(Instant.parse("2025-09-17T01:14:00Z"));
    assertThat(r.updatedAt()).contains(Instant.ofEpochSecond(1777600000L));
    assertThat(r.nativeRecord(RunSignupParticipant.class)).contains(participants.get(0));

    Participant p = r.participant();
    assertThat(p.fullName()).isEqualTo("Maria J Hernández");
    assertThat(p.gender()).isEqualTo(Gender.FEMALE);
    assertThat(p.birthDate()).contains(LocalDate.of(1984, 11, 2));
    assertThat(p.email()).contains("maria.hernandez@example.com");
    assertThat(p.phone()).contains("614-555-0142");
    assertThat(p.city()).contains("Columbus");
    assertThat(p.country()).contains("US");
    assertThat(p.club()).contains("Columbus Running Company");
  }

  @Test
  void missingValuesStayEmptyAndTheFeeStandsInForNothingPaid() {
    Registration dwayne = mapper.toRegistration(participants.get(1));
    assertThat(dwayne.bib()).isEmpty();
    assertThat(dwayne.participant().club()).isEmpty();
    assertThat(dwayne.participant().gender()).isEqualTo(Gender.MALE);
    assertThat(dwayne.amount()).contains(Money.ofMinor(0, "USD")); // paid nothing is still an amount

    Registration ava = mapper.toRegistration(participants.get(2));
    assertThat(ava.raceName()).contains("5K");
    assertThat(ava.chip()).isEmpty();
    assertThat(ava.registeredAt()).isEmpty(); // unreadable date, kept raw on the native record
    assertThat(ava.participant().gender()).isEqualTo(Gender.OTHER);
  }

  @Test
  void removalsMapByReason() {
    List<Registration> rows = removed.stream().map(mapper::toRegistration).toList();
    assertThat(rows).extracting(Registration::status).containsExactly(RegistrationStatus.TRANSFERRED,
        RegistrationStatus.DEFERRED, RegistrationStatus.REMOVED, RegistrationStatus.REMOVED);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.status().isOnStartList()).isFalse();
      assertThat(r.updatedAt()).isEmpty();
      assertThat(r.bib()).isEmpty();
    });
    Registration transfer = rows.get(0);
    assertThat(transfer.nativeId()).isEqualTo("48213001");
    assertThat(transfer.raceName()).contains("10 Mile");
    assertThat(transfer.participant().fullName()).isEqualTo("Sam Park");
    assertThat(transfer.registeredAt()).contains(Instant.parse("2025-09-15T12:00:41Z"));
    assertThat(transfer.nativeRecord(RemovedParticipant.class).orElseThrow().newRegistrationId()).hasValue(48213090L);
  }

  @Test
  void aMapperWithoutTheRaceStillMapsIds() {
    Registration r = new RunSignupUnifiedMapper(12345, null, java.util.Map.of()).toRegistration(participants.get(0));
    assertThat(r.eventId()).contains("12345");
    assertThat(r.eventName()).isEmpty();
    assertThat(r.raceId()).contains("512001");
    assertThat(r.raceName()).isEmpty();
  }

  @Test
  void genderSpellings() {
    assertThat(RunSignupUnifiedMapper.gender(RunSignupGender.MALE)).isEqualTo(Gender.MALE);
    assertThat(RunSignupUnifiedMapper.gender(RunSignupGender.of("f"))).isEqualTo(Gender.FEMALE);
    assertThat(RunSignupUnifiedMapper.gender(RunSignupGender.of("NB"))).isEqualTo(Gender.OTHER);
    assertThat(RunSignupUnifiedMapper.gender(RunSignupGender.of("?"))).isEqualTo(Gender.UNKNOWN);
    assertThat(RunSignupUnifiedMapper.gender(null)).isEqualTo(Gender.UNKNOWN);
  }
}
