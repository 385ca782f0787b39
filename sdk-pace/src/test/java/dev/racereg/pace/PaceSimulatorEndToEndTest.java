package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import dev.racereg.core.testing.MutableClock;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.testkit.Fault;
import dev.racereg.testkit.pace.PaceSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client and the unified source against the PACE simulator (written independently from the doc). */
class PaceSimulatorEndToEndTest {

  private final MutableClock simClock = new MutableClock(Instant.parse("2025-06-02T08:00:00Z"));
  private final PaceSimulator sim = PaceSimulator.builder().participants(300).clock(simClock).build().start();
  private final TestOptions test = new TestOptions();
  private final PaceClient client = PaceClient.builder()
      .credentials(PaceCredentials.of(sim.credentials().apiId(), sim.credentials().apiSecret()))
      .options(test.options(sim.baseUrl()))
      .build();

  @AfterEach
  void stop() {
    sim.close();
  }

  private ParticipantsParams.Builder request() {
    return ParticipantsParams.builder().accessCode(sim.credentials().accessCode()).eventSlug(sim.eventSlug());
  }

  @Test
  void everyTypedFieldMatchesWhatTheSimulatorHolds() {
    List<PaceParticipant> exported = client.participantList(request().build());
    Map<String, dev.racereg.testkit.pace.PaceParticipantRow> held = sim.participants(sim.eventSlug()).stream()
        .collect(Collectors.toMap(dev.racereg.testkit.pace.PaceParticipantRow::orderNumber, Function.identity()));

    assertThat(exported).hasSize(300);
    for (PaceParticipant p : exported) {
      dev.racereg.testkit.pace.PaceParticipantRow s = held.get(p.orderNumber().orElseThrow());
      assertThat(p.eventName()).contains(s.eventName());
      assertThat(p.distance()).contains(s.distance());
      assertThat(p.group()).contains(s.group());
      assertThat(p.payment()).contains(Money.ofMajor(s.payment(), s.currency()));
      assertThat(p.licenceValidation().flatMap(PaceLicenceValidation::asBoolean)).contains(s.licenseValidation());
      assertThat(p.orderDate()).contains(s.orderDate());
      assertThat(p.status().map(PaceStatus::value)).contains(s.status());
      assertThat(p.updatedAt()).contains(s.updatedAt());
      assertThat(p.firstName()).contains(s.firstName());
      assertThat(p.lastName()).contains(s.lastName());
      assertThat(p.email()).contains(s.email());
      assertThat(p.birthDate()).contains(s.birthdate());
      assertThat(p.gender().map(PaceGender::value)).contains(s.gender());
      assertThat(p.country()).contains(s.country());
      assertThat(p.phone()).contains(s.phone());
      assertThat(p.nationality()).contains(s.nationality());
      assertThat(p.sportId()).isEqualTo(s.sportId().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(s.sportId()));
      java.util.Map<String, String> unknown = new java.util.LinkedHashMap<>();
      p.unknownFields().forEach((label, value) -> unknown.put(label, value.textValue()));
      assertThat(unknown).as("the organiser's questions, nothing else").isEqualTo(s.customFields());
    }
  }

  @Test
  void theDefaultOrderIsMostRecentlyUpdatedFirstAndAscReversesIt() {
    List<Instant> desc = client.participantList(request().build()).stream()
        .map(p -> p.updatedAt().orElseThrow()).collect(Collectors.toList());
    List<Instant> asc = client.participantList(request().sortDirection(PaceSortDirection.ASC).build()).stream()
        .map(p -> p.updatedAt().orElseThrow()).collect(Collectors.toList());

    assertThat(desc).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(asc).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  void aFinnishExportGivesTheSameTypedParticipants() {
    List<PaceParticipant> en = client.participantList(request().language(PaceLanguage.EN).build());
    List<PaceParticipant> fi = client.participantList(request().language(PaceLanguage.FI).build());

    assertThat(fi).hasSameSizeAs(en);
    assertThat(fi.get(0).row()).containsKey("Tapahtuma");
    for (int i = 0; i < en.size(); i++) {
      PaceParticipant e = en.get(i);
      PaceParticipant f = fi.get(i);
      assertThat(f.eventName()).isEqualTo(e.eventName());
      assertThat(f.orderNumber()).isEqualTo(e.orderNumber());
      assertThat(f.payment()).isEqualTo(e.payment());
      assertThat(f.updatedAt()).isEqualTo(e.updatedAt());
      assertThat(f.unknownFields()).isEqualTo(e.unknownFields());
      assertThat(PaceRegistrationMapper.nativeId(f)).isEqualTo(PaceRegistrationMapper.nativeId(e));
    }
  }

  @Test
  void theUnifiedSourceSyncsIncrementallyWithStableIds() {
    PaceRegistrationSource source = client.registrationSource(sim.credentials().accessCode(),
        "https://pace.sport/events/" + sim.eventSlug());
    List<Registration> first;
    try (Stream<Registration> all = source.registrations()) {
      first = all.collect(Collectors.toList());
    }
    assertThat(first).hasSize(300);
    assertThat(first).extracting(Registration::nativeId).doesNotHaveDuplicates();
    assertThat(first).allSatisfy(r -> {
      assertThat(r.provider()).isEqualTo("pace");
      assertThat(r.eventId()).contains(sim.eventSlug());
      assertThat(r.participant().gender()).isIn(Gender.FEMALE, Gender.MALE);
      assertThat(r.raceName()).isPresent();
    });
    assertThat(first).anySatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));
    Instant watermark = first.stream().map(r -> r.updatedAt().orElseThrow()).max(Comparator.naturalOrder()).orElseThrow();

    // organiser actions after the first sync
    String refundedOrder = first.get(10).nativeRecord(PaceParticipant.class).orElseThrow().orderNumber().orElseThrow();
    simClock.advance(Duration.ofMinutes(5));
    sim.updateStatus(sim.eventSlug(), refundedOrder, "refunded");
    simClock.advance(Duration.ofMinutes(5));
    dev.racereg.testkit.pace.PaceParticipantRow added = sim.addParticipant(sim.eventSlug(), p -> p.withName("Aino", "Virtanen"));

    List<Registration> changed;
    try (Stream<Registration> delta = source.registrationsUpdatedAfter(watermark)) {
      changed = delta.collect(Collectors.toList());
    }

    assertThat(changed).hasSize(2);
    assertThat(changed.get(0).nativeId()).isEqualTo(first.get(10).nativeId());
    assertThat(changed.get(0).status()).isEqualTo(RegistrationStatus.REFUNDED);
    assertThat(changed.get(1).participant().fullName()).isEqualTo("Aino Virtanen");
    assertThat(changed.get(1).nativeId()).startsWith(added.orderNumber() + "-");
    assertThat(changed.get(1).updatedAt()).contains(simClock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

    // nothing changed since the newest row: an empty delta
    try (Stream<Registration> none = source.registrationsUpdatedAfter(changed.get(1).updatedAt().orElseThrow())) {
      assertThat(none).isEmpty();
    }
  }

  @Test
  void theSimulatorsAuthFailuresReachTheCallerAsTypedErrors() {
    PaceClient wrongSecret = PaceClient.builder().credentials(PaceCredentials.of(sim.credentials().apiId(), "wrong-secret"))
        .options(test.options(sim.baseUrl())).build();

    assertThatThrownBy(() -> wrongSecret.participantList(request().build()))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("Invalid API credentials")
        .hasMessageNotContaining("wrong-secret");
    assertThatThrownBy(() -> client.participantList(request().accessCode("NOTACODE").build()))
        .isInstanceOf(PermissionDeniedException.class).hasMessageNotContaining("NOTACODE");
    assertThatThrownBy(() -> client.participantList(request().eventSlug("no-such-event").build()))
        .isInstanceOf(NotFoundException.class);

    String oldCode = sim.credentials().accessCode();
    sim.regenerateAccessCode(sim.eventSlug());
    assertThatThrownBy(() -> client.participantList(request().accessCode(oldCode).build()))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void aTransientOutageIsRetried() {
    sim.faults().next(Fault.status(503, "{\"error\":\"maintenance\"}"));
    sim.faults().next(Fault.htmlPage(502));

    assertThat(client.participantList(request().build())).hasSize(300);
    assertThat(sim.requestCount()).isEqualTo(3);
    assertThat(test.sleeper.sleeps()).hasSize(2);
  }

  @Test
  void aLargeEventStreamsThroughTheUnifiedSource() {
    try (PaceSimulator big = PaceSimulator.builder().participants(50_000).build().start()) {
      big.recordRequests(false);
      PaceClient bigClient = PaceClient.builder().credentials(PaceCredentials.of(big.credentials().apiId(), big.credentials().apiSecret()))
          .options(test.options(big.baseUrl())).build();
      try (Stream<Registration> all = bigClient.registrationSource(big.credentials().accessCode(), big.eventSlug()).registrations()) {
        assertThat(all.filter(r -> r.status().isOnStartList()).count()).isBetween(30_000L, 50_000L);
      }
    }
  }
}
