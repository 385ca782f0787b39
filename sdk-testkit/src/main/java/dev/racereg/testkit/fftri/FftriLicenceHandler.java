package dev.racereg.testkit.fftri;

import static dev.racereg.testkit.fftri.FftriRequests.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.fftri.FftriWorld.AgeCategory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;

/**
 * {@code test-licence/{season}} and {@code licence-infos/{season}}: licence checks against the
 * generated licence holders. Credentials are checked by the router first.
 */
final class FftriLicenceHandler {

  private final FftriWorld world;

  FftriLicenceHandler(FftriWorld world) {
    this.world = world;
  }

  // ---- licences --------------------------------------------------------------------------

  MockResponse testLicence(String seasonParam, SimRequest request) {
    Optional<SeasonRow> season = parseId(seasonParam).flatMap(world::season);
    if (season.isEmpty()) {
      return FftriWire.licenceKo(FftriWire.NOT_FOUND, "season not found");
    }
    JsonNode body = parseBody(request, FftriWire.licenceKo(FftriWire.BAD_REQUEST, "invalid JSON body"));
    String licence = text(body, "licence");
    if (licence == null) {
      return FftriWire.licenceKo(FftriWire.BAD_REQUEST, "missing licence");
    }
    Optional<LicenceHolder> holder = world.holder(licence);
    if (holder.isEmpty()) {
      return FftriWire.licenceKo(FftriWire.NOT_FOUND, "licence not found");
    }
    if (!holder.get().validFor(season.get().id())) {
      return FftriWire.licenceKo(FftriWire.NOT_FOUND, "licence not available for season");
    }
    return FftriWire.licenceOk();
  }

  MockResponse licenceInfos(String seasonParam, SimRequest request) {
    SeasonRow season = requireSeason(world, seasonParam);
    JsonNode body = parseBody(request, FftriWire.badRequest("Invalid JSON body"));
    String gender = required(body, "gender").toLowerCase(Locale.ROOT);
    String lastname = required(body, "lastname");
    LocalDate birthdate = date(required(body, "birthdate"), "birthdate");
    String licence = required(body, "licence");
    if (!gender.equals("m") && !gender.equals("f")) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid gender, expected m or f"));
    }
    LicenceHolder holder = world.holder(licence)
        .filter(h -> h.gender().equals(gender) && h.birthDate().equals(birthdate)
            && FftriNames.fold(h.lastName()).equals(FftriNames.fold(lastname)))
        .orElseThrow(() -> new FftriRefusal(FftriWire.notFound("Licence not found")));
    LocalDate validated = holder.validationDate(season.id())
        .orElseThrow(() -> new FftriRefusal(FftriWire.notFound("Licence not found for season")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("licenseNumber", holder.licenceNumber());
    out.put("licenseValidationDate", validated.toString());
    out.put("mutation", holder.mutation() ? "OUI" : "NON");
    out.put("nationality", holder.nationality());
    out.put("ageCategory", world.categoryOf(holder.birthDate().getYear(), season)
        .map(AgeCategory::name).orElse(null));
    out.put("club_id", holder.clubId());
    out.put("club_name", holder.clubName());
    out.put("certifComp", holder.certifComp());
    out.put("letterType", holder.letterType());
    out.put("needPassCompet", holder.needPassCompet());
    return FftriWire.json(200, out);
  }
}
