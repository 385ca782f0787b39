package dev.racereg.testkit.fftri;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.fftri.FftriHttp.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FftriLicenceTest {

  private final FftriSimulator sim = FftriSimulator.builder().build().start();
  private final FftriHttp http = new FftriHttp(sim);
  private final int current = sim.currentSeason().id();

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void licenceValidForTheSeasonAnswersTheDocsOkMessage() {
    String licence = sim.licenceNumbersValidFor(current).get(0);
    assertThat(licence).hasSize(17);
    Reply reply = http.post("test-licence/" + current, Map.of("licence", licence));
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.json().get("message").asText())
        .isEqualTo("OK - licence found and available for season");
    // numbers are matched without regard to case
    assertThat(http.post("test-licence/" + current,
        Map.of("licence", licence.toLowerCase(Locale.ROOT))).code()).isEqualTo(200);
  }

  @Test
  void lapsedUnknownAndMalformedChecksNeverSayOk() {
    String lapsed = sim.lapsedLicenceNumbers().get(0);
    LicenceHolder holder = sim.licenceHolder(lapsed).orElseThrow();
    int pastSeason = holder.seasonIds().iterator().next();
    assertThat(http.post("test-licence/" + pastSeason, Map.of("licence", lapsed)).code())
        .isEqualTo(200);
    Reply notThisSeason = http.post("test-licence/" + current, Map.of("licence", lapsed));
    Reply unknown = http.post("test-licence/" + current,
        Map.of("licence", sim.unknownLicenceNumbers().get(0)));
    Reply missing = http.post("test-licence/" + current, Map.of("numero", "A1"));
    Reply notJson = http.post("test-licence/" + current, "licence=A1");
    Reply noSeason = http.post("test-licence/4", Map.of("licence", lapsed));
    assertThat(notThisSeason.code()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo(400);
    assertThat(notJson.code()).isEqualTo(400);
    assertThat(noSeason.code()).isEqualTo(404);
    for (Reply reply : List.of(notThisSeason, unknown, missing, notJson, noSeason)) {
      // callers in the wild test the message for "OK"
      assertThat(reply.json().get("message").asText()).startsWith("KO - ").doesNotContain("OK");
    }
  }

  @Test
  void generatedHoldersMixCurrentPastOnlyAndRealisticFrenchData() {
    List<LicenceHolder> holders = sim.licenceHolders();
    assertThat(holders).hasSize(300);
    long valid = holders.stream().filter(h -> h.validFor(current)).count();
    assertThat(valid).isBetween(150L, 270L);
    assertThat(sim.lapsedLicenceNumbers()).hasSize(300 - (int) valid);
    assertThat(holders).allSatisfy(h -> {
      assertThat(h.licenceNumber()).matches("[A-D]\\d{5}C\\d{7}[MF][A-Z]{2}");
      assertThat(h.gender()).isIn("m", "f");
      assertThat(h.email()).contains("@");
      assertThat(h.seasonIds()).isNotEmpty();
    });
    assertThat(holders.stream().map(LicenceHolder::lastName)).contains("Martin");
    assertThat(holders.stream().filter(h -> h.gender().equals("f")).count()).isBetween(50L, 150L);
  }

  @Test
  void licenceInfosAnswersTheDocsShapeAndTypes() {
    LicenceHolder holder = sim.licenceHolders().stream()
        .filter(h -> h.validFor(current) && h.birthDate().getYear() <= 1980).findFirst().orElseThrow();
    Reply reply = http.post("licence-infos/" + current, identity(holder, holder.lastName()));
    assertThat(reply.code()).isEqualTo(200);
    JsonNode json = reply.json();
    assertThat(json.get("licenseNumber").asText()).isEqualTo(holder.licenceNumber());
    assertThat(json.get("licenseValidationDate").asText())
        .isEqualTo(holder.validationDate(current).orElseThrow().toString());
    assertThat(json.get("mutation").asText()).isIn("OUI", "NON");
    assertThat(json.get("nationality").asText()).isEqualTo(holder.nationality());
    assertThat(json.get("ageCategory").asText()).startsWith("Vétéran");
    assertThat(json.get("club_id").isInt()).isTrue();
    assertThat(json.get("club_id").asInt()).isEqualTo(holder.clubId());
    assertThat(json.get("club_name").asText()).isEqualTo(holder.clubName());
    assertThat(json.get("certifComp").isBoolean()).isTrue();
    assertThat(json.get("needPassCompet").isBoolean()).isTrue();
    assertThat(json.get("needPassCompet").asBoolean()).isEqualTo(!json.get("certifComp").asBoolean());
    assertThat(json.get("letterType").asText()).isEqualTo(holder.letterType());
  }

  @Test
  void licenceInfosComparesTheLastNameWithoutCaseOrAccents() {
    LicenceHolder holder = sim.licenceHolders().stream()
        .filter(h -> h.validFor(current) && !h.lastName().equals(FftriNames.fold(h.lastName())))
        .findFirst().orElseThrow();
    String shouted = java.text.Normalizer.normalize(holder.lastName(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    assertThat(http.post("licence-infos/" + current, identity(holder, shouted)).code()).isEqualTo(200);
  }

  @Test
  void licenceInfosRefusesWrongIdentityPastSeasonAndMissingFields() {
    LicenceHolder holder = sim.licenceHolder(sim.lapsedLicenceNumbers().get(0)).orElseThrow();
    int past = holder.seasonIds().iterator().next();
    assertThat(http.post("licence-infos/" + past, identity(holder, holder.lastName())).code())
        .isEqualTo(200);
    Reply notThisSeason = http.post("licence-infos/" + current, identity(holder, holder.lastName()));
    assertThat(notThisSeason.code()).isEqualTo(404);
    assertThat(notThisSeason.json().get("success").asText()).isEqualTo("false");
    Reply wrongName = http.post("licence-infos/" + past, identity(holder, "Personne"));
    assertThat(wrongName.code()).isEqualTo(404);
    Map<String, Object> wrongBirth = identity(holder, holder.lastName());
    wrongBirth.put("birthdate", holder.birthDate().plusDays(1).toString());
    assertThat(http.post("licence-infos/" + past, wrongBirth).code()).isEqualTo(404);
    Map<String, Object> noGender = identity(holder, holder.lastName());
    noGender.remove("gender");
    Reply missing = http.post("licence-infos/" + past, noGender);
    assertThat(missing.code()).isEqualTo(400);
    assertThat(missing.json().get("error").asText()).contains("gender");
    Map<String, Object> badDate = identity(holder, holder.lastName());
    badDate.put("birthdate", "23/07/1988");
    assertThat(http.post("licence-infos/" + past, badDate).code()).isEqualTo(400);
  }

  @Test
  void thousandsOfHoldersServeBulkChecks() {
    try (FftriSimulator big = FftriSimulator.builder().licenceHolders(5_000).build().start()) {
      FftriHttp client = new FftriHttp(big);
      int season = big.currentSeason().id();
      List<String> valid = big.licenceNumbersValidFor(season);
      assertThat(big.licenceHolders()).hasSize(5_000);
      assertThat(valid.size()).isGreaterThan(2_500);
      assertThat(big.licenceHolders().stream().map(LicenceHolder::licenceNumber).distinct().count())
          .isEqualTo(5_000);
      for (int i = 0; i < 100; i++) {
        String licence = valid.get(i * 25);
        assertThat(client.post("test-licence/" + season, Map.of("licence", licence)).code())
            .isEqualTo(200);
      }
      // the same seed gives the same first holders whatever the size
      assertThat(big.licenceHolders().subList(0, 300)).isEqualTo(sim.licenceHolders());
    }
  }

  private static Map<String, Object> identity(LicenceHolder holder, String lastName) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("gender", holder.gender());
    body.put("lastname", lastName);
    body.put("birthdate", holder.birthDate().toString());
    body.put("licence", holder.licenceNumber());
    return body;
  }
}
