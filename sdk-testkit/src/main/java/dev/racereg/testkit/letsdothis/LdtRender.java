package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.letsdothis.LdtCatalog.Event;
import dev.racereg.testkit.letsdothis.LdtCatalog.Occurrence;
import dev.racereg.testkit.letsdothis.LdtCatalog.Race;
import dev.racereg.testkit.letsdothis.LdtCatalog.Ticket;
import dev.racereg.testkit.letsdothis.LdtCatalog.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Renders stored rows as the Let's Do This API serves them: a participant or application with its
 * metadata (or without, when {@code extendMetadata} is off), and a ticket. Everything is derived
 * from the row's seeds and the catalog, so a row costs memory only for what a write changed.
 */
final class LdtRender {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LdtRender() {}

  /**
   * The participant or application as the API serves it, metadata included.
   *
   * @param occurrenceField the JSON name of the occurrence id ({@code eventOccurrenceId}, or the
   *     doc's other spelling {@code eventOccurenceId})
   */
  static ObjectNode render(LdtRow row, LdtCatalog catalog, String occurrenceField) {
    Ticket ticket = catalog.ticketById.get(row.ticketId);
    Race race = catalog.raceById.get(row.raceId);
    Event event = catalog.eventById.get(row.eventId);
    Occurrence occurrence = catalog.occurrenceById.get(row.occurrenceId);
    Instant raceStart = catalog.raceStart(race, occurrence);
    LocalDate raceDay = LocalDate.ofInstant(occurrence.start(), ZoneOffset.UTC);
    LdtPerson person = LdtPerson.of(row.personSeed, raceDay);
    LdtPerson booker = row.bookerSeed == row.personSeed ? person
        : LdtPerson.of(row.bookerSeed, raceDay);
    SplittableRandom rnd = new SplittableRandom(row.detailSeed);
    boolean participant = row.kind == LdtRow.Kind.PARTICIPANT;

    ObjectNode n = NODES.objectNode();
    n.put("id", row.id);
    n.put("participantIndex", row.participantIndex);
    n.put("bookingId", row.bookingId);
    n.put("transactionId", row.transactionId);
    n.put(occurrenceField, row.occurrenceId);
    n.put("eventId", row.eventId);
    n.put("raceId", row.raceId);
    n.put("ticketTitle", ticket.title());
    n.put("ticketId", row.ticketId);
    n.put("createdAt", LdtTime.format(row.createdAt));
    n.put("updatedAt", LdtTime.format(row.updatedAt));
    ArrayNode waves = n.putArray("waves");
    if (!race.waves().isEmpty()) {
      LdtCatalog.Wave wave = race.waves().get(rnd.nextInt(race.waves().size()));
      ObjectNode w = waves.addObject();
      w.put("id", wave.id());
      w.put("name", wave.name());
      w.put("startTime", LdtTime.format(raceStart.plus(Duration.ofMinutes(wave.offsetMinutes()))));
    }
    n.set("fields", fields(row, person, race));
    ObjectNode bookerNode = n.putObject("booker");
    bookerNode.put("firstName", row.gdprRedacted ? null : booker.firstName());
    bookerNode.put("lastName", row.gdprRedacted ? null : booker.lastName());
    bookerNode.put("email", row.gdprRedacted ? null : booker.email());
    n.put("bookerType", row.reserved == null ? "INDIVIDUAL"
        : row.reserved.partnerId() == null ? "ORGANISER" : "PARTNER");
    ObjectNode price = n.putObject("originalTicketPrice");
    price.put("value", ticket.priceMinor());
    price.put("currencyCode", "GBP");
    n.put("incrementalStatus", rnd.nextInt(100) < 93 ? "INCREMENTAL" : "NON_INCREMENTAL");
    n.put("bibNumber", row.bibNumber);
    ArrayNode codes = n.putArray("bookingCodesUsed");
    if (row.bookingCode != null) {
      codes.addObject().put("code", row.bookingCode);
    }
    n.put("reservedEntryUrl", row.reserved == null ? null
        : "https://www.letsdothis.com/reserved-entries/" + row.reserved.code());
    ArrayNode optIns = n.putArray("partnerMarketingOptIns");
    if (row.reserved != null && row.reserved.partnerId() != null) {
      ObjectNode optIn = optIns.addObject();
      optIn.put("partnerId", row.reserved.partnerId());
      optIn.put("partnerName", row.reserved.partnerName());
      optIn.put("optedIn", rnd.nextInt(10) < 6);
    }
    ArrayNode tags = n.putArray("tags");
    if (rnd.nextInt(100) < 15) {
      tags.add(LdtGenerator.TAGS.get(rnd.nextInt(LdtGenerator.TAGS.size())));
    }
    n.put("gdprRedacted", row.gdprRedacted);
    ArrayNode statusDetails = n.putArray("statusDetails");
    String initial = participant ? "CONFIRMED" : row.status;
    statusDetails.addObject().put("status", initial).put("createdAt", LdtTime.format(row.createdAt));
    if (!row.status.equals(initial)) {
      statusDetails.addObject().put("status", row.status)
          .put("createdAt", LdtTime.format(row.updatedAt));
    }
    ObjectNode tracking = n.putObject("tracking");
    boolean tracked = rnd.nextInt(100) < 40;
    tracking.put("utmSource", tracked ? LdtGenerator.UTM_SOURCES.get(rnd.nextInt(LdtGenerator.UTM_SOURCES.size())) : null);
    tracking.put("utmMedium", tracked ? (rnd.nextBoolean() ? "social" : "email") : null);
    tracking.put("utmCampaign", tracked ? race.distanceId() + "-" + raceDay.getYear() : null);
    if (participant) {
      n.put("applicationId", row.applicationId);
      boolean raced = !occurrence.upcoming() && row.status.equals("CONFIRMED");
      boolean checkedIn = raced && rnd.nextInt(100) < 96;
      ObjectNode raceDayDetails = n.putObject("raceDayDetails");
      raceDayDetails.put("checkedIn", checkedIn);
      raceDayDetails.put("chipNumber", checkedIn ? "C" + (100_000 + rnd.nextInt(900_000)) : null);
      ObjectNode result = n.putObject("resultSubmission");
      if (checkedIn && rnd.nextInt(100) < 92) {
        int pace = race.minPaceSecondsPerKm()
            + rnd.nextInt(race.maxPaceSecondsPerKm() - race.minPaceSecondsPerKm() + 1);
        long seconds = Math.round(race.totalKm() * pace);
        result.put("status", "SUBMITTED");
        result.put("finishTime", two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":"
            + two(seconds % 60));
        result.put("submittedAt", LdtTime.format(raceStart.plusSeconds(seconds + 600)));
      } else {
        result.put("status", "NOT_SUBMITTED");
        result.putNull("finishTime");
        result.putNull("submittedAt");
      }
    } else {
      n.put("approvalStatus", row.approvalStatus);
      n.put("applicationResolutionType", row.resolutionType);
      n.put("ballotDraw", row.ballotDraw);
    }
    // metadata (see LdtGenerator.METADATA_FIELDS)
    n.put("eventName", event.name());
    n.put("raceName", race.name());
    n.put("raceStartDate", LdtTime.format(raceStart));
    n.put("sportId", race.sportId());
    n.put("distanceId", race.distanceId());
    ArrayNode distances = n.putArray("distances");
    for (LdtCatalog.Leg leg : race.legs()) {
      distances.addObject().put("discipline", leg.discipline()).put("value", leg.km())
          .put("unit", "km");
    }
    n.put("disciplineLabel", race.disciplineLabel());
    n.putObject("course").put("type", race.courseType())
        .put("elevationGainMetres", race.elevationGainMetres());
    ObjectNode location = n.putObject("eventLocation");
    location.put("name", event.venue());
    location.put("city", event.city());
    location.put("postcode", event.postcode());
    location.put("country", "GB");
    location.put("latitude", event.latitude());
    location.put("longitude", event.longitude());
    n.put("competitorSize", race.capacity());
    LdtRow.Reserved reserved = row.reserved;
    n.put("reservedEntryGroupCode", reserved == null ? null : reserved.code());
    n.put("reservedEntryGroupName", reserved == null ? null : reserved.groupName());
    n.set("reservedEntryPartnerExternalIds",
        reserved == null ? NODES.objectNode() : reserved.partnerExternalIds().deepCopy());
    n.put("reservedEntryPartnerName", reserved == null ? null : reserved.partnerName());
    return n;
  }

  private static String two(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }

  private static ArrayNode fields(LdtRow row, LdtPerson person, Race race) {
    Map<String, String[]> fields = new LinkedHashMap<>();
    boolean redacted = row.gdprRedacted;
    put(fields, "firstName", "First name", redacted ? null : person.firstName());
    put(fields, "lastName", "Last name", redacted ? null : person.lastName());
    put(fields, "emailAddress", "Email address", redacted ? null : person.email());
    put(fields, "dateOfBirth", "Date of birth", redacted ? null : person.dateOfBirth().toString());
    put(fields, "gender", "Gender", redacted ? null : person.gender());
    put(fields, "phone", "Phone number", redacted ? null : person.phone());
    put(fields, "addressLine1", "Address line 1", redacted ? null : person.addressLine1());
    put(fields, "addressLine2", "Address line 2", redacted ? null : person.addressLine2());
    put(fields, "addressCity", "Town / City", redacted ? null : person.city());
    put(fields, "addressPostcode", "Postcode", redacted ? null : person.postcode());
    put(fields, "addressCountry", "Country", redacted ? null : person.country());
    put(fields, "emergencyContactName", "Emergency contact name",
        redacted ? null : person.emergencyContactName());
    put(fields, "emergencyContactPhone", "Emergency contact phone number",
        redacted ? null : person.emergencyContactPhone());
    put(fields, "status", "Booking status", row.status);
    put(fields, "clubName", "Club name", redacted ? null : person.club());
    put(fields, "tShirtSize", "T-shirt size", redacted ? null : person.tShirtSize());
    if (race.sportId().equals("triathlon")) {
      put(fields, "britishTriathlonMembershipNumber", "British Triathlon membership number",
          redacted || person.club() == null || person.club().isEmpty() ? ""
              : "BT" + Math.floorMod(row.personSeed, 1_000_000L));
    }
    for (Map.Entry<String, String> override : row.fieldOverrides.entrySet()) {
      String[] existing = fields.get(override.getKey());
      put(fields, override.getKey(), existing == null ? override.getKey() : existing[0],
          override.getValue());
    }
    ArrayNode array = NODES.arrayNode();
    fields.forEach((id, nameValue) -> array.addObject().put("id", id).put("name", nameValue[0])
        .put("value", nameValue[1]));
    return array;
  }

  private static void put(Map<String, String[]> fields, String id, String name, String value) {
    fields.put(id, new String[] {name, value});
  }

  /** Removes the metadata fields in place, as served without {@code extendMetadata=true}. */
  static ObjectNode stripMetadata(ObjectNode fresh) {
    fresh.remove(LdtGenerator.METADATA_FIELDS);
    return fresh;
  }

  /** A ticket as {@code GET /events/{id}/tickets} serves it (shape inferred). */
  static ObjectNode renderTicket(Ticket ticket, LdtCatalog catalog) {
    ObjectNode n = NODES.objectNode();
    n.put("id", ticket.id());
    n.put("title", ticket.title());
    n.put("description", ticket.description());
    n.put("eventId", ticket.eventId());
    n.put("eventOccurrenceId", ticket.occurrenceId());
    n.put("raceId", ticket.raceId());
    n.put("raceName", catalog.raceById.get(ticket.raceId()).name());
    ObjectNode price = n.putObject("price");
    price.put("value", ticket.priceMinor());
    price.put("currencyCode", "GBP");
    n.put("maxCapacity", ticket.maxCapacity());
    n.put("requiresApplication", ticket.kind() == TicketKind.BALLOT
        || ticket.kind() == TicketKind.GOOD_FOR_AGE);
    n.put("onSaleFrom", LdtTime.format(ticket.onSaleFrom()));
    n.put("onSaleUntil", LdtTime.format(ticket.onSaleUntil()));
    return n;
  }
}
