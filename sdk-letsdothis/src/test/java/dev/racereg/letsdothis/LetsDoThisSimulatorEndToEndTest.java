package dev.racereg.letsdothis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.CredentialsExpiredException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import dev.racereg.core.paging.Page;
import dev.racereg.core.testing.MutableClock;
import dev.racereg.core.unified.IncrementalSync;
import dev.racereg.core.unified.SyncChange;
import dev.racereg.core.unified.SyncStateFile;
import dev.racereg.testkit.letsdothis.LetsDoThisEvent;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against the Let's Do This simulator, written from the same doc but independently:
 * what one gets wrong about the wire, the other catches.
 */
class LetsDoThisSimulatorEndToEndTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T12:00:00Z"));
  private LetsDoThisSimulator sim;

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  private LetsDoThisSimulator start(LetsDoThisSimulator.Builder builder) {
    sim = builder.clock(clock).build().start();
    return sim;
  }

  private LetsDoThisClient client(String key) {
    return LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(key))
        .options(ClientOptions.builder().baseUrl(sim.baseUrl()).clock(clock).build()).build();
  }

  private LetsDoThisClient client() {
    return client(sim.credentials().validToken());
  }

  @Test
  void autoPagingReadsThousandsOfParticipantsOnceEach() {
    start(LetsDoThisSimulator.builder().participants(3_000).applications(40));
    LetsDoThisClient ldt = client();

    Page<LetsDoThisParticipant> first = ldt.listParticipants(ListParticipantsParams.builder().pageSize(500).build());
    List<String> ids = first.autoPagingStream().map(p -> p.id().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).hasSize(sim.participantCount()).doesNotHaveDuplicates();
    assertThat(sim.participantCount()).isGreaterThanOrEqualTo(3_000);
    assertThat(first.totalResults()).hasValue(sim.participantCount());
    assertThat(sim.requestCount()).isEqualTo((sim.participantCount() + 499) / 500);
    assertThat(ldt.credentials().organiserId()).contains(sim.credentials().organiserId());
  }

  @Test
  void aRacesParticipantsOfOneOccurrenceMatchTheSimulatorsState() {
    start(LetsDoThisSimulator.builder().participants(600));
    LetsDoThisEvent event = sim.events().get(0);
    String race = event.raceIds().get(0);
    String occurrence = event.upcomingEventOccurrenceId();

    List<LetsDoThisParticipant> read = client().listRaceParticipants(ListRaceParticipantsParams.builder()
            .raceId(race).eventOccurrenceId(occurrence).pageSize(100).extendMetadata(true).build())
        .autoPagingStream().collect(Collectors.toList());

    Set<String> expected = sim.participants().stream()
        .filter(p -> p.path("raceId").asText().equals(race) && p.path("eventOccurrenceId").asText().equals(occurrence))
        .map(p -> p.path("id").asText()).collect(Collectors.toSet());
    assertThat(read).isNotEmpty();
    assertThat(read.stream().map(p -> p.id().orElseThrow()).collect(Collectors.toSet())).isEqualTo(expected);
    LetsDoThisParticipant one = read.get(0);
    JsonNode raw = sim.participant(one.id().orElseThrow()).orElseThrow();
    assertThat(one.eventName()).contains(raw.path("eventName").asText());
    assertThat(one.fields().lastName()).contains(raw.path("fields").findValuesAsText("value").get(1));
    assertThat(one.originalTicketPrice()).hasValueSatisfying(m -> {
      assertThat(m.minorUnits()).isEqualTo(raw.path("originalTicketPrice").path("value").asLong());
      assertThat(m.currency().getCurrencyCode()).isEqualTo("GBP");
    });
    assertThat(one.bookingStatus()).isPresent();
  }

  @Test
  void singleRecordsAndApplicationsRead() {
    start(LetsDoThisSimulator.builder().participants(200).applications(30));
    LetsDoThisClient ldt = client();
    String participantId = sim.participants().get(5).path("id").asText();
    String eventId = sim.eventIds().get(0);

    LetsDoThisParticipant p = ldt.getParticipant(GetParticipantParams.builder().id(participantId)
        .extendMetadata(true).build());
    List<LetsDoThisApplication> apps = ldt.listApplications().autoPagingStream().collect(Collectors.toList());
    LetsDoThisApplication app = ldt.getApplication(apps.get(0).id().orElseThrow());
    long ofEvent = ldt.listEventApplications(ListEventApplicationsParams.of(eventId)).autoPagingStream().count();

    assertThat(p.id()).contains(participantId);
    assertThat(p.eventName()).isPresent();
    assertThat(apps).hasSize(sim.applicationCount());
    assertThat(app.approvalStatus()).isPresent();
    assertThat(app.applicationResolutionType()).isPresent();
    assertThat(ofEvent).isEqualTo(sim.applications().stream()
        .filter(a -> a.path("eventId").asText().equals(eventId)).count());
    assertThat(catchThrowable(() -> ldt.getParticipant("000000000000000000000000")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anIncrementalReadAfterABookingReturnsJustTheChanges() {
    start(LetsDoThisSimulator.builder().participants(400));
    LetsDoThisClient ldt = client();
    String race = sim.events().get(1).raceIds().get(0);
    LetsDoThisRegistrationSource source = ldt.registrationSource(race);
    Instant watermark = source.registrations().map(r -> r.updatedAt().orElseThrow())
        .max(Instant::compareTo).orElseThrow();

    clock.advance(Duration.ofMinutes(3));
    String added = sim.addParticipant(race, null, Map.of("firstName", "Imogen", "lastName", "Pryce",
        "bibNumber", "1234"));
    clock.advance(Duration.ofMinutes(1));
    String moved = sim.participants().stream().filter(p -> p.path("raceId").asText().equals(race))
        .findFirst().orElseThrow().path("id").asText();
    sim.updateParticipant(moved, Map.of("status", "REFUNDED"));

    List<Registration> changed = source.registrationsUpdatedAfter(watermark).collect(Collectors.toList());

    assertThat(changed.stream().map(Registration::nativeId)).containsExactly(added, moved);
    Registration imogen = changed.get(0);
    assertThat(imogen.id()).isEqualTo("letsdothis:" + added);
    assertThat(imogen.participant().fullName()).isEqualTo("Imogen Pryce");
    assertThat(imogen.bib()).contains("1234");
    assertThat(imogen.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(imogen.raceName()).isPresent();
    assertThat(imogen.category()).isPresent();
    assertThat(imogen.amount()).isPresent();
    assertThat(changed.get(1).status()).isEqualTo(RegistrationStatus.REFUNDED);
    assertThat(sim.requests().get(sim.requests().size() - 1).query("updatedAt[after]"))
        .contains(Json.format(watermark));
  }

  @Test
  void anIncrementalSyncThroughCoreSeesOneAddition(@TempDir Path dir) {
    start(LetsDoThisSimulator.builder().participants(300));
    String race = sim.events().get(0).raceIds().get(0);
    LetsDoThisRegistrationSource source = client().registrationSource(race);
    IncrementalSync sync = new IncrementalSync(new SyncStateFile(dir.resolve("state.json")));

    IncrementalSync.Batch initial = sync.pull(source);
    initial.commit();
    clock.advance(Duration.ofHours(1));
    String added = sim.addParticipant(race);
    IncrementalSync.Batch next = sync.pull(source);

    assertThat(initial.changes()).isNotEmpty().allMatch(c -> c.kind() == SyncChange.Kind.ADDED);
    assertThat(next.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(SyncChange.Kind.ADDED);
      assertThat(c.id()).isEqualTo("letsdothis:" + added);
    });
  }

  @Test
  void theWholeOrganiserIsOneSource() {
    start(LetsDoThisSimulator.builder().participants(700));
    LetsDoThisRegistrationSource all = client().registrationSource();

    List<Registration> regs = all.registrations().collect(Collectors.toList());

    assertThat(all.eventKey()).isEqualTo("organiser:" + sim.credentials().organiserId());
    assertThat(all.provider()).isEqualTo("letsdothis");
    assertThat(regs).hasSize(sim.participantCount());
    assertThat(regs.stream().map(Registration::id).collect(Collectors.toSet())).hasSize(regs.size());
    assertThat(regs).allSatisfy(r -> assertThat(r.status().isKnown()).as(r.status().value()).isTrue());
    assertThat(regs.stream().filter(r -> r.status().isOnStartList()).count()).isPositive();
  }

  @Test
  void anExpiredKeyIsRefusedByTheClientAndByThePlatform() {
    start(LetsDoThisSimulator.builder().participants(10));

    Throwable local = catchThrowable(() -> client(sim.credentials().expiredToken()).listParticipants());
    assertThat(local).isInstanceOf(CredentialsExpiredException.class);
    assertThat(sim.requestCount()).isZero();

    // a client whose clock lags behind thinks the key is still good: the platform says 401
    LetsDoThisClient lagging = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(sim.credentials().expiredToken()))
        .options(ClientOptions.builder().baseUrl(sim.baseUrl())
            .clock(java.time.Clock.fixed(clock.instant().minus(Duration.ofDays(2)), java.time.ZoneOffset.UTC))
            .build()).build();
    assertThat(lagging.credentials().isExpired(lagging.options().clock())).isFalse();
    assertThat(catchThrowable(lagging::listParticipants)).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("401");
    assertThat(sim.requestCount()).isEqualTo(1);
  }

  @Test
  void partnersCanBeCreatedFoundUpdatedAndGivenAClaimLink() {
    start(LetsDoThisSimulator.builder().participants(0).partners(3));
    LetsDoThisClient ldt = client();

    Partner created = ldt.createPartner(CreatePartnerParams.builder()
        .name("Brighton Lifeboat Fund")
        .type(PartnerType.CHARITY)
        .externalIds(PartnerExternalIds.builder().justGiving("jg-771").build())
        .addContact(PartnerContact.builder().firstName("Sam").emailAddress("sam@lifeboat.org.uk").build())
        .canCreateSubPartners(false)
        .build());
    String id = created.id().orElseThrow();
    Partner byId = ldt.getPartner(id);
    Partner byExternal = ldt.getPartnerByExternalId(ExternalIdType.JUST_GIVING, "jg-771");
    Partner renamed = ldt.updatePartner(UpdatePartnerParams.builder().id(id).name("Brighton Lifeboats")
        .description("Sea rescue").build());
    List<Partner> found = ldt.listPartners(ListPartnersParams.builder().search("lifeboats").build())
        .autoPagingStream().collect(Collectors.toList());
    ClaimLink link = ldt.createClaimLink(CreateClaimLinkParams.builder().partnerId(id)
        .emailAddress("sam@lifeboat.org.uk").build());

    assertThat(created.name()).contains("Brighton Lifeboat Fund");
    assertThat(created.createdAt()).contains(clock.instant());
    assertThat(byId.contacts()).singleElement().satisfies(c -> assertThat(c.emailAddress()).contains("sam@lifeboat.org.uk"));
    assertThat(byExternal.id()).contains(id);
    assertThat(renamed.name()).contains("Brighton Lifeboats");
    assertThat(renamed.description()).contains("Sea rescue");
    assertThat(renamed.externalIds().flatMap(PartnerExternalIds::justGiving)).contains("jg-771");
    assertThat(found.stream().map(p -> p.id().orElseThrow())).containsExactly(id);
    assertThat(ldt.listPartners().autoPagingStream().count()).isEqualTo(4);
    assertThat(link.url()).isPresent();
    assertThat(sim.claimLinks()).singleElement().satisfies(l -> {
      assertThat(l.partnerId()).isEqualTo(id);
      assertThat(l.url()).isEqualTo(link.url().orElseThrow());
    });
  }

  @Test
  void reservedEntryGroupsCanBeCreatedReadUpdatedAndDeleted() {
    start(LetsDoThisSimulator.builder().participants(0).partners(2).reservedEntryGroupsPerEvent(1));
    LetsDoThisClient ldt = client();
    LetsDoThisEvent event = sim.events().get(0);
    String partnerId = ldt.listPartners().items().get(0).id().orElseThrow();

    ReservedEntryGroup created = ldt.createReservedEntryGroup(CreateReservedEntryGroupParams.builder()
        .eventId(event.eventId()).name("Corporate Challenge").partnerId(partnerId).maxCapacity(20)
        .addTicket(event.ticketIds().get(0)).type(ReservedEntryGroupType.SINGLE_USE)
        .description("Team places").build());
    String id = created.id().orElseThrow();
    ReservedEntryGroup read = ldt.getReservedEntryGroup(id);
    ReservedEntryGroup updated = ldt.updateReservedEntryGroup(UpdateReservedEntryGroupParams.builder()
        .id(id).maxCapacity(25).name("Corporate Challenge 2025").build());
    List<ReservedEntryGroup> ofEvent = ldt.listReservedEntryGroups(event.eventId());
    ldt.deleteReservedEntryGroup(id);

    assertThat(read.partnerId()).contains(partnerId);
    assertThat(read.type()).contains(ReservedEntryGroupType.SINGLE_USE);
    assertThat(read.tickets()).singleElement().satisfies(t -> assertThat(t.ticketId()).contains(event.ticketIds().get(0)));
    assertThat(read.usedCapacity()).contains(0);
    assertThat(updated.maxCapacity()).contains(25);
    assertThat(updated.name()).contains("Corporate Challenge 2025");
    assertThat(updated.description()).contains("Team places");
    assertThat(ofEvent.stream().map(g -> g.id().orElseThrow())).contains(id).hasSize(2);
    assertThat(catchThrowable(() -> ldt.getReservedEntryGroup(id))).isInstanceOf(NotFoundException.class);
    assertThat(sim.reservedEntryGroup(id)).isEmpty();
  }

  @Test
  void anEventsTicketsAreListed() {
    start(LetsDoThisSimulator.builder().participants(0));
    LetsDoThisEvent event = sim.events().get(2);

    List<Ticket> tickets = client().listTickets(event.eventId());

    assertThat(tickets.stream().map(t -> t.id().orElseThrow())).containsExactlyInAnyOrderElementsOf(event.ticketIds());
    assertThat(tickets).allSatisfy(t -> {
      assertThat(t.title()).isPresent();
      assertThat(t.price()).isPresent();
      assertThat(t.raceId()).isPresent();
    });
  }

  @Test
  void theMisspelledOccurrenceFieldIsReadToo() {
    start(LetsDoThisSimulator.builder().participants(50).misspelledOccurrenceField(true));

    List<LetsDoThisParticipant> all = client().listParticipants().autoPagingStream().collect(Collectors.toList());

    assertThat(sim.participants().get(0).has("eventOccurenceId")).isTrue();
    assertThat(all).allSatisfy(p -> {
      assertThat(p.eventOccurrenceId()).isPresent();
      assertThat(p.unknownFields()).doesNotContainKey("eventOccurenceId");
    });
    Set<String> occurrences = new HashSet<>();
    sim.events().forEach(e -> occurrences.addAll(e.eventOccurrenceIds()));
    assertThat(all).allSatisfy(p -> assertThat(occurrences).contains(p.eventOccurrenceId().orElseThrow()));
  }
}
