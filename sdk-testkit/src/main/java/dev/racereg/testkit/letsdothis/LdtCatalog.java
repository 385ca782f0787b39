package dev.racereg.testkit.letsdothis;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The organiser's events, each with two occurrences (last year's edition and the coming one),
 * its races and the tickets on sale per race and occurrence. Immutable once generated.
 */
final class LdtCatalog {

  /** What a ticket is for: plain sale, reserved-entry (charity) places, or an application. */
  enum TicketKind { STANDARD, CHARITY, BALLOT, GOOD_FOR_AGE }

  record Occurrence(String id, String eventId, Instant start, boolean upcoming) {}

  record Wave(String id, String name, int offsetMinutes) {}

  /** One leg of a race: a multisport race has several. */
  record Leg(String discipline, double km) {}

  record Race(String id, String eventId, String name, String distanceId, String sportId,
      String disciplineLabel, String courseType, int elevationGainMetres, List<Leg> legs,
      int capacity, int startMinuteOfDay, int minPaceSecondsPerKm, int maxPaceSecondsPerKm,
      List<Wave> waves, int bibBase) {

    double totalKm() {
      return legs.stream().mapToDouble(Leg::km).sum();
    }
  }

  record Ticket(String id, String eventId, String occurrenceId, String raceId, String title,
      String description, TicketKind kind, long priceMinor, int maxCapacity, Instant onSaleFrom,
      Instant onSaleUntil) {}

  record Event(String id, String name, String venue, String city, String postcode, double latitude,
      double longitude, List<Occurrence> occurrences, List<Race> races, List<Ticket> tickets) {

    Occurrence upcoming() {
      return occurrences.stream().filter(Occurrence::upcoming).findFirst().orElseThrow();
    }
  }

  private record RaceTemplate(String name, String distanceId, String sportId, String discipline,
      String course, int elevation, List<Leg> legs, int capacity, int startMinute, int minPace,
      int maxPace, int waves, long priceMinor) {}

  private record EventTemplate(String name, String venue, String city, String postcode, double lat,
      double lng, int dayOfYear, List<RaceTemplate> races) {}

  private static final List<EventTemplate> TEMPLATES = List.of(
      new EventTemplate("Brighton Seafront 10K", "Madeira Drive", "Brighton", "BN2 1TB", 50.8179,
          -0.1262, 138, List.of(
              race("10K", "10k", "running", "Running", "ROAD", 35, 10, 4500, 570, 215, 480, 4, 3000),
              race("5K", "5k", "running", "Running", "ROAD", 15, 5, 1500, 540, 200, 510, 0, 1800))),
      new EventTemplate("Peak District Trail Half", "Castleton Village Hall", "Hope Valley",
          "S33 8WA", 53.3436, -1.7775, 250, List.of(
              race("Half Marathon", "half-marathon", "running", "Trail Running", "TRAIL", 820,
                  21.1, 900, 510, 290, 560, 0, 4500),
              race("10K Trail", "10k", "running", "Trail Running", "TRAIL", 390, 10, 600, 540, 300,
                  600, 0, 3200))),
      new EventTemplate("Thames Path Ultra", "Richmond Riverside", "Richmond", "TW9 1TH", 51.4584,
          -0.3058, 285, List.of(
              race("50K Ultra", "50k", "running", "Ultra Running", "TRAIL", 210, 50, 400, 420, 330,
                  600, 0, 9500),
              race("Marathon", "marathon", "running", "Running", "MIXED", 120, 42.195, 800, 450,
                  270, 540, 3, 6500))),
      new EventTemplate("Windermere Sprint Triathlon", "Low Wood Bay", "Windermere", "LA23 1LP",
          54.4088, -2.9512, 180, List.of(
              race("Sprint Distance", "sprint-triathlon", "triathlon", "Triathlon", "MIXED", 240,
                  List.of(new Leg("Swimming", 0.75), new Leg("Cycling", 20), new Leg("Running", 5)),
                  650, 420, 150, 260, 3, 8900),
              race("Olympic Distance", "olympic-triathlon", "triathlon", "Triathlon", "MIXED", 480,
                  List.of(new Leg("Swimming", 1.5), new Leg("Cycling", 40), new Leg("Running", 10)),
                  450, 480, 150, 260, 2, 11900))),
      new EventTemplate("Manchester Canal Half Marathon", "Castlefield Bowl", "Manchester",
          "M3 4LZ", 53.4750, -2.2552, 96, List.of(
              race("Half Marathon", "half-marathon", "running", "Running", "ROAD", 60, 21.0975,
                  6000, 540, 220, 480, 5, 4200),
              race("10K", "10k", "running", "Running", "ROAD", 30, 10, 2500, 555, 215, 500, 2,
                  2900))),
      new EventTemplate("Cotswolds Spring Sportive", "Cheltenham Racecourse", "Cheltenham",
          "GL50 4SH", 51.9203, -2.0649, 110, List.of(
              race("Epic 160km", "160k", "cycling", "Cycling", "ROAD", 2350, 160, 700, 450, 110,
                  190, 4, 5200),
              race("Standard 100km", "100k", "cycling", "Cycling", "ROAD", 1400, 100, 1100, 480,
                  115, 200, 4, 4200))),
      new EventTemplate("Cardiff Bay Open Water Swim", "Cardiff International White Water",
          "Cardiff", "CF11 0SY", 51.4511, -3.1926, 200, List.of(
              race("3km Swim", "3k-swim", "swimming", "Open Water Swimming", "OPEN_WATER", 0, 3,
                  300, 510, 1080, 1860, 2, 3800),
              race("1.5km Swim", "1500m-swim", "swimming", "Open Water Swimming", "OPEN_WATER", 0,
                  1.5, 400, 570, 1080, 1920, 2, 2900))),
      new EventTemplate("Arthur's Seat Hill Race", "Holyrood Park", "Edinburgh", "EH8 8HG", 55.9441,
          -3.1618, 160, List.of(
              race("12K Hill Race", "12k", "running", "Fell Running", "TRAIL", 640, 12, 500, 600,
                  330, 660, 0, 2400),
              race("6K Fun Run", "6k", "running", "Running", "TRAIL", 250, 6, 400, 540, 330, 720,
                  0, 1500))));

  private static RaceTemplate race(String name, String distanceId, String sport, String discipline,
      String course, int elevation, double km, int capacity, int startMinute, int minPace,
      int maxPace, int waves, long price) {
    return race(name, distanceId, sport, discipline, course, elevation,
        List.of(new Leg(discipline.contains("Running") ? "Running" : discipline, km)), capacity,
        startMinute, minPace, maxPace, waves, price);
  }

  private static RaceTemplate race(String name, String distanceId, String sport, String discipline,
      String course, int elevation, List<Leg> legs, int capacity, int startMinute, int minPace,
      int maxPace, int waves, long price) {
    return new RaceTemplate(name, distanceId, sport, discipline, course, elevation, legs, capacity,
        startMinute, minPace, maxPace, waves, price);
  }

  static final int MAX_EVENTS = TEMPLATES.size();

  final List<Event> events;
  final Map<String, Event> eventById = new LinkedHashMap<>();
  final Map<String, Race> raceById = new LinkedHashMap<>();
  final Map<String, Occurrence> occurrenceById = new LinkedHashMap<>();
  final Map<String, Ticket> ticketById = new LinkedHashMap<>();
  private final Map<String, Ticket> ticketByKind = new HashMap<>();

  private LdtCatalog(List<Event> events) {
    this.events = List.copyOf(events);
    for (Event event : events) {
      eventById.put(event.id(), event);
      event.races().forEach(r -> raceById.put(r.id(), r));
      event.occurrences().forEach(o -> occurrenceById.put(o.id(), o));
      event.tickets().forEach(t -> {
        ticketById.put(t.id(), t);
        ticketByKind.put(t.raceId() + "/" + t.occurrenceId() + "/" + t.kind(), t);
      });
    }
  }

  /** Events whose coming edition falls 4 to 30 weeks after {@code anchor}. */
  static LdtCatalog generate(SplittableRandom rnd, int eventCount, Instant anchor) {
    Set<String> used = new HashSet<>();
    List<Event> events = new ArrayList<>();
    Instant anchorDay = anchor.truncatedTo(ChronoUnit.DAYS);
    for (int e = 0; e < eventCount; e++) {
      EventTemplate t = TEMPLATES.get(e);
      String eventId = unique(used, () -> Long.toString(1_000_000 + rnd.nextInt(9_000_000)));
      // the coming edition lands on a Sunday-like weekly slot 4..30 weeks ahead
      Instant upcoming = anchorDay.plus(Duration.ofDays(28 + 7L * ((t.dayOfYear() + e * 17) % 26)));
      Instant previous = upcoming.minus(Duration.ofDays(364));
      List<Occurrence> occurrences = List.of(
          new Occurrence(LdtIds.objectId(previous.minus(Duration.ofDays(400)), rnd), eventId,
              previous, false),
          new Occurrence(LdtIds.objectId(previous.plus(Duration.ofDays(2)), rnd), eventId,
              upcoming, true));
      List<Race> races = new ArrayList<>();
      for (int r = 0; r < t.races().size(); r++) {
        RaceTemplate rt = t.races().get(r);
        String raceId = unique(used,
            () -> Long.toString(1_000_000_000L + rnd.nextLong(9_000_000_000L)));
        List<Wave> waves = new ArrayList<>();
        for (int w = 0; w < rt.waves(); w++) {
          waves.add(new Wave("w_" + LdtIds.base36(rnd, 10), "Wave " + (char) ('A' + w), w * 10));
        }
        races.add(new Race(raceId, eventId, rt.name(), rt.distanceId(), rt.sportId(),
            rt.discipline(), rt.course(), rt.elevation(), rt.legs(), rt.capacity(),
            rt.startMinute(), rt.minPace(), rt.maxPace(), List.copyOf(waves), (r + 1) * 1000));
      }
      List<Ticket> tickets = new ArrayList<>();
      for (Occurrence occurrence : occurrences) {
        // last year's prices were a little lower
        long inflation = occurrence.upcoming() ? 0 : 200;
        Instant onSaleFrom = occurrence.start().minus(Duration.ofDays(340));
        Instant onSaleUntil = occurrence.start().minus(Duration.ofDays(3));
        for (int r = 0; r < races.size(); r++) {
          Race race = races.get(r);
          long price = t.races().get(r).priceMinor() - inflation;
          tickets.add(ticket(rnd, occurrence, race, race.name() + " Standard Entry",
              "General entry to the " + race.name() + ".", TicketKind.STANDARD, price,
              race.capacity() * 3 / 4, onSaleFrom, onSaleUntil));
          tickets.add(ticket(rnd, occurrence, race, race.name() + " Charity Entry",
              "Charity place: entry fee paid by a partner charity in return for a fundraising"
                  + " pledge.", TicketKind.CHARITY, Math.max(0, price - 1000),
              race.capacity() / 10, onSaleFrom, onSaleUntil));
          if (r == 0) {
            tickets.add(ticket(rnd, occurrence, race, race.name() + " Ballot Entry",
                "Places allocated by ballot; apply and pay only if drawn.", TicketKind.BALLOT,
                price, race.capacity() / 10, onSaleFrom, onSaleFrom.plus(Duration.ofDays(120))));
          } else if (r == 1) {
            tickets.add(ticket(rnd, occurrence, race, race.name() + " Good For Age Entry",
                "For runners with a qualifying time; applications are checked.",
                TicketKind.GOOD_FOR_AGE, price, race.capacity() / 20, onSaleFrom, onSaleUntil));
          }
        }
      }
      events.add(new Event(eventId, t.name(), t.venue(), t.city(), t.postcode(), t.lat(), t.lng(),
          occurrences, List.copyOf(races), List.copyOf(tickets)));
    }
    return new LdtCatalog(events);
  }

  private static Ticket ticket(SplittableRandom rnd, Occurrence occurrence, Race race,
      String title, String description, TicketKind kind, long price, int capacity, Instant from,
      Instant until) {
    return new Ticket(LdtIds.objectId(from.minus(Duration.ofDays(30)), rnd), race.eventId(),
        occurrence.id(), race.id(), title, description, kind, price, capacity, from, until);
  }

  private static String unique(Set<String> used, java.util.function.Supplier<String> next) {
    String id;
    do {
      id = next.get();
    } while (!used.add(id));
    return id;
  }

  /** The ticket of one kind for a race in an occurrence, or null if there is none. */
  Ticket ticket(String raceId, String occurrenceId, TicketKind kind) {
    return ticketByKind.get(raceId + "/" + occurrenceId + "/" + kind);
  }

  Instant raceStart(Race race, Occurrence occurrence) {
    return occurrence.start().plus(Duration.ofMinutes(race.startMinuteOfDay()));
  }
}
