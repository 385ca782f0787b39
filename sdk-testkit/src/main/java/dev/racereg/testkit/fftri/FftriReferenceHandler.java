package dev.racereg.testkit.fftri;

import static dev.racereg.testkit.fftri.FftriRequests.*;

import dev.racereg.testkit.fftri.FftriWorld.AgeCategory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * The reference data endpoints: {@code ping}, {@code seasons}, {@code clubs/{season}},
 * {@code club/{id}}, {@code age-categories/{season}} and the three ITU federation lookups, all
 * read from the generated world. Credentials are checked by the router first.
 */
final class FftriReferenceHandler {

  private static final DateTimeFormatter PING_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

  private final FftriWorld world;
  private final Clock clock;
  private final String accountName;

  FftriReferenceHandler(FftriWorld world, Clock clock, String accountName) {
    this.world = world;
    this.clock = clock;
    this.accountName = accountName;
  }

  // ---- reference data --------------------------------------------------------------------

  MockResponse ping() {
    Map<String, Object> time = new LinkedHashMap<>();
    time.put("date", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(PING_TIME));
    time.put("timezone_type", 3);
    time.put("timezone", "UTC");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", accountName);
    body.put("time", time);
    return FftriWire.json(200, body);
  }

  MockResponse seasonsList() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (SeasonRow s : world.seasons) {
      Map<String, Object> season = new LinkedHashMap<>();
      season.put("id", s.id());
      season.put("name", s.name());
      season.put("startDate", s.startDate().toString());
      season.put("endDate", s.endDate().toString());
      body.put(Integer.toString(s.id()), season);
    }
    return FftriWire.json(200, body);
  }


  MockResponse clubsOfSeason(String seasonParam) {
    SeasonRow season = requireSeason(world, seasonParam);
    List<ClubRow> renewed = world.clubs.stream().filter(c -> c.seasonIds().contains(season.id()))
        .sorted(Comparator.comparing(ClubRow::name)).toList();
    return FftriWire.streamedJson(gen -> {
      gen.writeStartObject();
      for (ClubRow club : renewed) {
        gen.writeStringField(Integer.toString(club.id()), club.name());
      }
      gen.writeEndObject();
    });
  }

  MockResponse clubInfo(String clubParam) {
    ClubRow club = parseId(clubParam).flatMap(world::club)
        .orElseThrow(() -> new FftriRefusal(FftriWire.notFound("Club not found")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", Integer.toString(club.id()));
    body.put("name", club.name());
    body.put("address", club.address());
    body.put("zip", club.zip());
    body.put("city", club.city());
    body.put("phone", club.phone());
    body.put("mobile", club.mobile());
    body.put("email", club.email());
    body.put("website", club.website());
    body.put("lat", club.lat());
    body.put("lng", club.lng());
    body.put("league", club.league());
    body.put("excellence_young", flag(club.excellenceYoung()));
    body.put("healthSport", flag(club.healthSport()));
    body.put("school_label_stars", Integer.toString(club.schoolLabelStars()));
    body.put("school_label_raid_stars", Integer.toString(club.schoolLabelRaidStars()));
    body.put("season", club.labelSeason());
    body.put("championship", club.championship());
    return FftriWire.json(200, body);
  }

  MockResponse ageCategories(String seasonParam) {
    SeasonRow season = requireSeason(world, seasonParam);
    Map<String, Object> body = new LinkedHashMap<>();
    for (AgeCategory c : world.categories(season.id())) {
      Map<String, Object> category = new LinkedHashMap<>();
      category.put("id", Integer.toString(c.id()));
      category.put("season", Integer.toString(c.seasonId()));
      category.put("name", c.name());
      category.put("ageMin", Integer.toString(c.ageMin()));
      category.put("ageMax", Integer.toString(c.ageMax()));
      category.put("yearOfBirthMin", Integer.toString(c.yearOfBirthMin()));
      category.put("yearOfBirthMax", Integer.toString(c.yearOfBirthMax()));
      category.put("shortName", c.shortName());
      category.put("mainGroupName", c.mainGroupName());
      body.put(Integer.toString(c.id()), category);
    }
    return FftriWire.json(200, body);
  }


  // ---- ITU federations -------------------------------------------------------------------

  MockResponse ituFederation(String idParam) {
    ItuFederationRow f = parseId(idParam).flatMap(world::federation)
        .orElseThrow(() -> new FftriRefusal(FftriWire.notFound("Federation not found")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name_federation", f.federationName());
    out.put("id", Integer.toString(f.id()));
    out.put("name_country", f.countryName());
    out.put("alpha2", f.alpha2());
    out.put("ituFree", flag(f.ituFree()));
    return FftriWire.json(200, Map.of(Integer.toString(f.id()), out));
  }

  MockResponse ituAffiliated() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (ItuFederationRow f : world.federations()) {
      if (f.ituFree()) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", Integer.toString(f.id()));
        out.put("country_id", Integer.toString(f.countryId()));
        out.put("name", f.federationName());
        out.put("ituFree", "1");
        body.put(Integer.toString(f.id()), out);
      }
    }
    return FftriWire.json(200, body);
  }

  MockResponse ituFederationsList() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (ItuFederationRow f : world.federations()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", Integer.toString(f.id()));
      out.put("name_federation", f.federationName());
      out.put("name_country", f.countryName());
      out.put("alpha2", f.alpha2());
      out.put("ituFree", flag(f.ituFree()));
      body.put(Integer.toString(f.id()), out);
    }
    return FftriWire.json(200, body);
  }
}
