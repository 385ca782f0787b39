package dev.racereg.letsdothis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.UnknownFieldsModel;
import dev.racereg.core.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The native models read the doc's samples and realistic data without losing anything. */
class LetsDoThisModelTest {

  private static <T> T read(String json, Class<T> type) throws Exception {
    return Codecs.json().readValue(json, type);
  }

  private static List<LetsDoThisParticipant> realistic() throws Exception {
    JsonNode data = Codecs.json().readTree(Fixtures.realistic()).get("data");
    List<LetsDoThisParticipant> out = new java.util.ArrayList<>();
    for (JsonNode n : data) {
      out.add(Codecs.json().treeToValue(n, LetsDoThisParticipant.class));
    }
    return out;
  }

  @Test
  void theDocsParticipantSampleReadsEveryDocumentedMember() throws Exception {
    LetsDoThisParticipant p = read(Fixtures.read("participant.json"), LetsDoThisParticipant.class);

    assertThat(p.id()).contains("6399c20015d60ae3ff28f24c");
    assertThat(p.participantIndex()).contains(0);
    assertThat(p.bookingId()).contains("6399c20015d60ae3ff28f24c");
    assertThat(p.transactionId()).contains("6399c20015d60ae3ff28f24e");
    assertThat(p.eventOccurrenceId()).contains("6399c11c58f29f001ca95935");
    assertThat(p.eventId()).contains("2365756");
    assertThat(p.raceId()).contains("3517846101");
    assertThat(p.ticketTitle()).contains("10k Standard Entry");
    assertThat(p.ticketId()).contains("6399c11c58f29f001ca95934");
    assertThat(p.createdAt()).contains(Instant.parse("2023-05-08T11:30:00Z"));
    assertThat(p.updatedAt()).contains(Instant.parse("2023-05-08T11:30:00Z"));
    assertThat(p.waves()).isEmpty();
    assertThat(p.fields().all()).isEmpty();
    assertThat(p.booker()).isPresent();
    assertThat(p.bookerType()).contains(BookerType.PARTNER);
    assertThat(p.originalTicketPrice()).isEmpty(); // the doc collapses it to {}
    assertThat(p.incrementalStatus()).contains(IncrementalStatus.INCREMENTAL);
    assertThat(p.bibNumber()).contains("string");
    assertThat(p.bookingCodesUsed()).isEmpty(); // the doc shows {}
    assertThat(p.reservedEntryUrl()).contains("string");
    assertThat(p.gdprRedacted()).contains(true);
    assertThat(p.tracking()).isPresent();
    assertThat(p.applicationId()).contains("6399c20015d60ae3ff28f24d");
    assertThat(p.raceDayDetails()).isPresent();
    assertThat(p.resultSubmission()).isPresent();
    assertThat(p.eventName()).contains("City Sprint Challenge");
    assertThat(p.raceStartDate()).contains(Instant.parse("2023-05-08T11:30:00Z"));
    assertThat(p.disciplineLabel()).contains("Running");
    assertThat(p.competitorSize()).contains(12293);
    assertThat(p.reservedEntryGroupCode()).contains("re_x-ga8ais3v4r");
    assertThat(p.reservedEntryGroupName()).contains("Charity Entries");
    assertThat(p.reservedEntryPartnerExternalIds()).hasValueSatisfying(ids -> assertThat(ids.isEmpty()).isTrue());
    assertThat(p.reservedEntryPartnerName()).contains("string");
    assertThat(p.unknownFields()).isEmpty();
  }

  @Test
  void theDocsApplicationSampleReadsItsOwnMembers() throws Exception {
    LetsDoThisApplication a = read(Fixtures.read("application.json"), LetsDoThisApplication.class);

    assertThat(a.approvalStatus()).contains(ApprovalStatus.APPROVED);
    assertThat(a.applicationResolutionType()).contains(ResolutionType.BALLOT);
    assertThat(a.ballotDraw()).contains("International Ballot Draw");
    assertThat(a.eventName()).contains("City Sprint Challenge");
    assertThat(a.unknownFields()).isEmpty();
  }

  @Test
  void theDocsPartnerAndGroupSamplesRead() throws Exception {
    Partner p = read(Fixtures.read("partner.json"), Partner.class);
    assertThat(p.id()).contains("p_v7k8jsvoj2o");
    assertThat(p.type()).contains(PartnerType.CHARITY);
    assertThat(p.description()).contains("Donec faucibus augue non pretium pellentesque.");
    assertThat(p.canCreateSubPartners()).contains(false);
    assertThat(p.createdAt()).contains(Instant.parse("2021-10-14T11:30:00Z"));
    assertThat(p.updatedAt()).contains(Instant.parse("2023-10-14T11:30:00Z"));
    assertThat(p.contacts()).isEmpty();
    assertThat(p.unknownFields()).isEmpty();

    ReservedEntryGroup g = read(Fixtures.read("reserved-entry-group.json"), ReservedEntryGroup.class);
    assertThat(g.id()).contains("re_abcd6ss01x8");
    assertThat(g.eventId()).contains("11120888");
    assertThat(g.partnerId()).contains("p_abcdiqh2oa4");
    assertThat(g.maxCapacity()).contains(35);
    assertThat(g.usedCapacity()).contains(15);
    assertThat(g.remainingCapacity()).contains(20);
    assertThat(g.type()).contains(ReservedEntryGroupType.MULTI_USE);
    assertThat(g.settings()).isPresent();
  }

  @Test
  void realisticParticipantsReadTypedPersonalDataAndKeepTheRest() throws Exception {
    LetsDoThisParticipant amelia = realistic().get(0);

    ParticipantFields f = amelia.fields();
    assertThat(f.firstName()).contains("Amelia");
    assertThat(f.lastName()).contains("Hughes");
    assertThat(f.emailAddress()).contains("amelia.hughes@example.co.uk");
    assertThat(f.dateOfBirth()).contains(LocalDate.of(1988, 7, 23));
    assertThat(f.gender()).contains("FEMALE");
    assertThat(f.phone()).contains("+44 7700 900123");
    assertThat(f.addressLine1()).contains("12 Harbour Street");
    assertThat(f.addressLine2()).isEmpty(); // sent as ""
    assertThat(f.addressCity()).contains("Brighton");
    assertThat(f.addressPostcode()).contains("BN1 1AA");
    assertThat(f.addressCountry()).contains("GB");
    assertThat(f.emergencyContactName()).contains("Tom Hughes");
    assertThat(f.emergencyContactPhone()).contains("+44 7700 900456");
    assertThat(f.status()).contains(BookingStatus.CONFIRMED);
    assertThat(amelia.bookingStatus()).contains(BookingStatus.CONFIRMED);
    // the organiser's own questions stay available, even unanswered ones
    assertThat(f.custom().stream().map(c -> c.id().orElseThrow())).containsExactly("tShirtSize", "runningClub");
    assertThat(f.value("tShirtSize")).contains("M");
    assertThat(f.field("runningClub")).hasValueSatisfying(c -> {
      assertThat(c.value()).isEmpty();
      assertThat(c.rawValue().isNull()).isTrue();
      assertThat(c.name()).contains("Running club");
    });
    assertThat(f.all()).hasSize(16);

    assertThat(amelia.booker()).hasValueSatisfying(b -> {
      assertThat(b.firstName()).contains("Amelia");
      assertThat(b.email()).contains("amelia.hughes@example.co.uk");
    });
    assertThat(amelia.originalTicketPrice()).contains(Money.ofMinor(3250, "GBP"));
    assertThat(amelia.bibNumber()).contains("0421");
    assertThat(amelia.bookingCodesUsed()).singleElement()
        .satisfies(c -> assertThat(c.code()).contains("EARLYBIRD10"));
    assertThat(amelia.tags()).containsExactly("vip");
    assertThat(amelia.waves()).singleElement().satisfies(w -> assertThat(w.string("name")).contains("Wave A"));
    assertThat(amelia.distances()).singleElement().satisfies(d -> {
      assertThat(d.number("value")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
      assertThat(d.string("unit")).contains("km");
    });
    assertThat(amelia.raceDayDetails()).hasValueSatisfying(r -> assertThat(r.bool("checkedIn")).contains(false));
    assertThat(amelia.reservedEntryPartnerExternalIds())
        .hasValueSatisfying(ids -> assertThat(ids.get(ExternalIdType.JUST_GIVING)).contains("jg-88231"));
    // a member no version of the doc shows is kept
    assertThat(amelia.unknownFields()).containsOnlyKeys("loyaltyTier");
    assertThat(amelia.unknownFields().get("loyaltyTier").asText()).isEqualTo("gold");
  }

  @Test
  void bothSpellingsOfTheOccurrenceIdAreRead() throws Exception {
    List<LetsDoThisParticipant> all = realistic();

    assertThat(all.stream().map(p -> p.eventOccurrenceId().orElse(null)))
        .containsExactly("6399c11c58f29f001ca95935", "6399c11c58f29f001ca95935");
    assertThat(all.get(1).unknownFields()).doesNotContainKey("eventOccurenceId");
    Ticket t = read("{\"id\":\"t\",\"eventOccurenceId\":\"o9\"}", Ticket.class);
    assertThat(t.eventOccurrenceId()).contains("o9");
  }

  @Test
  void unknownEnumValuesParseAndKeepTheirSpelling() throws Exception {
    LetsDoThisApplication a = read("{\"approvalStatus\":\"WAITLISTED\",\"applicationResolutionType\":\"LOTTERY\","
        + "\"incrementalStatus\":\"PARTIAL\",\"bookerType\":\"INDIVIDUAL\","
        + "\"fields\":[{\"id\":\"status\",\"value\":\"ON_HOLD\"}]}", LetsDoThisApplication.class);

    assertThat(a.approvalStatus()).hasValueSatisfying(s -> {
      assertThat(s.value()).isEqualTo("WAITLISTED");
      assertThat(s.isKnown()).isFalse();
    });
    assertThat(a.applicationResolutionType().map(ResolutionType::value)).contains("LOTTERY");
    assertThat(a.incrementalStatus().map(IncrementalStatus::isKnown)).contains(false);
    assertThat(a.bookerType().map(BookerType::value)).contains("INDIVIDUAL");
    assertThat(a.bookingStatus()).contains(BookingStatus.of("ON_HOLD"));
    assertThat(BookingStatus.of("PENDING_BALLOT").isKnown()).isTrue();
    assertThat(Codecs.json().writeValueAsString(a.approvalStatus().orElseThrow())).isEqualTo("\"WAITLISTED\"");
  }

  @Test
  void bookingCodesAreReadInEveryShapeSeen() throws Exception {
    assertThat(codes("[{\"code\":\"A\"},\"B\",null]")).containsExactly("A", "B");
    assertThat(codes("{\"code\":\"C\"}")).containsExactly("C");
    assertThat(codes("{}")).isEmpty();
    assertThat(codes("null")).isEmpty();
    LetsDoThisParticipant extra = read("{\"bookingCodesUsed\":[{\"code\":\"D\",\"discount\":500}]}",
        LetsDoThisParticipant.class);
    assertThat(extra.bookingCodesUsed().get(0).unknownFields()).containsKey("discount");
  }

  private static List<String> codes(String json) throws Exception {
    return read("{\"bookingCodesUsed\":" + json + "}", LetsDoThisParticipant.class).bookingCodesUsed().stream()
        .map(c -> c.code().orElse("?")).collect(Collectors.toList());
  }

  @Test
  void pricesAreMinorUnitsOfTheirCurrency() throws Exception {
    assertThat(price("{\"value\":1999,\"currencyCode\":\"EUR\"}")).contains(Money.ofMinor(1999, "EUR"));
    assertThat(price("{\"value\":\"1999\",\"currencyCode\":\"gbp\"}")).contains(Money.ofMinor(1999, "GBP"));
    assertThat(price("{\"value\":0,\"currencyCode\":\"GBP\"}").orElseThrow().toMajor()).isEqualByComparingTo("0");
    assertThat(price("{\"value\":null,\"currencyCode\":\"GBP\"}")).isEmpty();
    assertThat(price("null")).isEmpty();
  }

  private static java.util.Optional<Money> price(String json) throws Exception {
    return read("{\"originalTicketPrice\":" + json + "}", LetsDoThisParticipant.class).originalTicketPrice();
  }

  @Test
  void aDateOfBirthThatIsNotADateReadsEmptyButStaysAsText() throws Exception {
    LetsDoThisParticipant p = read("{\"fields\":[{\"id\":\"dateOfBirth\",\"value\":\"23/07/1988\"},"
        + "{\"id\":\"gender\",\"value\":\"  \"}]}", LetsDoThisParticipant.class);
    assertThat(p.fields().dateOfBirth()).isEmpty();
    assertThat(p.fields().value("dateOfBirth")).contains("23/07/1988");
    assertThat(p.fields().gender()).isEmpty();
    LetsDoThisParticipant iso = read("{\"fields\":[{\"id\":\"dateOfBirth\",\"value\":\"1990-04-21T00:00:00.000Z\"}]}",
        LetsDoThisParticipant.class);
    assertThat(iso.fields().dateOfBirth()).contains(LocalDate.of(1990, 4, 21));
  }

  @Test
  void modelsHandOutCopiesSoTheyStayUnchanged() throws Exception {
    LetsDoThisParticipant amelia = realistic().get(0);
    ((com.fasterxml.jackson.databind.node.ObjectNode) amelia.tracking().orElseThrow().json()).put("utmSource", "x");
    amelia.unknownFields().get("loyaltyTier");
    assertThat(amelia.tracking().orElseThrow().string("utmSource")).contains("newsletter");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> amelia.fields().all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> amelia.waves().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringsShowNoPersonalData() throws Exception {
    LetsDoThisParticipant amelia = realistic().get(0);
    String shown = amelia + " " + amelia.fields() + " " + amelia.booker().orElseThrow() + " "
        + amelia.fields().all().get(0);
    assertThat(shown).doesNotContain("Amelia").doesNotContain("Hughes").doesNotContain("example.co.uk")
        .contains("6461f0c2a1b2c3d4e5f60718");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(classes = {Partner.class, ReservedEntryGroup.class, Booker.class,
      Ticket.class, ClaimLink.class})
  void membersThisSdkDoesNotKnowAreKept(Class<? extends UnknownFieldsModel> type) throws Exception {
    UnknownFieldsModel model = Codecs.json().readValue(
        "{\"futureFlag\":true,\"futureObject\":{\"a\":[1,2]}}", type);

    assertThat(model.unknownFields()).containsOnlyKeys("futureFlag", "futureObject");
    assertThat(model.unknownFields().get("futureObject").path("a").get(1).asInt()).isEqualTo(2);
  }
}
