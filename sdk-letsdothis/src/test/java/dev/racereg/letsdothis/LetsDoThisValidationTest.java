package dev.racereg.letsdothis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.TestOptions;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every documented rule is checked before sending: the exception names the field, nothing leaves. */
class LetsDoThisValidationTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private LetsDoThisClient client() {
    return Fixtures.client(server.url("/v0").toString(), test);
  }

  private void rejected(String field, String ruleFragment, Executable call) {
    ValidationException e = catchThrowableOfType(ValidationException.class, call::execute);
    assertThat(e).as("expected a ValidationException for " + field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).contains(ruleFragment);
    assertThat(server.getRequestCount()).isZero();
  }

  private static CreatePartnerParams.Builder partner() {
    return CreatePartnerParams.builder().name("National Charity").addContact(PartnerContact.ofEmail("a@b.org"));
  }

  private static CreateReservedEntryGroupParams.Builder group() {
    return CreateReservedEntryGroupParams.builder().eventId("e1").name("Charity Entries").maxCapacity(10)
        .addTicket("t1").type(ReservedEntryGroupType.SINGLE_USE);
  }

  @Test
  void pageSizeIsOneToFiveHundred() {
    rejected("pageSize", "between 1 and 500", () -> client().listParticipants(
        ListParticipantsParams.builder().pageSize(0).build()));
    rejected("pageSize", "was 501", () -> client().listApplications(
        ListApplicationsParams.builder().pageSize(501).build()));
    assertThat(ListPartnersParams.builder().pageSize(1).build().pageSize()).contains(1);
    assertThat(ListPartnersParams.builder().pageSize(500).build().pageSize()).contains(500);
  }

  @Test
  void cursorsAreNotBlankAndNotBothSet() {
    rejected("pageAfter", "blank", () -> ListParticipantsParams.builder().pageAfter(" ").build());
    rejected("pageBefore", "blank", () -> ListParticipantsParams.builder().pageBefore("").build());
    rejected("pageAfter", "pageBefore", () -> ListParticipantsParams.builder().pageAfter("a").pageBefore("b").build());
  }

  @Test
  void dateRangesMustBeAbleToMatch() {
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    rejected("createdAfter", "earlier than createdBefore",
        () -> ListApplicationsParams.builder().createdAfter(t).createdBefore(t).build());
    rejected("updatedAfter", "earlier than updatedBefore",
        () -> ListApplicationsParams.builder().updatedAfter(t.plusSeconds(1)).updatedBefore(t).build());
  }

  @Test
  void pathIdsAreRequired() {
    rejected("raceId", "blank", () -> client().listRaceParticipants(ListRaceParticipantsParams.builder().build()));
    rejected("eventId", "blank", () -> client().listEventApplications(ListEventApplicationsParams.of(" ")));
    rejected("eventOccurrenceId", "blank", () -> ListRaceParticipantsParams.builder().raceId("r").eventOccurrenceId("").build());
    rejected("search", "blank", () -> ListPartnersParams.builder().search("  ").build());
    rejected("id", "blank", () -> client().getParticipant(""));
    rejected("id", "blank", () -> client().getApplication((String) null));
    rejected("id", "blank", () -> client().getPartner(" "));
    rejected("externalIdType", "must be set", () -> client().getPartnerByExternalId(null, "x"));
    rejected("id", "blank", () -> client().getReservedEntryGroup(""));
    rejected("id", "blank", () -> client().deleteReservedEntryGroup(""));
    rejected("eventId", "blank", () -> client().listReservedEntryGroups(""));
    rejected("eventId", "blank", () -> client().listTickets(""));
    rejected("raceId", "blank", () -> client().registrationSource(" "));
  }

  @Test
  void partnerNamesFollowTheDocsPattern() {
    for (String bad : new String[] {null, "", " Leading space", "X", "two\nlines"}) {
      rejected("name", "^(\\S).+$", () -> client().createPartner(partner().name(bad).build()));
    }
    assertThat(partner().name("Ab").build().name()).isEqualTo("Ab");
    rejected("name", "^(\\S).+$", () -> UpdatePartnerParams.builder().id("p").name("\tTab").build());
  }

  @Test
  void aPartnerNeedsAContactAndAListedType() {
    rejected("contacts", "at least one", () -> client().createPartner(
        CreatePartnerParams.builder().name("National Charity").build()));
    rejected("type", "CHARITY", () -> partner().type(PartnerType.of("CHARITIES")).build());
    rejected("contacts.emailAddress", "e-mail", () -> PartnerContact.ofEmail("not-an-address"));
    rejected("contacts", "at least one member", () -> PartnerContact.builder().build());
    rejected("externalIds.justGiving", "blank", () -> PartnerExternalIds.builder().justGiving(" ").build());
  }

  @Test
  void anUpdateMustChangeSomething() {
    rejected("members", "at least one", () -> client().updatePartner(UpdatePartnerParams.builder().id("p").build()));
    rejected("id", "blank", () -> UpdatePartnerParams.builder().name("Fine name").build());
    rejected("members", "at least one", () -> client().updateReservedEntryGroup(
        UpdateReservedEntryGroupParams.builder().id("re_1").build()));
  }

  @Test
  void claimLinksCheckTheirAddress() {
    rejected("partnerId", "blank", () -> CreateClaimLinkParams.builder().build());
    rejected("emailAddress", "e-mail", () -> client().createClaimLink(
        CreateClaimLinkParams.builder().partnerId("p").emailAddress("partner at letsdothis.com").build()));
    rejected("reservedEntryId", "blank", () -> CreateClaimLinkParams.builder().partnerId("p").reservedEntryId("").build());
  }

  @Test
  void reservedEntryGroupsFollowTheDocsRules() {
    rejected("name", "^(\\S).+$", () -> client().createReservedEntryGroup(group().name(" x").build()));
    rejected("maxCapacity", "must be set", () -> group().maxCapacity(null).build());
    rejected("maxCapacity", "at least 0", () -> group().maxCapacity(-1).build());
    rejected("tickets", "at least one", () -> group().tickets(List.of()).build());
    rejected("type", "must be set", () -> group().type(null).build());
    rejected("type", "MULTI_USE", () -> group().type(ReservedEntryGroupType.of("REUSABLE")).build());
    rejected("partnerId", "blank", () -> group().partnerId(" ").build());
    rejected("tickets.ticketId", "blank", () -> ReservedEntryTicket.of(""));
    assertThat(group().maxCapacity(0).build().maxCapacity()).isZero();

    Consumer<UpdateReservedEntryGroupParams.Builder> none = b -> { };
    none.accept(UpdateReservedEntryGroupParams.builder());
    rejected("maxCapacity", "at least 0", () -> UpdateReservedEntryGroupParams.builder().id("re").maxCapacity(-5).build());
    rejected("tickets", "at least one", () -> UpdateReservedEntryGroupParams.builder().id("re").tickets(List.of()).build());
    rejected("name", "^(\\S).+$", () -> UpdateReservedEntryGroupParams.builder().id("re").name("").build());
  }

  @Test
  void theClientNeedsAReadableKey() {
    rejected("credentials", "must be set", () -> LetsDoThisClient.builder().build());
    rejected("apiKey", "blank", () -> LetsDoThisCredentials.of((String) null));
    rejected("apiKey", "must be set", () -> LetsDoThisCredentials.of((dev.racereg.core.auth.Secret) null));
    rejected("apiKey", "blank", () -> LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(" ")));
    rejected("apiKey", "JWT", () -> LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of("not-a-jwt")).build());
  }

  @Test
  void paramsAreValuesWithVariants() {
    ListRaceParticipantsParams p = ListRaceParticipantsParams.builder().raceId("r").pageSize(50).build();
    ListRaceParticipantsParams q = p.toBuilder().eventOccurrenceId("o").build();
    assertThat(p.eventOccurrenceId()).isEmpty();
    assertThat(q.eventOccurrenceId()).contains("o");
    assertThat(q.pageSize()).contains(50);
    assertThat(p).isEqualTo(ListRaceParticipantsParams.builder().raceId("r").pageSize(50).build()).isNotEqualTo(q);
    assertThat(GetPartnerParams.of("p")).isEqualTo(GetPartnerParams.of("p"))
        .isNotEqualTo(GetPartnerParams.of("p").toBuilder().putAdditionalQueryParam("x", "1").build());
    assertThat(GetPartnerParams.of("p").toBuilder().externalIdType(ExternalIdType.ENTHUSE).build())
        .isEqualTo(GetPartnerParams.builder().id("p").externalIdType(ExternalIdType.ENTHUSE).build());
    UpdatePartnerParams update = UpdatePartnerParams.builder().id("p").name("New name").build();
    assertThat(update.toBuilder().build()).isEqualTo(update).hasSameHashCodeAs(update);
    assertThat(update.toBuilder().description("d").build()).isNotEqualTo(update);
    assertThat(CreateClaimLinkParams.builder().partnerId("p").emailAddress("x@y.com").build().toString())
        .doesNotContain("x@y.com");
  }
}
