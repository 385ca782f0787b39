package dev.racereg.core.unified;

import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.time.Instant;
import java.time.LocalDate;

/** Small registrations for unified-layer tests. */
final class Fixtures {

  private Fixtures() {}

  static Registration reg(String provider, String id, String first, String last, String born, String race) {
    return Registration.builder().provider(provider).nativeId(id).raceName(race)
        .status(RegistrationStatus.CONFIRMED)
        .participant(Participant.builder().firstName(first).lastName(last).gender(Gender.FEMALE)
            .birthDate(born == null ? null : LocalDate.parse(born)).build())
        .build();
  }

  static Registration updated(Registration r, String instant) {
    return r.toBuilder().updatedAt(Instant.parse(instant)).build();
  }
}
