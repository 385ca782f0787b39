package dev.racereg.letsdothis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Participants become unified registrations as the mapper's Javadoc says. */
class LetsDoThisRegistrationMapperTest {

  private final LetsDoThisRegistrationMapper mapper = new LetsDoThisRegistrationMapper();

  private static List<LetsDoThisParticipant> realistic() throws Exception {
    List<LetsDoThisParticipant> out = new ArrayList<>();
    for (JsonNode n : Codecs.json().readTree(Fixtures.realistic()).get("data")) {
      out.add(Codecs.json().treeToValue(n, LetsDoThisParticipant.class));
    }
    return out;
  }

  private static LetsDoThisParticipant withStatus(String status) throws Exception {
    return Codecs.json().readValue("{\"id\":\"p1\",\"fields\":[{\"id\":\"status\",\"value\":"
        + (status == null ? "null" : "\"" + status + "\"") + "}]}", LetsDoThisParticipant.class);
  }

  @Test
  void aRealisticParticipantMapsEveryUnifiedField() throws Exception {
    LetsDoThisParticipant amelia = realistic().get(0);
    Registration r = mapper.toRegistration(amelia);

    assertThat(r.id()).isEqualTo("letsdothis:6461f0c2a1b2c3d4e5f60718");
    assertThat(r.provider()).isEqualTo("letsdothis");
    assertThat(r.nativeId()).isEqualTo("6461f0c2a1b2c3d4e5f60718");
    assertThat(r.eventId()).contains("2365756");
    assertThat(r.eventName()).contains("City Sprint Challenge");
    assertThat(r.raceId()).contains("3517846101");
    assertThat(r.raceName()).contains("10K");
    assertThat(r.category()).contains("10k Standard Entry");
    assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(r.bib()).contains("0421");
    assertThat(r.chip()).isEmpty();
    assertThat(r.amount()).contains(Money.ofMinor(3250, "GBP"));
    assertThat(r.registeredAt()).contains(Instant.parse("2024-02-14T09:12:44.120Z"));
    assertThat(r.updatedAt()).contains(Instant.parse("2024-03-01T17:05:10.004Z"));
    assertThat(r.participant().firstName()).contains("Amelia");
    assertThat(r.participant().lastName()).contains("Hughes");
    assertThat(r.participant().gender()).isEqualTo(Gender.FEMALE);
    assertThat(r.participant().birthDate()).contains(LocalDate.of(1988, 7, 23));
    assertThat(r.participant().email()).contains("amelia.hughes@example.co.uk");
    assertThat(r.participant().phone()).contains("+44 7700 900123");
    assertThat(r.participant().country()).contains("GB");
    assertThat(r.participant().city()).contains("Brighton");
    assertThat(r.nativeRecord(LetsDoThisParticipant.class)).containsSame(amelia);
  }

  @Test
  void aSparseParticipantMapsWhatItHas() throws Exception {
    Registration rhys = mapper.toRegistration(realistic().get(1));

    assertThat(rhys.status()).isEqualTo(RegistrationStatus.TRANSFERRED);
    assertThat(rhys.bib()).isEmpty();
    assertThat(rhys.eventName()).isEmpty();
    assertThat(rhys.participant().fullName()).isEqualTo("Rhys Hughes");
    assertThat(rhys.participant().gender()).isEqualTo(Gender.OTHER);
    assertThat(rhys.participant().birthDate()).isEmpty();
    // the booker's address is not the participant's
    assertThat(rhys.participant().email()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "CONFIRMED, CONFIRMED", "PENDING, PENDING", "PENDING_BALLOT, PENDING", "CANCELLED, CANCELLED",
      "FAILED, FAILED", "REFUNDED, REFUNDED", "REFUNDING, REFUNDED", "DEFERRED, DEFERRED",
      "TO_BE_TRANSFERRED, TRANSFERRED", "TRANSFERRED_EVENTS, TRANSFERRED",
      "TRANSFERRED_TO_CREDIT, TRANSFERRED", "TRANSFERRED_TO_PERSON, TRANSFERRED"})
  void theDocumentedStatusesMap(String native_, String unified) throws Exception {
    RegistrationStatus status = mapper.toRegistration(withStatus(native_)).status();
    assertThat(status).isEqualTo(RegistrationStatus.of(unified));
    assertThat(status.isKnown()).isTrue();
  }

  @Test
  void anUnknownStatusKeepsItsSpellingAndNoStatusMeansBooked() throws Exception {
    RegistrationStatus odd = mapper.toRegistration(withStatus("ON_HOLD")).status();
    assertThat(odd.value()).isEqualTo("ON_HOLD");
    assertThat(odd.isKnown()).isFalse();
    assertThat(mapper.toRegistration(withStatus(null)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(mapper.toRegistration(Codecs.json().readValue("{\"id\":\"p\"}", LetsDoThisParticipant.class))
        .status()).isEqualTo(RegistrationStatus.CONFIRMED);
  }

  @ParameterizedTest
  @CsvSource({"MALE, MALE", "female, FEMALE", "NON_BINARY, OTHER", "Non-binary, OTHER",
      "PREFER_NOT_TO_SAY, UNKNOWN", "'', UNKNOWN"})
  void gendersMap(String value, Gender expected) {
    assertThat(LetsDoThisRegistrationMapper.gender(value)).isEqualTo(expected);
  }

  @Test
  void aParticipantWithoutAnIdCannotBeMapped() throws Exception {
    LetsDoThisParticipant noId = Codecs.json().readValue("{}", LetsDoThisParticipant.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.toRegistration(noId))
        .isInstanceOf(dev.racereg.core.error.ValidationException.class).hasMessageContaining("nativeId");
  }
}
