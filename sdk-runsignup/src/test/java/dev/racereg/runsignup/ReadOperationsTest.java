package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Money;
import dev.racereg.core.paging.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Wire format and decoding of the read operations: race, participants, removed participants. */
class ReadOperationsTest extends RsuTestSupport {

  @Test
  void getRaceSendsAGetWithJsonFormatAndCredentialsAndReadsEveryField() {
    enqueueJson(resource("race.json"));
    RunSignupRace race = client().getRace(GetRaceParams.of(RACE));

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/Rest/race/12345?format=json&api_key=key-abc&api_secret=" + SECRET);
    assertThat(r.getBodySize()).isZero();

    assertThat(race.raceId()).isEqualTo(12345);
    assertThat(race.name()).contains("Scioto Mile & 5K");
    assertThat(race.nextDate()).contains(LocalDate.of(2026, 6, 13));
    assertThat(race.lastDate()).isEmpty();
    assertThat(race.registrationOpen()).contains(true);
    assertThat(race.draftRace()).contains(false);
    assertThat(race.created()).contains(LocalDateTime.of(2025, 9, 14, 10, 2));
    assertThat(race.timezone()).contains(ZoneId.of("America/New_York"));
    assertThat(race.address().orElseThrow().zipcode()).contains("43215");
    assertThat(race.unknownFields()).containsKeys("fb_page_id", "real_time_notifications_enabled");
    assertThat(race.events()).hasSize(2);

    RunSignupEvent tenMile = race.event(512001).orElseThrow();
    assertThat(tenMile.name()).contains("10 Mile");
    assertThat(tenMile.startTime()).contains(LocalDateTime.of(2026, 6, 13, 7, 30));
    assertThat(tenMile.ageCalcBaseDate()).contains(LocalDate.of(2026, 6, 13));
    assertThat(tenMile.distance()).contains("10 Miles");
    assertThat(tenMile.requireDob()).contains(true);
    assertThat(tenMile.unknownFields()).containsOnlyKeys("giveaway");
    assertThat(tenMile.registrationPeriods()).hasSize(2);
    RegistrationPeriod late = tenMile.registrationPeriods().get(1);
    assertThat(late.opens()).contains(LocalDateTime.of(2026, 4, 1, 0, 0));
    assertThat(late.closes()).contains(LocalDateTime.of(2026, 6, 12, 12, 0));
    assertThat(late.raceFee()).contains(Money.ofMinor(106500, "USD"));
    assertThat(late.processingFee()).contains(Money.ofMinor(550, "USD"));
  }

  @Test
  void participantsAreFlattenedWithTheirEventAndEveryFieldTyped() {
    enqueueJson(resource("participants.json"));
    Page<RunSignupParticipant> page = client().getParticipants(ParticipantsParams.builder().raceId(RACE)
        .eventId(512001).eventId(512002).includeQuestions(true).includeRegistrationAddons(true).build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/Rest/race/12345/participants");
    assertThat(r.getUrl().queryParameter("format")).isEqualTo("json");
    assertThat(r.getUrl().queryParameter("event_id")).isEqualTo("512001,512002");
    assertThat(r.getUrl().queryParameter("page")).isEqualTo("1");
    assertThat(r.getUrl().queryParameter("results_per_page")).isEqualTo("1000");
    assertThat(r.getUrl().queryParameter("include_questions")).isEqualTo("T");
    assertThat(r.getUrl().queryParameter("include_registration_addons")).isEqualTo("T");
    assertThat(r.getUrl().queryParameterNames()).doesNotContain("sort", "after_registration_id",
        "modified_after_timestamp");

    List<RunSignupParticipant> rows = page.items();
    assertThat(rows).extracting(RunSignupParticipant::registrationId).containsExactly(48213003L, 48213006L, 48213004L);
    assertThat(rows).extracting(RunSignupParticipant::eventId).containsExactly(512001L, 512001L, 512002L);
    assertThat(page.hasNextPage()).isFalse();

    RunSignupParticipant maria = rows.get(0);
    assertThat(maria.bibNum()).contains("1001");
    assertThat(maria.chipNum()).contains("A1B2C3");
    assertThat(maria.age()).hasValue(41);
    assertThat(maria.registrationDate()).contains(LocalDateTime.of(2025, 9, 16, 21, 14));
    assertThat(maria.lastModified()).contains(Instant.ofEpochSecond(1777600000L));
    assertThat(maria.teamId()).hasValue(777);
    assertThat(maria.teamName()).contains("Columbus Running Company");
    assertThat(maria.raceFee()).contains(Money.ofMinor(5500, "USD"));
    assertThat(maria.amountPaid()).contains(Money.ofMinor(5975, "USD"));
    RunSignupUser user = maria.user().orElseThrow();
    assertThat(user.lastName()).contains("Hernández");
    assertThat(user.dob()).contains(LocalDate.of(1984, 11, 2));
    assertThat(user.gender()).contains(RunSignupGender.FEMALE);
    assertThat(user.address().orElseThrow().city()).contains("Columbus");
    assertThat(maria.questionResponses()).hasSize(2);
    assertThat(maria.questionResponses().get(0).response()).contains("W-M");
    assertThat(maria.questionResponses().get(1).responses()).containsExactly("Friend", "Facebook");
    assertThat(maria.registrationAddons().get(0).amount()).contains(Money.ofMinor(1200, "USD"));
    assertThat(maria.registrationAddons().get(0).addonId()).hasValue(4401);
    assertThat(maria.registrationAddons().get(0).quantity()).hasValue(1);
    assertThat(maria.registrationAddons().get(0).name()).contains("Finisher mug");
    assertThat(maria.unknownFields()).containsOnlyKeys("corral");

    RunSignupParticipant dwayne = rows.get(1);
    assertThat(dwayne.bibNum()).isEmpty();
    assertThat(dwayne.lastModified()).contains(Instant.ofEpochSecond(1777600500L)); // sent as text
    assertThat(dwayne.raceFee()).contains(Money.ofMinor(106500, "USD"));
    assertThat(dwayne.questionResponses()).isEmpty();

    RunSignupParticipant ava = rows.get(2);
    assertThat(ava.eventId()).isEqualTo(512002); // from its group: the row has none
    assertThat(ava.bibNum()).contains("5002");
    assertThat(ava.chipNum()).isEmpty();
    assertThat(ava.registrationDate()).isEmpty();
    assertThat(ava.unknownFields().get("registration_date").asText()).isEqualTo("13/45/2026 99:99"); // kept, not lost
    assertThat(ava.user().orElseThrow().gender().orElseThrow().isKnown()).isFalse();
  }

  @Test
  void anAmountBeyondWhatCentsCanHoldIsKeptRawAndTheRestOfThePageReads() {
    enqueueJson("[{\"event\":{\"event_id\":512001},\"participants\":["
        + "{\"registration_id\":1,\"race_fee\":\"$92,233,720,368,547,758.08\",\"amount_paid\":\"$22.00\","
        + "\"participant_addons\":[{\"addon_id\":\"7\",\"amount\":\"99999999999999999999.00\"}]},"
        + "{\"registration_id\":2,\"race_fee\":\"$30\"}]}]");

    List<RunSignupParticipant> rows = client().getParticipants(ParticipantsParams.builder().raceId(RACE)
        .eventId(512001).build()).items();

    assertThat(rows).extracting(RunSignupParticipant::registrationId).containsExactly(1L, 2L);
    RunSignupParticipant odd = rows.get(0);
    assertThat(odd.raceFee()).isEmpty();
    assertThat(odd.unknownFields().get("race_fee").asText()).isEqualTo("$92,233,720,368,547,758.08");
    assertThat(odd.amountPaid()).contains(Money.ofMinor(2200, "USD"));
    RegistrationAddon addon = odd.registrationAddons().get(0);
    assertThat(addon.amount()).isEmpty();
    assertThat(addon.unknownFields().get("amount").asText()).isEqualTo("99999999999999999999.00");
    assertThat(rows.get(1).raceFee()).contains(Money.ofMinor(3000, "USD"));
  }

  @Test
  void pageNumbersFollowWhilePagesAreFull() {
    enqueueJson(page(512001, 1, 2, 3));
    enqueueJson(page(512001, 4));
    List<Long> ids = client().getParticipants(ParticipantsParams.builder().raceId(RACE).eventId(512001)
            .resultsPerPage(3).sort(ParticipantSort.REGISTRATION_ID_DESC).build())
        .autoPagingStream().map(RunSignupParticipant::registrationId).collect(Collectors.toList());

    assertThat(ids).containsExactly(1L, 2L, 3L, 4L);
    RecordedRequest first = take();
    RecordedRequest second = take();
    assertThat(first.getUrl().queryParameter("page")).isEqualTo("1");
    assertThat(first.getUrl().queryParameter("sort")).isEqualTo("registration_id DESC");
    assertThat(first.getTarget()).contains("sort=registration_id%20DESC");
    assertThat(second.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void registrationIdPagingReadsEachEventFromTheWatermarkWithoutRepeats() {
    enqueueJson(page(512001, 10, 11));
    enqueueJson(page(512001, 11, 12)); // a server repeating the watermark row must not duplicate it
    enqueueJson(page(512001));
    enqueueJson(page(512002, 20));
    Page<RunSignupParticipant> first = client().getParticipants(ParticipantsParams.builder().raceId(RACE)
        .eventId(512001).eventId(512002).afterRegistrationId(0).resultsPerPage(2).build());

    assertThat(first.nextCursor()).contains("11");
    List<Long> ids = first.autoPagingStream().map(RunSignupParticipant::registrationId).toList();
    assertThat(ids).containsExactly(10L, 11L, 12L, 20L);

    RecordedRequest a = take();
    RecordedRequest b = take();
    RecordedRequest c = take();
    RecordedRequest d = take();
    assertThat(a.getUrl().queryParameter("event_id")).isEqualTo("512001");
    assertThat(a.getUrl().queryParameter("after_registration_id")).isEqualTo("0");
    assertThat(a.getUrl().queryParameter("sort")).isEqualTo("registration_id ASC");
    assertThat(a.getUrl().queryParameterNames()).doesNotContain("page");
    assertThat(b.getUrl().queryParameter("after_registration_id")).isEqualTo("11");
    assertThat(c.getUrl().queryParameter("after_registration_id")).isEqualTo("12");
    assertThat(d.getUrl().queryParameter("event_id")).isEqualTo("512002");
    assertThat(d.getUrl().queryParameter("after_registration_id")).isEqualTo("0");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aFullPageThatDoesNotAdvanceIsReportedInsteadOfLoopingForever() {
    enqueueJson(page(512001, 5, 6));
    enqueueJson(page(512001, 5, 6));
    Page<RunSignupParticipant> first = client().getParticipants(ParticipantsParams.builder().raceId(RACE)
        .eventId(512001).afterRegistrationId(0).resultsPerPage(2).build());
    assertThatThrownBy(first::nextPage).isInstanceOf(DecodingException.class).hasMessageContaining("cannot advance");
  }

  @Test
  void modifiedAfterSendsTheNextWholeSecondBecauseRunSignupMatchesOnOrAfter() {
    enqueueJson("[]");
    enqueueJson("[]");
    RunSignupClient client = client();
    client.getParticipants(ParticipantsParams.builder().raceId(RACE).eventId(1)
        .modifiedAfter(Instant.ofEpochSecond(1777600000L)).build());
    client.getParticipants(ParticipantsParams.builder().raceId(RACE).eventId(1)
        .modifiedAfter(Instant.ofEpochSecond(1777600000L, 999_000_000)).build());

    assertThat(take().getUrl().queryParameter("modified_after_timestamp")).isEqualTo("1777600001");
    assertThat(take().getUrl().queryParameter("modified_after_timestamp")).isEqualTo("1777600001");
  }

  @Test
  void removedParticipantsCarryReasonTransferTargetAndSqlDates() {
    enqueueJson(resource("removed-participants.json"));
    List<RemovedParticipant> rows = client().getRemovedParticipants(RemovedParticipantsParams.builder()
        .raceId(RACE).eventId(512001).eventId(512002).page(2).resultsPerPage(50).build()).items();

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/Rest/race/12345/removed-participants");
    assertThat(r.getUrl().queryParameter("event_id")).isEqualTo("512001,512002");
    assertThat(r.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(r.getUrl().queryParameter("results_per_page")).isEqualTo("50");

    assertThat(rows).extracting(RemovedParticipant::registrationId)
        .containsExactly(48213001L, 48213002L, 48213005L, 48213008L);
    RemovedParticipant transfer = rows.get(0);
    assertThat(transfer.removedReason()).contains(RemovedReason.TRANSFERRED);
    assertThat(transfer.newRegistrationId()).hasValue(48213090L);
    assertThat(transfer.registrationDate()).contains(LocalDateTime.of(2025, 9, 15, 8, 0, 41));
    assertThat(transfer.removedDate()).contains(LocalDateTime.of(2026, 4, 20, 14, 31, 7));
    assertThat(transfer.user().orElseThrow().email()).contains("sam.park@example.com");
    assertThat(rows.get(1).removedReason()).contains(RemovedReason.DEFERRED);
    assertThat(rows.get(1).newRegistrationId()).isEmpty();
    assertThat(rows.get(2).removedReason()).contains(RemovedReason.CLEARED);
    RemovedReason unknown = rows.get(3).removedReason().orElseThrow();
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.value()).isEqualTo("refunded_by_support");
  }

  @Test
  void removedParticipantsAlsoReadFromABareList() {
    enqueueJson("{\"removed_participants\":[{\"registration_id\":7,\"event_id\":3,\"removed_reason\":\"removed\"}]}");
    List<RemovedParticipant> rows = client().getRemovedParticipants(RemovedParticipantsParams.builder()
        .raceId(RACE).eventId(3).build()).items();
    assertThat(rows).singleElement().satisfies(p -> assertThat(p.removedReason()).contains(RemovedReason.REMOVED));
  }

  @Test
  void listParamsAreValidatedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> ParticipantsParams.builder().raceId(RACE).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("eventIds"));
    assertThatThrownBy(() -> ParticipantsParams.builder().raceId(RACE).eventId(1).resultsPerPage(2501).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("resultsPerPage");
          assertThat(e.rule()).contains("between 1 and 2500");
        });
    assertThatThrownBy(() -> ParticipantsParams.builder().raceId(RACE).eventId(1).resultsPerPage(0).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ParticipantsParams.builder().raceId(RACE).eventId(1).page(2).afterRegistrationId(5)
        .build()).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("page"));
    assertThatThrownBy(() -> ParticipantsParams.builder().raceId(RACE).eventId(1).afterRegistrationId(0)
        .sort(ParticipantSort.REGISTRATION_ID_DESC).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("sort"));
    assertThatThrownBy(() -> ParticipantsParams.builder().eventId(1).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("raceId"));
    assertThatThrownBy(() -> RemovedParticipantsParams.builder().raceId(RACE).eventId(-4).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("eventIds"));
    assertThatThrownBy(() -> GetRaceParams.of(0)).isInstanceOf(ValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void paramsRoundTripThroughToBuilder() {
    ParticipantsParams p = ParticipantsParams.builder().raceId(RACE).eventId(2).eventId(1).eventId(2)
        .afterRegistrationId(9).resultsPerPage(10).includeQuestions(true).build();
    ParticipantsParams copy = p.toBuilder().build();
    assertThat(copy.eventIds()).containsExactly(2L, 1L);
    assertThat(copy.afterRegistrationId()).hasValue(9);
    assertThat(copy.sort()).contains(ParticipantSort.REGISTRATION_ID_ASC);
    assertThat(copy.includeQuestions()).isTrue();
    assertThat(copy.toString()).isEqualTo(p.toString());
  }

  /** A participants answer for one event with rows of these ids. */
  static String page(long eventId, long... ids) {
    StringBuilder rows = new StringBuilder();
    for (long id : ids) {
      if (rows.length() > 0) {
        rows.append(',');
      }
      rows.append("{\"registration_id\":").append(id).append(",\"event_id\":").append(eventId)
          .append(",\"last_modified\":").append(1777600000L + id)
          .append(",\"user\":{\"first_name\":\"R").append(id).append("\",\"last_name\":\"Runner\",\"gender\":\"M\"}}");
    }
    return "[{\"event\":{\"event_id\":" + eventId + ",\"participants\":[]},\"participants\":[" + rows + "]}]";
  }
}
