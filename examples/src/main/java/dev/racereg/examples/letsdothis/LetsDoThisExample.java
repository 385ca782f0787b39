package dev.racereg.examples.letsdothis;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.paging.Page;
import dev.racereg.letsdothis.ClaimLink;
import dev.racereg.letsdothis.CreateClaimLinkParams;
import dev.racereg.letsdothis.CreatePartnerParams;
import dev.racereg.letsdothis.CreateReservedEntryGroupParams;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.letsdothis.LetsDoThisParticipant;
import dev.racereg.letsdothis.LetsDoThisRegistrationSource;
import dev.racereg.letsdothis.ListPartnersParams;
import dev.racereg.letsdothis.ListRaceParticipantsParams;
import dev.racereg.letsdothis.Partner;
import dev.racereg.letsdothis.PartnerContact;
import dev.racereg.letsdothis.PartnerType;
import dev.racereg.letsdothis.ParticipantFields;
import dev.racereg.letsdothis.ReservedEntryGroup;
import dev.racereg.letsdothis.ReservedEntryGroupType;
import dev.racereg.letsdothis.Ticket;
import dev.racereg.testkit.letsdothis.LetsDoThisEvent;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A first tour of the Let's Do This client: page through a race's participants, read their
 * personal data typed, list an event's tickets, work with partners and reserved entries, and read
 * the race as unified registrations, incrementally.
 *
 * <p>By default it starts the Let's Do This simulator in this process and talks to it, so it runs
 * anywhere without an account. To talk to the real platform instead, set:
 * <ul>
 *   <li>{@code LETSDOTHIS_API_KEY}: your API key (Let's Do This account, settings, credentials
 *       tab); required</li>
 *   <li>{@code LETSDOTHIS_RACE_ID}: a race whose participants to read; required</li>
 *   <li>{@code LETSDOTHIS_EVENT_ID}: an event whose tickets and reserved entry groups to list;
 *       optional</li>
 * </ul>
 * Against the real platform it only reads: creating partners, reserved entry groups and claim
 * links is shown against the simulator only.
 */
public final class LetsDoThisExample {

  private LetsDoThisExample() {}

  /** Runs the tour against the simulator, or against Let's Do This when the variables are set. */
  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /** The tour, with its environment and output passed in (so it can be tested). */
  static void run(Map<String, String> env, PrintStream out) {
    if (env.containsKey("LETSDOTHIS_API_KEY") && env.containsKey("LETSDOTHIS_RACE_ID")) {
      out.println("Talking to Let's Do This at " + LetsDoThisClient.DEFAULT_BASE_URL);
      LetsDoThisClient ldt = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(env.get("LETSDOTHIS_API_KEY"))).build();
      read(ldt, env.get("LETSDOTHIS_RACE_ID"), env.get("LETSDOTHIS_EVENT_ID"), out);
      return;
    }
    try (LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(1_500).build().start()) {
      out.println("Talking to the Let's Do This simulator at " + sim.baseUrl()
          + " (set LETSDOTHIS_API_KEY and LETSDOTHIS_RACE_ID for the real platform)");
      LetsDoThisClient ldt = LetsDoThisClient.builder()
          .credentials(LetsDoThisCredentials.of(sim.credentials().validToken()))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build())
          .build();
      LetsDoThisEvent event = sim.events().get(0);
      String raceId = event.raceIds().get(0);
      read(ldt, raceId, event.eventId(), out);
      write(ldt, event, out);

      // a new booking arrives; an incremental read picks up just that one
      Instant watermark = newestChange(ldt.registrationSource(raceId));
      sim.addParticipant(raceId);
      try (Stream<Registration> changed = ldt.registrationSource(raceId).registrationsUpdatedAfter(watermark)) {
        changed.forEach(r -> out.println("New since " + watermark + ": " + r.id() + " " + r.status()
            + " " + r.participant().fullName()));
      }
    }
  }

  private static void read(LetsDoThisClient ldt, String raceId, String eventId, PrintStream out) {
    // 1. The key is a JWT: its claims are readable, and an expired key is refused before sending.
    out.println("Organiser " + ldt.credentials().organiserId().orElse("?") + ", key expires "
        + ldt.credentials().expiresAt().map(Object::toString).orElse("never"));

    // 2. Cursor paging: the first page, then every following page on demand, same parameters.
    Page<LetsDoThisParticipant> first = ldt.listRaceParticipants(ListRaceParticipantsParams.builder()
        .raceId(raceId).pageSize(500).extendMetadata(true).build());
    out.println("Race " + raceId + ": " + first.totalResults().orElse(-1) + " participants");
    Map<String, Long> perStatus = first.autoPagingStream().collect(Collectors.groupingBy(
        p -> p.bookingStatus().map(Object::toString).orElse("(none)"), TreeMap::new, Collectors.counting()));
    out.println("By booking status: " + perStatus);

    // 3. Personal data lives in fields[]: typed getters, and the organiser's own questions kept.
    first.items().stream().findFirst().ifPresent(p -> {
      ParticipantFields f = p.fields();
      out.println("First participant: " + f.firstName().orElse("?") + " " + f.lastName().orElse("?")
          + ", born " + f.dateOfBirth().map(Object::toString).orElse("?")
          + ", " + p.ticketTitle().orElse("?") + " paid " + p.originalTicketPrice().map(Object::toString).orElse("?")
          + ", bib " + p.bibNumber().orElse("none"));
      out.println("Their custom questions: " + f.custom().stream()
          .map(c -> c.id().orElse("?") + "=" + c.value().orElse("")).collect(Collectors.joining(", ")));
    });

    // 4. Whole lists of an event.
    if (eventId != null) {
      List<Ticket> tickets = ldt.listTickets(eventId);
      out.println("Event " + eventId + " sells " + tickets.size() + " tickets, e.g. "
          + tickets.stream().findFirst().map(t -> t.title().orElse("?") + " at "
              + t.price().map(Object::toString).orElse("?")).orElse("none"));
      out.println("Reserved entry groups: " + ldt.listReservedEntryGroups(eventId).size());
    }

    // 5. The unified view, for software that syncs several platforms the same way.
    LetsDoThisRegistrationSource source = ldt.registrationSource(raceId);
    try (Stream<Registration> registrations = source.registrations()) {
      registrations.limit(3).forEach(r -> out.println("Unified: " + r.id() + " " + r.status() + " "
          + r.participant().fullName() + " (" + r.raceName().orElse("?") + ", " + r.category().orElse("?") + ")"));
    }
  }

  private static void write(LetsDoThisClient ldt, LetsDoThisEvent event, PrintStream out) {
    // 6. A partner, entries reserved for it, and the link it uses to hand them out.
    Partner charity = ldt.createPartner(CreatePartnerParams.builder()
        .name("Seaside Lifeboat Fund")
        .type(PartnerType.CHARITY)
        .addContact(PartnerContact.builder().firstName("Sam").emailAddress("sam@lifeboat.example").build())
        .build());
    String partnerId = charity.id().orElseThrow();
    ReservedEntryGroup group = ldt.createReservedEntryGroup(CreateReservedEntryGroupParams.builder()
        .eventId(event.eventId())
        .name("Lifeboat runners")
        .partnerId(partnerId)
        .maxCapacity(25)
        .addTicket(event.ticketIds().get(0))
        .type(ReservedEntryGroupType.MULTI_USE)
        .build());
    ClaimLink link = ldt.createClaimLink(CreateClaimLinkParams.builder()
        .partnerId(partnerId).reservedEntryId(group.id().orElseThrow()).build());
    out.println("Created " + charity.name().orElse("?") + " with " + group.maxCapacity().orElse(0)
        + " reserved entries; claim link " + link.url().orElse("(e-mailed)"));
    out.println("Partners named like 'lifeboat': " + ldt.listPartners(ListPartnersParams.builder()
        .search("lifeboat").build()).autoPagingStream().count());
  }

  private static Instant newestChange(LetsDoThisRegistrationSource source) {
    try (Stream<Registration> registrations = source.registrations()) {
      return registrations.map(r -> r.updatedAt().orElse(Instant.EPOCH))
          .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
  }
}
