package dev.racereg.fftri;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Licence;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping to the unified models over realistic espacetri records. */
class FftriUnifiedMapperTest {

  private static List<Pass> passes(String json) throws IOException {
    return FftriJson.keyedList(Codecs.json().readTree(json), Pass.class, "test");
  }

  private static List<Season> seasons(String json) throws IOException {
    return FftriJson.keyedList(Codecs.json().readTree(json), Season.class, "test", Season::containerKey);
  }

  private static Pass pass(String status, String paid, String refund) throws IOException {
    return Codecs.json().readValue("{\"passNumber\":\"PC1\",\"statusDescription\":\"" + status + "\",\"isPaid\":\""
        + paid + "\",\"refund\":\"" + refund + "\"}", Pass.class);
  }

  @Test
  void aTrialsPassesBecomeRegistrations() throws IOException {
    List<Pass> passes = passes("{"
        + "\"0\":{\"firstname\":\"Léa\",\"lastname\":\"Dubois\",\"birthDate\":\"1992-03-14\",\"email\":\"lea.dubois@example.fr\","
        + "\"passNumber\":\"PC2026031732001\",\"created\":\"2026-06-02\",\"statusDescription\":\"valid\",\"isPaid\":\"1\","
        + "\"refund\":\"0\",\"type\":\"1\",\"typeDescription\":\"individual\"},"
        + "\"1\":{\"firstname\":\"Hugo\",\"lastname\":\"Martin\",\"birthDate\":\"1985-11-30\",\"email\":\"hugo@example.fr\","
        + "\"passNumber\":\"PC2026031732002\",\"created\":\"2026-06-05\",\"statusDescription\":\"refund\",\"isPaid\":\"1\","
        + "\"refund\":\"1\",\"type\":\"2\",\"typeDescription\":\"relay\",\"canceledReason\":\"blessure\"}}");

    Registration lea = FftriUnifiedMapper.registration(passes.get(0), 31732, 0);
    Registration hugo = FftriUnifiedMapper.registration(passes.get(1), 31732, 1);

    assertThat(lea.id()).isEqualTo("fftri:PC2026031732001");
    assertThat(lea.provider()).isEqualTo("fftri");
    assertThat(lea.raceId()).contains("31732");
    assertThat(lea.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(lea.category()).contains("individual");
    assertThat(lea.registeredAt()).contains(Instant.parse("2026-06-01T22:00:00Z")); // midnight in Paris
    assertThat(lea.participant().fullName()).isEqualTo("Léa Dubois");
    assertThat(lea.participant().birthDate()).contains(LocalDate.of(1992, 3, 14));
    assertThat(lea.participant().email()).contains("lea.dubois@example.fr");
    assertThat(lea.participant().gender()).isEqualTo(Gender.UNKNOWN);
    assertThat(lea.nativeRecord(Pass.class)).containsSame(passes.get(0));
    assertThat(hugo.status()).isEqualTo(RegistrationStatus.REFUNDED);
    assertThat(hugo.category()).contains("relay");
    assertThat(hugo.nativeRecord(Pass.class).orElseThrow().unknownFields()).containsKey("canceledReason");
  }

  @Test
  void aVerifiedPassCarriesItsEventAndDistance() throws IOException {
    Pass pass = Codecs.json().readValue(Fixtures.read("verify-pass.json"), Pass.class);

    Registration r = FftriUnifiedMapper.registration(pass, 99, 0);

    assertThat(r.eventId()).contains("10286");
    assertThat(r.raceId()).contains("31732"); // the pass's own trial wins over the caller's
    assertThat(r.raceName()).contains("Jeunes 8-11");
    assertThat(r.eventName()).contains("XXXX");
  }

  @Test
  void statusMappingTable() throws IOException {
    assertThat(FftriUnifiedMapper.status(pass("valid", "1", "0"))).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(FftriUnifiedMapper.status(pass("used", "1", "0"))).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(FftriUnifiedMapper.status(pass("valid", "0", "0"))).isEqualTo(RegistrationStatus.PENDING);
    assertThat(FftriUnifiedMapper.status(pass("created", "0", "0"))).isEqualTo(RegistrationStatus.PENDING);
    assertThat(FftriUnifiedMapper.status(pass("refund", "1", "1"))).isEqualTo(RegistrationStatus.REFUNDED);
    assertThat(FftriUnifiedMapper.status(pass("valid", "1", "1"))).isEqualTo(RegistrationStatus.REFUNDED);
    assertThat(FftriUnifiedMapper.status(pass("cancel", "1", "0"))).isEqualTo(RegistrationStatus.CANCELLED);
    RegistrationStatus future = FftriUnifiedMapper.status(pass("suspended", "1", "0"));
    assertThat(future.isKnown()).isFalse();
    assertThat(future.value()).isEqualTo("suspended");
    assertThat(FftriUnifiedMapper.status(Codecs.json().readValue("{\"isPaid\":\"1\"}", Pass.class)))
        .isEqualTo(RegistrationStatus.CONFIRMED);
  }

  @Test
  void aPassWithoutNumberStillGetsAStableId() throws IOException {
    Pass pass = Codecs.json().readValue("{\"firstname\":\"Ana\",\"statusDescription\":\"valid\"}", Pass.class);

    assertThat(FftriUnifiedMapper.registration(pass, 31732, 4).nativeId()).isEqualTo("trial-31732-row-4");
  }

  @Test
  void licenceFromATestAndFromDetails() throws IOException {
    Season s2018 = seasons(Fixtures.read("seasons.json")).get(5);
    LicenceInfo info = Codecs.json().readValue(Fixtures.read("licence-infos.json"), LicenceInfo.class);
    FftriLicenceVerifier.Holder holder = new FftriLicenceVerifier.Holder(FftriGender.MALE, "Dupont", LocalDate.of(1955, 2, 1));

    Licence tested = FftriUnifiedMapper.licence("A12345C0750012345", s2018);
    Licence detailed = FftriUnifiedMapper.licence(info, s2018, holder, "A12345C0750012345");

    assertThat(tested.federation()).isEqualTo("FFTRI");
    assertThat(tested.season()).contains("2018");
    assertThat(tested.isValidOn(LocalDate.of(2018, 12, 31))).isTrue();
    assertThat(tested.isValidOn(LocalDate.of(2019, 1, 1))).isFalse();
    assertThat(tested.holder()).isEmpty();
    assertThat(detailed.number()).isEqualTo("A12345C0750012345");
    assertThat(detailed.validFrom()).contains(LocalDate.of(2018, 1, 15));
    assertThat(detailed.validUntil()).contains(LocalDate.of(2018, 12, 31));
    assertThat(detailed.category()).contains("Vétéran 3");
    assertThat(detailed.club()).contains("CLUB DE DEMO");
    assertThat(detailed.type()).contains("C");
    assertThat(detailed.holder().orElseThrow().gender()).isEqualTo(Gender.MALE);
    assertThat(detailed.holder().orElseThrow().nationality()).contains("Français");
    assertThat(detailed.holder().orElseThrow().licenceNumber()).contains("A12345C0750012345");
  }
}
