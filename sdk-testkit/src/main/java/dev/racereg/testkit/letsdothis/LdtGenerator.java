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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the organiser's data from a seed and renders rows as the API serves them.
 *
 * <p>Shapes the doc collapses (its Redoc export shows {@code "waves": [ ]}, {@code "booker": { }}
 * and so on without their members) are <b>inferred</b> and all built here: {@code waves[]} as
 * {@code {id,name,startTime}}, {@code booker} as {@code {firstName,lastName,email}} (FACTS),
 * {@code bookingCodesUsed} as {@code [{code}]} (FACTS; the doc's collapsed sample shows an object),
 * {@code statusDetails[]} as {@code {status,createdAt}}, {@code tracking} as UTM values, {@code
 * raceDayDetails} as {@code {checkedIn,chipNumber}}, {@code resultSubmission} as {@code
 * {status,finishTime,submittedAt}}, {@code distances[]} as {@code {discipline,value,unit}}, {@code
 * course} as {@code {type,elevationGainMetres}}, {@code eventLocation} as an address with
 * coordinates, tickets, partner contacts and marketing, and reserved entry tickets and settings.
 * {@code bookerType} values other than the doc's {@code PARTNER} ({@code INDIVIDUAL}, {@code
 * ORGANISER}) and the custom field ids are inferred too.
 */
final class LdtGenerator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Fields returned only with {@code extendMetadata=true} (<b>inferred</b>: the doc says "all
   * available metadata is returned" without naming the fields; these are the trailing event, race
   * and reserved-entry descriptions of the participant and application samples).
   */
  static final List<String> METADATA_FIELDS = List.of("eventName", "raceName", "raceStartDate",
      "sportId", "distanceId", "distances", "disciplineLabel", "course", "eventLocation",
      "competitorSize", "reservedEntryGroupCode", "reservedEntryGroupName",
      "reservedEntryPartnerExternalIds", "reservedEntryPartnerName");

  /** Booking status values (FACTS, seen); {@code PENDING_BALLOT} appears on applications. */
  static final List<String> BOOKING_STATUSES = List.of("CONFIRMED", "CANCELLED", "DEFERRED",
      "PENDING", "REFUNDED", "REFUNDING", "TO_BE_TRANSFERRED", "TRANSFERRED_EVENTS",
      "TRANSFERRED_TO_CREDIT", "FAILED");

  private static final String[] UPCOMING_STATUS = {"CONFIRMED:8800", "CANCELLED:300",
      "DEFERRED:200", "REFUNDED:150", "PENDING:150", "TO_BE_TRANSFERRED:70",
      "TRANSFERRED_EVENTS:100", "TRANSFERRED_TO_CREDIT:100", "REFUNDING:50", "FAILED:80"};
  private static final String[] PAST_STATUS = {"CONFIRMED:9000", "CANCELLED:300", "DEFERRED:300",
      "REFUNDED:200", "TRANSFERRED_EVENTS:100", "TRANSFERRED_TO_CREDIT:100"};
  private static final String[] BALLOT_PENDING = {"PENDING:5000", "APPROVED:2000",
      "REJECTED:2300", "PENDING_PAYMENT:500", "CANCELLED:200"};
  private static final String[] BALLOT_RESOLVED = {"APPROVED:3200", "REJECTED:6400",
      "CANCELLED:400"};
  private static final String[] MANUAL = {"PENDING:3000", "APPROVED:5000", "REJECTED:1500",
      "CANCELLED:500"};
  private static final String[] AUTOMATIC = {"ELIGIBLE:5000", "NOT_ELIGIBLE:2000",
      "APPROVED:3000"};
  private static final List<String> BOOKING_CODES = List.of("EARLYBIRD10", "CLUB15", "LOYALTY5",
      "NEWYEAR20");
  static final List<String> UTM_SOURCES = List.of("facebook", "instagram", "google",
      "newsletter", "strava");
  static final List<String> TAGS = List.of("returning-participant", "club-member",
      "vip", "first-timer");

  private record PartnerTemplate(String name, String type, String domain, String description) {}

  private static final List<PartnerTemplate> PARTNERS = List.of(
      new PartnerTemplate("Riverside Hospice Trust", "CHARITY", "riversidehospice.org.uk",
          "Care and support for people with life-limiting illnesses along the river valley."),
      new PartnerTemplate("Children's Sight Foundation", "CHARITY", "childrenssight.org.uk",
          "Funding research into childhood eye conditions."),
      new PartnerTemplate("Coastal Rescue Fund", "CHARITY", "coastalrescue.org.uk",
          "Volunteer lifeboat crews around the UK coast."),
      new PartnerTemplate("Northern Heart Research", "CHARITY", "northernheart.org.uk",
          "Research into heart and circulatory diseases."),
      new PartnerTemplate("Halden & Pryce LLP", "CORPORATE", "haldenpryce.co.uk",
          "Corporate team entries for staff wellbeing."),
      new PartnerTemplate("Kestrel Sports Nutrition", "SPONSOR", "kestrelnutrition.co.uk",
          "Official nutrition partner."),
      new PartnerTemplate("Green Miles Trust", "CHARITY", "greenmiles.org.uk",
          "Protecting footpaths and green spaces."),
      new PartnerTemplate("Harbour Running Club", "FRIENDS_AND_FAMILY", "harbourrc.co.uk",
          "Club places for members and their families."),
      new PartnerTemplate("Mind Matters Alliance", "CHARITY", "mindmatters.org.uk",
          "Mental health support in every community."),
      new PartnerTemplate("Fellside Apparel", "MERCH_PARTNER", "fellside.co.uk",
          "Technical running kit for event merchandise."));

  /** The generation settings. */
  record Config(long seed, Instant anchor, String organiserId, int events, int participants,
      int applications, int partners, int groupsPerEvent) {}

  /** Everything generated. Rows are in generation order. */
  record World(LdtCatalog catalog, List<LdtPartner> partners, List<LdtGroup> groups,
      List<LdtRow> applications, List<LdtRow> participants) {}

  private LdtGenerator() {}

  static World generate(Config config) {
    SplittableRandom master = new SplittableRandom(config.seed());
    SplittableRandom catalogRnd = master.split();
    SplittableRandom partnerRnd = master.split();
    SplittableRandom groupRnd = master.split();
    SplittableRandom applicationRnd = master.split();
    SplittableRandom participantRnd = master.split();
    Instant anchor = config.anchor();
    LdtCatalog catalog = LdtCatalog.generate(catalogRnd, config.events(), anchor);
    List<LdtPartner> partners = partners(partnerRnd, config, catalog);
    List<LdtGroup> groups = groups(groupRnd, config, catalog, partners);
    Set<String> ids = new HashSet<>((config.participants() + config.applications()) * 4 / 3 + 16);
    List<LdtRow> applications = applications(applicationRnd, config, catalog, ids);
    Map<String, Integer> used = new HashMap<>();
    Map<String, LdtPartner> partnerById = new HashMap<>();
    partners.forEach(p -> partnerById.put(p.id, p));
    List<LdtRow> participants = participants(participantRnd, config, catalog, applications,
        groups, partnerById, used, ids);
    List<LdtGroup> counted = new ArrayList<>();
    for (LdtGroup group : groups) {
      ObjectNode json = group.json.deepCopy();
      json.put("usedCapacity", used.getOrDefault(group.id, 0));
      counted.add(group.with(json));
    }
    return new World(catalog, partners, counted, applications, participants);
  }

  // ---------------------------------------------------------------- partners and groups

  private static List<LdtPartner> partners(SplittableRandom rnd, Config config,
      LdtCatalog catalog) {
    List<LdtPartner> partners = new ArrayList<>();
    long anchor = config.anchor().toEpochMilli();
    for (int i = 0; i < config.partners(); i++) {
      PartnerTemplate t = PARTNERS.get(i % PARTNERS.size());
      String name = i < PARTNERS.size() ? t.name() : t.name() + " " + (1 + i / PARTNERS.size());
      long created = anchor - Duration.ofDays(200 + rnd.nextInt(700)).toMillis()
          - rnd.nextLong(86_400_000L);
      long updated = rnd.nextInt(3) == 0 ? created : created + rnd.nextLong(anchor - created);
      String id = "p_" + LdtIds.base36(rnd, 11);
      ObjectNode json = NODES.objectNode();
      json.put("id", id);
      json.put("name", name);
      json.put("description", t.description());
      json.put("type", t.type());
      ObjectNode external = json.putObject("externalIds");
      if (t.type().equals("CHARITY")) {
        external.put("enthuse", Integer.toString(10_000 + rnd.nextInt(90_000)));
        external.put("justGiving", Integer.toString(1_000_000 + rnd.nextInt(9_000_000)));
        // the first charity always has one, so every data set can exercise that lookup
        if (i == 0 || rnd.nextInt(3) == 0) {
          external.put("londonMarathon", "LM" + (1000 + rnd.nextInt(9000)));
        }
      }
      ArrayNode contacts = json.putArray("contacts");
      int contactCount = 1 + rnd.nextInt(2);
      for (int c = 0; c < contactCount; c++) {
        LdtPerson person = LdtPerson.of(rnd.nextLong(), LocalDate.of(2000, 1, 1));
        ObjectNode contact = contacts.addObject();
        contact.put("firstName", person.firstName());
        contact.put("lastName", person.lastName());
        contact.put("emailAddress", LdtNames.emailLocalPart(person.firstName().charAt(0) + "."
            + person.lastName()) + "@"
            + t.domain());
        contact.put("phoneNumber", person.phone());
      }
      ObjectNode marketing = json.putObject("defaultMarketing");
      marketing.put("optInText", "I'd like to hear from " + name
          + " about their work and how I can help.");
      marketing.put("privacyPolicyUrl", "https://www." + t.domain() + "/privacy");
      ArrayNode specific = json.putArray("specificMarketings");
      if (!catalog.events.isEmpty() && rnd.nextInt(3) == 0) {
        Event event = catalog.events.get(rnd.nextInt(catalog.events.size()));
        ObjectNode m = specific.addObject();
        m.put("eventId", event.id());
        m.put("optInText", "Keep me updated about " + name + " at " + event.name() + ".");
        m.put("privacyPolicyUrl", "https://www." + t.domain() + "/privacy");
      }
      json.put("canCreateSubPartners", t.type().equals("CHARITY") && rnd.nextInt(4) == 0);
      json.put("createdAt", LdtTime.format(created));
      json.put("updatedAt", LdtTime.format(updated));
      partners.add(new LdtPartner(id, config.organiserId(), created, updated, json));
    }
    return partners;
  }

  private static List<LdtGroup> groups(SplittableRandom rnd, Config config, LdtCatalog catalog,
      List<LdtPartner> partners) {
    List<LdtGroup> groups = new ArrayList<>();
    int nextPartner = 0;
    for (Event event : catalog.events) {
      Occurrence upcoming = event.upcoming();
      for (int g = 0; g < config.groupsPerEvent(); g++) {
        // partners take turns, so an event's groups belong to different partners
        LdtPartner partner = partners.isEmpty() || g % 4 == 3 ? null
            : partners.get(nextPartner++ % partners.size());
        String name;
        if (partner == null) {
          name = g % 8 == 3 ? "VIP & Press Entries" : "Organiser Reserved Entries " + (g + 1);
        } else {
          String type = partner.json.path("type").asText();
          name = partner.name() + (type.equals("CHARITY") ? " Charity Places"
              : type.equals("CORPORATE") ? " Team Entries" : " Entries");
        }
        String id = "re_" + LdtIds.base36(rnd, 11);
        ObjectNode json = NODES.objectNode();
        json.put("id", id);
        json.put("name", name);
        json.put("description", partner == null
            ? "Entries managed by the organiser." : "Places allocated to " + partner.name()
            + " for " + event.name() + ".");
        json.put("eventId", event.id());
        if (partner == null) {
          json.putNull("partnerId");
        } else {
          json.put("partnerId", partner.id);
        }
        json.put("maxCapacity", 10 + rnd.nextInt(51));
        json.put("usedCapacity", 0);
        ArrayNode tickets = json.putArray("tickets");
        for (Ticket ticket : event.tickets()) {
          if (ticket.occurrenceId().equals(upcoming.id()) && ticket.kind() == TicketKind.CHARITY) {
            tickets.addObject().put("ticketId", ticket.id());
          }
        }
        json.put("type", rnd.nextInt(10) < 7 ? "MULTI_USE" : "SINGLE_USE");
        ObjectNode settings = json.putObject("settings");
        settings.put("expiresAt", LdtTime.format(upcoming.start().minus(Duration.ofDays(14))));
        settings.put("allowSubstitutions", rnd.nextBoolean());
        long created = config.anchor().minus(Duration.ofDays(150 + rnd.nextInt(100))).toEpochMilli();
        groups.add(new LdtGroup(id, config.organiserId(), event.id(),
            "re_x-" + LdtIds.base36(rnd, 10), created, json));
      }
    }
    return groups;
  }

  // ---------------------------------------------------------------- applications

  private static List<LdtRow> applications(SplittableRandom rnd, Config config,
      LdtCatalog catalog, Set<String> ids) {
    List<LdtRow> rows = new ArrayList<>();
    long anchor = config.anchor().toEpochMilli();
    for (int i = 0; i < config.applications(); i++) {
      Event event = catalog.events.get(rnd.nextInt(catalog.events.size()));
      Occurrence occurrence = rnd.nextInt(10) < 8 ? event.upcoming() : event.occurrences().get(0);
      boolean goodForAge = event.races().size() > 1 && rnd.nextInt(4) == 0;
      Race race = event.races().get(goodForAge ? 1 : 0);
      Ticket ticket = catalog.ticket(race.id(), occurrence.id(),
          goodForAge ? TicketKind.GOOD_FOR_AGE : TicketKind.BALLOT);
      long from = ticket.onSaleFrom().toEpochMilli();
      long until = Math.min(anchor, ticket.onSaleUntil().toEpochMilli());
      long created = from + rnd.nextLong(Math.max(1, until - from));
      LdtRow row = new LdtRow();
      row.kind = LdtRow.Kind.APPLICATION;
      row.organiserId = config.organiserId();
      row.eventId = event.id();
      row.occurrenceId = occurrence.id();
      row.raceId = race.id();
      row.ticketId = ticket.id();
      row.createdAt = created;
      row.id = uniqueId(ids, created, rnd);
      row.bookingId = LdtIds.objectId(Instant.ofEpochMilli(created), rnd);
      row.transactionId = LdtIds.objectId(Instant.ofEpochMilli(created), rnd);
      row.personSeed = rnd.nextLong();
      row.bookerSeed = row.personSeed;
      row.detailSeed = rnd.nextLong();
      if (goodForAge) {
        row.resolutionType = rnd.nextInt(10) < 6 ? "MANUAL" : "AUTOMATIC";
        row.approvalStatus = weighted(rnd, row.resolutionType.equals("MANUAL") ? MANUAL : AUTOMATIC);
        if (!occurrence.upcoming() && row.approvalStatus.equals("PENDING")) {
          row.approvalStatus = "REJECTED";
        }
      } else {
        row.resolutionType = "BALLOT";
        row.approvalStatus = weighted(rnd, occurrence.upcoming() ? BALLOT_PENDING : BALLOT_RESOLVED);
        row.ballotDraw = rnd.nextInt(5) == 0 ? "International Ballot Draw" : "UK Ballot Draw";
      }
      boolean resolved = !row.approvalStatus.equals("PENDING");
      row.updatedAt = resolved
          ? Math.min(anchor, created + Duration.ofDays(1 + rnd.nextInt(60)).toMillis()
              + rnd.nextLong(86_400_000L))
          : created;
      row.status = applicationBookingStatus(row.approvalStatus, row.resolutionType);
      row.participantIndex = 0;
      rows.add(row);
    }
    return rows;
  }

  private static String applicationBookingStatus(String approval, String resolution) {
    switch (approval) {
      case "PENDING":
        return resolution.equals("BALLOT") ? "PENDING_BALLOT" : "PENDING";
      case "APPROVED":
        return "CONFIRMED";
      case "PENDING_PAYMENT":
      case "ELIGIBLE":
        return "PENDING";
      default:
        return "CANCELLED";
    }
  }

  // ---------------------------------------------------------------- participants

  private static List<LdtRow> participants(SplittableRandom rnd, Config config,
      LdtCatalog catalog, List<LdtRow> applications, List<LdtGroup> groups,
      Map<String, LdtPartner> partners,
      Map<String, Integer> used, Set<String> ids) {
    List<LdtRow> rows = new ArrayList<>(config.participants());
    Map<String, Integer> bibCounters = new HashMap<>();
    long anchor = config.anchor().toEpochMilli();
    int n = config.participants();
    for (LdtRow app : applications) {
      if (rows.size() >= n) {
        break;
      }
      if (!app.approvalStatus.equals("APPROVED")) {
        continue;
      }
      LdtRow row = new LdtRow();
      row.kind = LdtRow.Kind.PARTICIPANT;
      row.organiserId = app.organiserId;
      row.eventId = app.eventId;
      row.occurrenceId = app.occurrenceId;
      row.raceId = app.raceId;
      row.ticketId = app.ticketId;
      row.createdAt = Math.min(anchor, app.updatedAt + 3_600_000L + rnd.nextLong(72 * 3_600_000L));
      row.id = uniqueId(ids, row.createdAt, rnd);
      row.bookingId = app.bookingId;
      row.transactionId = LdtIds.objectId(Instant.ofEpochMilli(row.createdAt), rnd);
      row.personSeed = app.personSeed;
      row.bookerSeed = app.bookerSeed;
      row.detailSeed = rnd.nextLong();
      row.applicationId = app.id;
      Occurrence occurrence = catalog.occurrenceById.get(row.occurrenceId);
      finishParticipant(rnd, row, occurrence, anchor, bibCounters, catalog);
      rows.add(row);
    }
    List<Event> events = catalog.events;
    while (rows.size() < n) {
      Event event = events.get(rnd.nextInt(events.size()));
      Occurrence occurrence = rnd.nextInt(10) < 7 ? event.upcoming() : event.occurrences().get(0);
      Race race = pickRace(rnd, event);
      LdtGroup group = null;
      if (occurrence.upcoming() && rnd.nextInt(100) < 12) {
        List<LdtGroup> open = new ArrayList<>();
        for (LdtGroup candidate : groups) {
          if (candidate.eventId.equals(event.id())
              && used.getOrDefault(candidate.id, 0) < candidate.maxCapacity()) {
            open.add(candidate);
          }
        }
        group = open.isEmpty() ? null : open.get(rnd.nextInt(open.size()));
      }
      Ticket ticket = catalog.ticket(race.id(), occurrence.id(),
          group == null ? TicketKind.STANDARD : TicketKind.CHARITY);
      int size = group != null ? 1 : bookingSize(rnd);
      size = Math.min(size, n - rows.size());
      long from = occurrence.start().minus(Duration.ofDays(330)).toEpochMilli();
      long until = Math.min(anchor, occurrence.start().minus(Duration.ofDays(1)).toEpochMilli());
      long created = from + rnd.nextLong(Math.max(1, until - from));
      String bookingId = LdtIds.objectId(Instant.ofEpochMilli(created), rnd);
      String transactionId = LdtIds.objectId(Instant.ofEpochMilli(created), rnd);
      long firstPerson = rnd.nextLong();
      long booker = rnd.nextInt(10) == 0 ? rnd.nextLong() : firstPerson;
      String code = rnd.nextInt(100) < 8 ? BOOKING_CODES.get(rnd.nextInt(BOOKING_CODES.size()))
          : null;
      for (int j = 0; j < size; j++) {
        LdtRow row = new LdtRow();
        row.kind = LdtRow.Kind.PARTICIPANT;
        row.organiserId = config.organiserId();
        row.eventId = event.id();
        row.occurrenceId = occurrence.id();
        row.raceId = race.id();
        row.ticketId = ticket.id();
        row.createdAt = created;
        row.id = uniqueId(ids, created, rnd);
        row.bookingId = bookingId;
        row.transactionId = transactionId;
        row.participantIndex = j;
        row.personSeed = j == 0 ? firstPerson : rnd.nextLong();
        row.bookerSeed = booker;
        row.detailSeed = rnd.nextLong();
        row.bookingCode = code;
        if (group != null) {
          used.merge(group.id, 1, Integer::sum);
          row.reserved = reservedRef(group, partners.get(group.partnerId()));
        }
        finishParticipant(rnd, row, occurrence, anchor, bibCounters, catalog);
        rows.add(row);
      }
    }
    return rows;
  }

  /** The reserved-entry snapshot a booking keeps, with the partner as it is now. */
  static LdtRow.Reserved reservedRef(LdtGroup group, LdtPartner partner) {
    String partnerName = partner == null ? null : partner.name();
    ObjectNode external = partner == null || !partner.json.path("externalIds").isObject()
        ? NODES.objectNode() : ((ObjectNode) partner.json.path("externalIds")).deepCopy();
    return new LdtRow.Reserved(group.id, group.code, group.json.path("name").asText(),
        group.partnerId(), partnerName, external);
  }

  private static void finishParticipant(SplittableRandom rnd, LdtRow row, Occurrence occurrence,
      long anchor, Map<String, Integer> bibCounters, LdtCatalog catalog) {
    row.status = weighted(rnd, occurrence.upcoming() ? UPCOMING_STATUS : PAST_STATUS);
    boolean changed = !row.status.equals("CONFIRMED") || rnd.nextInt(100) < 35;
    row.updatedAt = changed && anchor > row.createdAt
        ? row.createdAt + 1 + rnd.nextLong(anchor - row.createdAt) : row.createdAt;
    boolean bib = row.status.equals("CONFIRMED") && (!occurrence.upcoming() || rnd.nextBoolean());
    if (bib) {
      Race race = catalog.raceById.get(row.raceId);
      int next = bibCounters.merge(row.raceId + "/" + row.occurrenceId, 1, Integer::sum);
      row.bibNumber = Integer.toString(race.bibBase() + next);
    }
    row.gdprRedacted = !occurrence.upcoming()
        && (row.status.equals("CANCELLED") || row.status.equals("REFUNDED")) && rnd.nextInt(5) == 0;
  }

  private static Race pickRace(SplittableRandom rnd, Event event) {
    int total = event.races().stream().mapToInt(Race::capacity).sum();
    int pick = rnd.nextInt(total);
    for (Race race : event.races()) {
      pick -= race.capacity();
      if (pick < 0) {
        return race;
      }
    }
    return event.races().get(0);
  }

  private static int bookingSize(SplittableRandom rnd) {
    int r = rnd.nextInt(100);
    return r < 85 ? 1 : r < 95 ? 2 : 3 + rnd.nextInt(2);
  }

  static String uniqueId(Set<String> ids, long createdAtMillis, SplittableRandom rnd) {
    String id;
    do {
      id = LdtIds.objectId(Instant.ofEpochMilli(createdAtMillis), rnd);
    } while (!ids.add(id));
    return id;
  }

  private static final Map<String[], Weighted> WEIGHTED = new java.util.IdentityHashMap<>();

  /** A parsed {@code VALUE:weight} table. */
  private record Weighted(String[] values, int[] weights, int total) {}

  static String weighted(SplittableRandom rnd, String[] table) {
    Weighted w;
    synchronized (WEIGHTED) {
      w = WEIGHTED.computeIfAbsent(table, t -> {
        String[] values = new String[t.length];
        int[] weights = new int[t.length];
        int total = 0;
        for (int i = 0; i < t.length; i++) {
          values[i] = t[i].substring(0, t[i].indexOf(':'));
          weights[i] = Integer.parseInt(t[i].substring(t[i].indexOf(':') + 1));
          total += weights[i];
        }
        return new Weighted(values, weights, total);
      });
    }
    int pick = rnd.nextInt(w.total());
    for (int i = 0; i < w.values().length; i++) {
      pick -= w.weights()[i];
      if (pick < 0) {
        return w.values()[i];
      }
    }
    return w.values()[0];
  }
}
