package dev.racereg.fftri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.internal.codec.Codecs;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared lenient decoding, the open enums and the CSV variant. */
class FftriDecodingTest {

  @Test
  void openEnumsKeepUnknownValues() throws IOException {
    assertThat(PassStatus.of("valid")).isSameAs(PassStatus.VALID);
    assertThat(PassStatus.of("archived").isKnown()).isFalse();
    assertThat(PassStatus.of("archived").value()).isEqualTo("archived");
    assertThat(PassType.of("3")).isEqualTo(PassType.LEISURE);
    assertThat(PassType.LEISURE.isCreatable()).isFalse();
    assertThat(EventStatus.of("-1")).isEqualTo(EventStatus.DELETED);
    assertThat(EventStatus.of("9").isKnown()).isFalse();
    assertThat(TrialFormat.of("CLM EQ")).isEqualTo(TrialFormat.TEAM_TIME_TRIAL);
    assertThat(FftriGender.of("f").toGender()).isEqualTo(dev.racereg.core.model.Gender.FEMALE);
    assertThat(FftriGender.of("x").toGender()).isEqualTo(dev.racereg.core.model.Gender.UNKNOWN);
    // a number where the doc shows a string still reads, and unknown values round-trip
    Pass pass = Codecs.json().readValue("{\"type\":2,\"statusDescription\":\"archived\"}", Pass.class);
    assertThat(pass.type()).contains(PassType.RELAY);
    assertThat(Codecs.json().writeValueAsString(pass.status().orElseThrow())).isEqualTo("\"archived\"");
  }

  @Test
  void stringlyValuesInEverySpelling() throws IOException {
    LicenceInfo info = Codecs.json().readValue("{\"mutation\":\"OUI\",\"certifComp\":\"true\",\"needPassCompet\":1,"
        + "\"club_id\":\"\",\"licenseValidationDate\":\"15/01/2018\"}", LicenceInfo.class);
    assertThat(info.mutation()).contains(true);
    assertThat(info.competitionCertificate()).contains(true);
    assertThat(info.needsPassCompetition()).contains(true);
    assertThat(info.clubId()).isEmpty();
    assertThat(info.validationDate()).contains(LocalDate.of(2018, 1, 15));
    assertThatThrownBy(() -> Codecs.json().readValue("{\"club_id\":\"12a\"}", LicenceInfo.class))
        .isInstanceOf(IOException.class).hasMessageContaining("12a");
    assertThatThrownBy(() -> Codecs.json().readValue("{\"club_id\":{\"x\":1}}", LicenceInfo.class))
        .isInstanceOf(IOException.class);
  }

  @Test
  void prices() throws IOException {
    Trial trial = Codecs.json().readValue("{\"id_trial\":\"1\",\"pass_price\":\"7,50\",\"second_pass_price\":20}", Trial.class);
    assertThat(trial.passPrice().orElseThrow().minorUnits()).isEqualTo(750);
    assertThat(trial.secondPassPrice().orElseThrow().minorUnits()).isEqualTo(2000);
    assertThatThrownBy(() -> Codecs.json().readValue("{\"pass_price\":\"1.234\"}", Trial.class))
        .isInstanceOf(IOException.class);
  }

  @Test
  void decodersNeverThrowAnythingButIoOrIllegalArgumentOnRandomInput() {
    long seed = 7L;
    Random random = new Random(seed);
    String alphabet = "{}[]\":,0123456789abcdefnulltrue \\";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder("{\"1\":{");
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      try {
        FftriJson.keyedList(Codecs.json().readTree(text), OrganiserEvent.class, "events");
      } catch (IOException | IllegalArgumentException expected) {
        // both become DecodingException in the client
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", input " + text, e);
      }
    }
  }

  @Test
  void csvWithFrenchHeadersCommasAndAJsonWrapper() throws IOException {
    PassCsvExport french = PassCsvReader.read("\uFEFFPrénom,Nom,Date de naissance,E-mail,Numéro du pass,Statut,Payé,Remboursé,Club\r\n"
        + "Léa,Dubois,14/03/1992,lea@example.fr,PC1,valid,1,0,TRI CLUB\r\n\r\n");
    assertThat(french.passes()).hasSize(1);
    Pass lea = french.passes().get(0);
    assertThat(lea.firstName()).contains("Léa");
    assertThat(lea.birthDate()).contains(LocalDate.of(1992, 3, 14));
    assertThat(lea.email()).contains("lea@example.fr");
    assertThat(lea.passNumber()).contains("PC1");
    assertThat(lea.paid()).contains(true);
    assertThat(lea.unknownFields()).containsOnlyKeys("Club");

    PassCsvExport wrapped = PassCsvReader.read("\"firstname;lastname\\nJohn;Legend\\n\"");
    assertThat(wrapped.text()).isEqualTo("firstname;lastname\nJohn;Legend\n");
    assertThat(wrapped.passes().get(0).lastName()).contains("Legend");

    assertThat(PassCsvReader.read("").passes()).isEmpty();
    assertThat(PassCsvReader.read("firstname;lastname\n").passes()).isEmpty();
  }
}
