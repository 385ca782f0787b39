package dev.racereg.testkit.fftri;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.fftri.FftriHttp.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FftriReferenceDataTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:15:30.123456Z");
  private final FftriSimulator sim = FftriSimulator.builder()
      .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().start();
  private final FftriHttp http = new FftriHttp(sim);

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void pingEchoesTheAccountAndTheTimeAsPhpDoes() {
    Reply reply = http.get("ping");
    assertThat(reply.code()).isEqualTo(200);
    JsonNode json = reply.json();
    assertThat(json.get("name").asText()).isEqualTo(sim.accountName());
    assertThat(json.get("time").get("date").asText()).isEqualTo("2026-06-01 10:15:30.123456");
    assertThat(json.get("time").get("timezone_type").isInt()).isTrue();
    assertThat(json.get("time").get("timezone").asText()).isEqualTo("UTC");
    // PHP escapes non-ASCII: the raw body carries \u00e9, the parsed value the real letter
    assertThat(reply.body()).contains("Chronom\\u00e9trage");
    assertThat(reply.headers().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void seasonsAreKeyedByIdWithTheDocsValuesAndRunToTheCurrentYear() {
    JsonNode json = http.get("seasons").json();
    assertThat(json.isObject()).isTrue();
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).startsWith("2", "6", "7", "8", "9", "10").endsWith("18");
    JsonNode six = json.get("6");
    assertThat(six.get("id").isInt()).isTrue();
    assertThat(six.get("id").asInt()).isEqualTo(6);
    assertThat(six.get("name").asText()).isEqualTo("2013-2014");
    assertThat(six.get("startDate").asText()).isEqualTo("2013-10-31");
    assertThat(six.get("endDate").asText()).isEqualTo("2014-10-31");
    assertThat(json.get("2").get("endDate").asText()).isEqualTo("2013-10-30");
    assertThat(json.get("18").get("name").asText()).isEqualTo("2026");
    assertThat(sim.currentSeason().id()).isEqualTo(18);
  }

  @Test
  void clubsOfASeasonMapIdToNameSortedByName() {
    Reply reply = http.get("clubs/10");
    assertThat(reply.code()).isEqualTo(200);
    JsonNode json = reply.json();
    assertThat(json.get("1063").asText()).isEqualTo("A.A.S. FRESNES TRIATHLON");
    assertThat(json.get("30088").asText()).isEqualTo("A.C.ORANGE");
    assertThat(json.get("10023").asText()).isEqualTo("A.S. MONACO TRIATHLON");
    List<String> names = new ArrayList<>();
    json.elements().forEachRemaining(n -> names.add(n.asText()));
    assertThat(names).isSorted();
    long renewed = sim.clubs().stream().filter(c -> c.seasonIds().contains(10)).count();
    assertThat(json.size()).isEqualTo((int) renewed);
    assertThat(renewed).isLessThanOrEqualTo(sim.clubs().size());
    assertThat(http.get("clubs/999").code()).isEqualTo(404);
    assertThat(http.get("clubs/abc").code()).isEqualTo(404);
  }

  @Test
  void clubInfoServesEveryDocumentedFieldAsStrings() {
    JsonNode club = http.get("club/1001").json();
    assertThat(club.get("id").asText()).isEqualTo("1001");
    assertThat(club.get("id").isTextual()).isTrue();
    assertThat(club.get("name").asText()).isEqualTo("TRINOSAURE");
    assertThat(club.get("zip").asText()).isEqualTo("78130");
    assertThat(club.get("city").asText()).isEqualTo("LES MUREAUX");
    assertThat(club.get("lat").asText()).isEqualTo("48.98595");
    assertThat(club.get("league").asText()).isEqualTo("ILE DE FRANCE");
    assertThat(club.get("excellence_young").asText()).isEqualTo("1");
    assertThat(club.get("healthSport").asText()).isEqualTo("0");
    assertThat(club.get("school_label_stars").asText()).isEqualTo("3");
    assertThat(club.get("season").asText()).isEqualTo("2026");
    assertThat(club.get("championship").asText()).isEqualTo("M_Duathlon_D1,F_Triathlon_D1");
    List<String> fields = new ArrayList<>();
    club.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "name", "address", "zip", "city", "phone", "mobile",
        "email", "website", "lat", "lng", "league", "excellence_young", "healthSport",
        "school_label_stars", "school_label_raid_stars", "season", "championship");
    // a club without school label has a null season
    ClubRow unlabelled = sim.clubs().stream().filter(c -> c.schoolLabelStars() == 0).findFirst()
        .orElseThrow();
    assertThat(http.get("club/" + unlabelled.id()).json().get("season").isNull()).isTrue();
    Reply missing = http.get("club/4242424");
    assertThat(missing.code()).isEqualTo(404);
    assertThat(missing.json().get("success").asText()).isEqualTo("false");
  }

  @Test
  void ageCategoriesOfSeasonTenMatchTheDocsExample() {
    JsonNode json = http.get("age-categories/10").json();
    JsonNode first = json.get("166");
    assertThat(first.get("id").asText()).isEqualTo("166");
    assertThat(first.get("season").asText()).isEqualTo("10");
    assertThat(first.get("name").asText()).isEqualTo("Mini-poussin 1");
    assertThat(first.get("ageMin").asText()).isEqualTo("6");
    assertThat(first.get("ageMax").asText()).isEqualTo("6");
    assertThat(first.get("yearOfBirthMin").asText()).isEqualTo("2012");
    assertThat(first.get("yearOfBirthMax").asText()).isEqualTo("2012");
    assertThat(first.get("shortName").asText()).isEqualTo("MP");
    assertThat(first.get("mainGroupName").asText()).isEqualTo("Mini-poussin");
    assertThat(json.get("167").get("name").asText()).isEqualTo("Mini-poussin 2");
    assertThat(json.get("167").get("yearOfBirthMin").asText()).isEqualTo("2011");
    // the current season's categories move with the year
    JsonNode current = http.get("age-categories/18").json();
    JsonNode v3 = null;
    for (JsonNode category : current) {
      if (category.get("name").asText().equals("Vétéran 3")) {
        v3 = category;
      }
    }
    assertThat(v3).isNotNull();
    assertThat(v3.get("ageMin").asText()).isEqualTo("50");
    assertThat(v3.get("yearOfBirthMax").asText()).isEqualTo("1976");
    assertThat(http.get("age-categories/3").code()).isEqualTo(404);
  }

  @Test
  void trialsOfTheOrganiserAreUpcomingEventsKeyedById() {
    Reply reply = http.get("get-trials-by-orga/" + sim.credentials().organiserLogin() + "/" + sim.credentials().organiserKey());
    assertThat(reply.code()).isEqualTo(200);
    JsonNode event = reply.json().get("10286");
    assertThat(event.get("id_event").asText()).isEqualTo("10286");
    assertThat(event.get("name_event").asText()).isEqualTo("CHTRIMAN GRAVELINES");
    assertThat(event.get("league_id").asText()).isEqualTo("2");
    assertThat(event.get("league").asText()).isEqualTo("HAUTS DE FRANCE");
    assertThat(event.get("status").asText()).isEqualTo("7");
    assertThat(event.get("date_start_event").asText()).isEqualTo("2026-07-03");
    JsonNode trial = event.get("trials").get("31732");
    assertThat(trial.get("id_trial").asText()).isEqualTo("31732");
    assertThat(trial.get("name_trial").asText()).isEqualTo("DUATHLON 111");
    assertThat(trial.get("discipline").asText()).isEqualTo("Duathlon");
    assertThat(trial.get("distance").asText()).isEqualTo("S");
    assertThat(trial.get("format").asText()).isEqualTo("Ind.");
    assertThat(trial.get("label_trial").asText()).isEqualTo("Mixité");
    assertThat(trial.get("pass_price").asText()).isEqualTo("5");
    assertThat(trial.get("second_pass_price").isNull()).isTrue();
    assertThat(event.get("trials").get("31728").get("distance").asText()).isEqualTo("Jeunes 10-13");
    assertThat(event.get("trials").get("31728").get("pass_price").asText()).isEqualTo("2");
    // a trailing slash, as in the doc's path, is accepted
    assertThat(http.get("get-trials-by-orga/" + sim.credentials().organiserLogin() + "/" + sim.credentials().organiserKey()
        + "/").code()).isEqualTo(200);
  }

  @Test
  void pastTrialsAreNoLongerListedForTheOrganiser() {
    Instant december = Instant.parse("2026-12-01T08:00:00Z");
    try (FftriSimulator later = FftriSimulator.builder()
        .clock(Clock.fixed(december, ZoneOffset.UTC)).build().start()) {
      JsonNode json = new FftriHttp(later)
          .get("get-trials-by-orga/" + later.credentials().organiserLogin() + "/" + later.credentials().organiserKey()).json();
      assertThat(json.has("10286")).isFalse();
      List<Integer> listed = new ArrayList<>();
      json.forEach(e -> e.get("trials").fieldNames().forEachRemaining(id -> listed.add(Integer.valueOf(id))));
      assertThat(listed).isNotEmpty().containsExactlyInAnyOrderElementsOf(later.upcomingTrialIds());
      assertThat(later.trialIds()).contains(31725, 31726, 31728, 31732);
    }
  }

  @Test
  void wrongOrganiserKeyIsRefused() {
    Reply reply = http.get("get-trials-by-orga/" + sim.credentials().organiserLogin() + "/00000000000000000000000000000000");
    assertThat(reply.code()).isEqualTo(403);
    assertThat(reply.json().get("success").asText()).isEqualTo("false");
    assertThat(http.get("get-trials-by-orga/ORGA99999/" + sim.credentials().organiserKey()).code()).isEqualTo(403);
  }

  @Test
  void ituFederationIsAnObjectKeyedByItsId() {
    Reply reply = http.get("itu-federation/4");
    assertThat(reply.code()).isEqualTo(200);
    JsonNode json = reply.json();
    assertThat(json.size()).isEqualTo(1);
    JsonNode burkina = json.get("4");
    List<String> fields = new ArrayList<>();
    burkina.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("name_federation", "id", "name_country", "alpha2", "ituFree");
    assertThat(burkina.get("name_federation").asText()).isEqualTo("Burkina Faso");
    assertThat(burkina.get("id").asText()).isEqualTo("4");
    assertThat(burkina.get("alpha2").asText()).isEqualTo("BF");
    assertThat(burkina.get("ituFree").asText()).isEqualTo("0");
    assertThat(http.get("itu-federation/9999").code()).isEqualTo(404);
  }

  @Test
  void affiliatedFederationsAreTheFreeOnesWithTheirCountryCode() {
    JsonNode json = http.get("get-itu-affiliated-federation").json();
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).startsWith("113", "123", "131");
    JsonNode belgium = json.get("113");
    assertThat(belgium.get("country_id").asText()).isEqualTo("56");
    assertThat(belgium.get("name").asText()).isEqualTo("Belgian Triathlon & Duathlon Federation");
    assertThat(belgium.get("ituFree").asText()).isEqualTo("1");
    assertThat(json.get("123").get("name").asText()).isEqualTo("Deutsche Triathlon Union");
    assertThat(json.get("131").get("country_id").asText()).isEqualTo("380");
    json.forEach(f -> assertThat(f.get("ituFree").asText()).isEqualTo("1"));
  }

  @Test
  void allFederationsStartWithTheDocsAfricanOnes() {
    Reply reply = http.get("itu-federations");
    JsonNode json = reply.json();
    assertThat(json.get("1").get("name_federation").asText())
        .isEqualTo("Fédération Algérienne de Triathlon");
    assertThat(json.get("1").get("name_country").asText()).isEqualTo("Algérie");
    assertThat(json.get("2").get("alpha2").asText()).isEqualTo("BJ");
    assertThat(json.get("3").get("name_federation").asText()).isEqualTo("Botswana Triathlon Society");
    assertThat(json.size()).isEqualTo(sim.ituFederations().size());
    assertThat(reply.body()).contains("Alg\\u00e9rie");
  }
}
