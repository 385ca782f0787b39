package dev.racereg.testkit.letsdothis;

import static dev.racereg.testkit.letsdothis.LdtTestSupport.all;
import static dev.racereg.testkit.letsdothis.LdtTestSupport.call;
import static dev.racereg.testkit.letsdothis.LdtTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SettableClock;
import dev.racereg.testkit.letsdothis.LdtTestSupport.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Partners, claim links and reserved entry groups: state changes and validation. */
class LetsDoThisWriteEndpointsTest {

  private static final String NEW_PARTNER = "{\"name\":\"Harbour Lifeboat Appeal\","
      + "\"description\":\"Lifeboats\",\"type\":\"CHARITY\","
      + "\"externalIds\":{\"enthuse\":\"E-991\",\"justGiving\":\"JG-1234\"},"
      + "\"contacts\":[{\"firstName\":\"Nia\",\"lastName\":\"Howells\","
      + "\"emailAddress\":\"nia@harbourlifeboat.org.uk\"}],"
      + "\"defaultMarketing\":{\"optInText\":\"Hear from us\"},\"canCreateSubPartners\":true}";

  private final SettableClock clock = new SettableClock(Instant.parse("2025-03-10T12:00:00Z"));
  private final LetsDoThisSimulator sim = LetsDoThisSimulator.builder().clock(clock)
      .participants(300).applications(10).partners(8).build().start();
  private final String token = sim.credentials().validToken();

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void partnersListAndSearchIgnoringCase() {
    List<JsonNode> partners = all(sim, token, "/partners");
    assertThat(partners).hasSize(8);
    assertThat(partners.get(0).fieldNames()).toIterable().containsExactly("id", "name",
        "description", "type", "externalIds", "contacts", "defaultMarketing",
        "specificMarketings", "canCreateSubPartners", "createdAt", "updatedAt");
    assertThat(partners).allSatisfy(p -> assertThat(p.get("id").asText()).matches("p_[0-9a-z]{11}"));
    List<JsonNode> found = all(sim, token, "/partners", "search", "HEART");
    assertThat(found).extracting(p -> p.get("name").asText()).containsExactly("Northern Heart Research");
    assertThat(get(sim, token, "/partners", "search", "zzz").body().get("data")).isEmpty();
    assertThat(get(sim, token, "/partners", "page[size]", "3").body().get("data")).hasSize(3);
    assertThat(get(sim, token, "/partners", "extendMetadata", "true").code()).isEqualTo(400);
  }

  @Test
  void createdPartnerIsServedEverywhereAndFoundByExternalIds() {
    Reply created = call(sim, token, "POST", "/partners", NEW_PARTNER);
    assertThat(created.code()).isEqualTo(201);
    JsonNode partner = created.body();
    String id = partner.get("id").asText();
    assertThat(partner.get("name").asText()).isEqualTo("Harbour Lifeboat Appeal");
    assertThat(partner.get("createdAt").asText()).isEqualTo("2025-03-10T12:00:00.000Z");
    assertThat(partner.get("specificMarketings")).isEmpty();
    assertThat(get(sim, token, "/partners/" + id).body()).isEqualTo(partner);
    assertThat(get(sim, token, "/partners/E-991", "externalId", "enthuse").body()).isEqualTo(partner);
    assertThat(get(sim, token, "/partners/JG-1234", "externalId", "justGiving").body())
        .isEqualTo(partner);
    assertThat(get(sim, token, "/partners/E-991", "externalId", "justGiving").code()).isEqualTo(404);
    assertThat(get(sim, token, "/partners/E-991", "externalId", "strava").code()).isEqualTo(400);
    assertThat(sim.partner(id)).contains(partner);
    assertThat(all(sim, token, "/partners", "search", "lifeboat")).hasSize(1);
    // the same external id cannot be given to a second partner
    Reply duplicate = call(sim, token, "POST", "/partners", NEW_PARTNER);
    assertThat(duplicate.code()).isEqualTo(400);
    assertThat(duplicate.body().get("message").toString()).contains("externalIds.enthuse");
  }

  @Test
  void generatedCharitiesCanBeFoundByTheirLondonMarathonId() {
    JsonNode withLm = sim.partners().stream()
        .filter(p -> p.get("externalIds").has("londonMarathon")).findFirst().orElseThrow();
    String lm = withLm.get("externalIds").get("londonMarathon").asText();
    assertThat(get(sim, token, "/partners/" + lm, "externalId", "londonMarathon").body()
        .get("id")).isEqualTo(withLm.get("id"));
  }

  @Test
  void invalidPartnerBodiesAre400ListingEveryBrokenRule() {
    Reply empty = call(sim, token, "POST", "/partners", "{}");
    assertThat(empty.code()).isEqualTo(400);
    assertThat(messages(empty)).containsExactly("name should not be empty",
        "contacts should not be empty");
    Reply bad = call(sim, token, "POST", "/partners", "{\"name\":\" leading space\","
        + "\"type\":\"NGO\",\"contacts\":[],\"colour\":\"red\",\"canCreateSubPartners\":\"yes\","
        + "\"externalIds\":{\"strava\":\"1\"}}");
    assertThat(messages(bad)).containsExactlyInAnyOrder("property colour should not exist",
        "name must match /^(\\S).+$/ regular expression",
        "type must be one of the following values: CHARITY, CORPORATE, FRIENDS_AND_FAMILY,"
            + " MERCH_PARTNER, SPONSOR",
        "contacts must contain at least 1 elements",
        "canCreateSubPartners must be a boolean value",
        "externalIds.property strava should not exist");
    assertThat(messages(call(sim, token, "POST", "/partners",
        "{\"name\":\"Ok\",\"contacts\":[{\"emailAddress\":\"not-an-email\"}]}")))
        .containsExactly("contacts.0.emailAddress must be an email");
    assertThat(messages(call(sim, token, "POST", "/partners", "{\"name\":\"X\","
        + "\"contacts\":[{\"emailAddress\":\"a@b.co\"}]}")))
        .containsExactly("name must match /^(\\S).+$/ regular expression");
    Reply notJson = call(sim, token, "POST", "/partners", "{name:");
    assertThat(notJson.code()).isEqualTo(400);
    assertThat(sim.partners()).hasSize(8);
  }

  @Test
  void updatingAPartnerChangesOnlyWhatWasSentAndStampsUpdatedAt() {
    JsonNode before = sim.partners().get(0);
    String id = before.get("id").asText();
    clock.advance(Duration.ofHours(2));
    Reply updated = call(sim, token, "PATCH", "/partners/" + id,
        "{\"name\":\"Renamed Trust\",\"externalIds\":{\"londonMarathon\":\"LM0001\"}}");
    assertThat(updated.code()).isEqualTo(200);
    JsonNode after = updated.body();
    assertThat(after.get("name").asText()).isEqualTo("Renamed Trust");
    assertThat(after.get("description")).isEqualTo(before.get("description"));
    assertThat(after.get("createdAt")).isEqualTo(before.get("createdAt"));
    assertThat(after.get("updatedAt").asText()).isEqualTo("2025-03-10T14:00:00.000Z");
    assertThat(after.get("externalIds").get("londonMarathon").asText()).isEqualTo("LM0001");
    if (before.get("externalIds").has("enthuse")) {
      assertThat(after.get("externalIds").get("enthuse")).isEqualTo(before.get("externalIds").get("enthuse"));
    }
    assertThat(sim.partner(id)).contains(after);
    List<JsonNode> recent = all(sim, token, "/partners", "updatedAt[after]", "2025-03-10T13:00:00.000Z");
    assertThat(recent).extracting(p -> p.get("id").asText()).containsExactly(id);

    Reply byExternal = call(sim, token, "PATCH", "/partners/LM0001", "{\"description\":\"New\"}",
        "externalId", "londonMarathon");
    assertThat(byExternal.body().get("description").asText()).isEqualTo("New");
    assertThat(messages(call(sim, token, "PATCH", "/partners/" + id, "{\"type\":\"SPONSOR\"}")))
        .containsExactly("property type should not exist");
    assertThat(messages(call(sim, token, "PATCH", "/partners/" + id, "{\"name\":\"\"}")))
        .containsExactly("name must match /^(\\S).+$/ regular expression");
    assertThat(call(sim, token, "PATCH", "/partners/p_doesnotexist", "{}").code()).isEqualTo(404);
  }

  @Test
  void claimLinksAreCreatedAndRecorded() {
    JsonNode group = sim.reservedEntryGroups().stream()
        .filter(g -> !g.get("partnerId").isNull()).findFirst().orElseThrow();
    String partnerId = group.get("partnerId").asText();
    Reply general = call(sim, token, "POST", "/partners/" + partnerId + "/claim-link",
        "{\"emailAddress\":\"partner@letsdothis.com\"}");
    assertThat(general.code()).isEqualTo(201);
    assertThat(general.body().get("url").asText()).startsWith("https://");
    Reply forGroup = call(sim, token, "POST", "/partners/" + partnerId + "/claim-link",
        "{\"reservedEntryId\":\"" + group.get("id").asText() + "\"}");
    assertThat(forGroup.code()).isEqualTo(201);
    assertThat(forGroup.body().get("url").asText()).contains(group.get("id").asText());
    assertThat(sim.claimLinks()).hasSize(2);
    assertThat(sim.claimLinks().get(0).emailAddress()).isEqualTo("partner@letsdothis.com");
    assertThat(sim.claimLinks().get(0).createdAt()).isEqualTo(clock.instant());
    assertThat(sim.claimLinks().get(1).reservedEntryId()).isEqualTo(group.get("id").asText());

    String otherPartner = sim.partners().stream().map(p -> p.get("id").asText())
        .filter(p -> !p.equals(partnerId)).findFirst().orElseThrow();
    Reply wrongGroup = call(sim, token, "POST", "/partners/" + otherPartner + "/claim-link",
        "{\"reservedEntryId\":\"" + group.get("id").asText() + "\"}");
    assertThat(wrongGroup.code()).isEqualTo(400);
    assertThat(messages(call(sim, token, "POST", "/partners/" + partnerId + "/claim-link",
        "{\"emailAddress\":\"nope\"}"))).containsExactly("emailAddress must be an email");
    assertThat(call(sim, token, "POST", "/partners/p_missing/claim-link", "{}").code())
        .isEqualTo(404);
    assertThat(sim.claimLinks()).hasSize(2);
  }

  @Test
  void reservedEntryGroupsOfAnEventAreListedWithUsage() {
    LetsDoThisEvent event = sim.events().get(0);
    Reply reply = get(sim, token, "/events/" + event.eventId() + "/reserved-entries");
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body().fieldNames()).toIterable().containsExactly("data");
    JsonNode groups = reply.body().get("data");
    assertThat(groups).hasSize(2);
    for (JsonNode g : groups) {
      assertThat(g.fieldNames()).toIterable().containsExactly("id", "name", "description",
          "eventId", "partnerId", "maxCapacity", "usedCapacity", "tickets", "type", "settings");
      assertThat(g.get("eventId").asText()).isEqualTo(event.eventId());
      assertThat(g.get("usedCapacity").asInt()).isBetween(0, g.get("maxCapacity").asInt());
      assertThat(g.get("type").asText()).isIn("MULTI_USE", "SINGLE_USE");
      assertThat(event.ticketIds()).contains(g.get("tickets").get(0).get("ticketId").asText());
    }
    // participants booked through a group carry its code and name as metadata
    int used = 0;
    for (JsonNode g : groups) {
      used += g.get("usedCapacity").asInt();
    }
    if (used > 0) {
      assertThat(sim.participants()).anySatisfy(p -> {
        assertThat(p.get("reservedEntryGroupCode").asText()).startsWith("re_x-");
        assertThat(p.get("reservedEntryUrl").asText()).contains(p.get("reservedEntryGroupCode").asText());
      });
    }
  }

  @Test
  void reservedEntryGroupLifecycle() {
    LetsDoThisEvent event = sim.events().get(1);
    String ticket = event.ticketIds().get(0);
    String partner = sim.partners().get(2).get("id").asText();
    Reply created = call(sim, token, "POST", "/events/" + event.eventId() + "/reserved-entries",
        "{\"name\":\"Club Places\",\"partnerId\":\"" + partner + "\",\"maxCapacity\":25,"
            + "\"tickets\":[{\"ticketId\":\"" + ticket + "\"}],\"type\":\"SINGLE_USE\","
            + "\"settings\":{\"expiresAt\":\"2025-06-01T00:00:00.000Z\"}}");
    assertThat(created.code()).isEqualTo(201);
    JsonNode group = created.body();
    String id = group.get("id").asText();
    assertThat(id).matches("re_[0-9a-z]{11}");
    assertThat(group.get("usedCapacity").asInt()).isZero();
    assertThat(group.get("eventId").asText()).isEqualTo(event.eventId());
    assertThat(group.get("partnerId").asText()).isEqualTo(partner);
    assertThat(get(sim, token, "/reserved-entries/" + id).body()).isEqualTo(group);
    assertThat(get(sim, token, "/events/" + event.eventId() + "/reserved-entries").body()
        .get("data")).hasSize(3);

    Reply patched = call(sim, token, "PATCH", "/reserved-entries/" + id,
        "{\"maxCapacity\":40,\"description\":\"For club members\"}");
    assertThat(patched.code()).isEqualTo(200);
    assertThat(patched.body().get("maxCapacity").asInt()).isEqualTo(40);
    assertThat(patched.body().get("description").asText()).isEqualTo("For club members");
    assertThat(patched.body().get("name").asText()).isEqualTo("Club Places");
    assertThat(sim.reservedEntryGroup(id)).contains(patched.body());

    Reply deleted = call(sim, token, "DELETE", "/reserved-entries/" + id, null);
    assertThat(deleted.code()).isEqualTo(200);
    assertThat(deleted.body()).isEmpty();
    assertThat(get(sim, token, "/reserved-entries/" + id).code()).isEqualTo(404);
    assertThat(call(sim, token, "DELETE", "/reserved-entries/" + id, null).code()).isEqualTo(404);
    assertThat(sim.reservedEntryGroup(id)).isEmpty();
  }

  @Test
  void invalidReservedEntryGroupsAre400() {
    LetsDoThisEvent event = sim.events().get(0);
    String otherEventTicket = sim.events().get(1).ticketIds().get(0);
    String path = "/events/" + event.eventId() + "/reserved-entries";
    assertThat(messages(call(sim, token, "POST", path, "{}"))).containsExactly(
        "name should not be empty", "maxCapacity should not be empty", "tickets should not be empty",
        "type should not be empty");
    assertThat(messages(call(sim, token, "POST", path, "{\"name\":\"Ok name\",\"maxCapacity\":-1,"
        + "\"tickets\":[],\"type\":\"MULTI\",\"partnerId\":\"p_nobody\"}")))
        .containsExactlyInAnyOrder("maxCapacity must not be less than 0",
            "tickets must contain at least 1 elements",
            "type must be one of the following values: MULTI_USE, SINGLE_USE, UNKNOWN",
            "partnerId p_nobody does not match any partner");
    assertThat(messages(call(sim, token, "POST", path, "{\"name\":\"Ok name\",\"maxCapacity\":5,"
        + "\"tickets\":[{\"ticketId\":\"" + otherEventTicket + "\"}],\"type\":\"MULTI_USE\"}")))
        .containsExactly("tickets.0.ticketId " + otherEventTicket + " is not a ticket of this event");

    JsonNode used = sim.reservedEntryGroups().stream()
        .filter(g -> g.get("usedCapacity").asInt() > 0).findFirst().orElse(null);
    if (used != null) {
      Reply shrink = call(sim, token, "PATCH", "/reserved-entries/" + used.get("id").asText(),
          "{\"maxCapacity\":" + (used.get("usedCapacity").asInt() - 1) + "}");
      assertThat(shrink.code()).isEqualTo(400);
      assertThat(messages(shrink).get(0)).contains("usedCapacity");
    }
    String any = sim.reservedEntryGroups().get(0).get("id").asText();
    assertThat(messages(call(sim, token, "PATCH", "/reserved-entries/" + any,
        "{\"type\":\"SINGLE_USE\",\"tickets\":[]}"))).containsExactlyInAnyOrder(
        "property type should not exist", "tickets must contain at least 1 elements");
    assertThat(sim.reservedEntryGroups()).hasSize(6);
  }

  private static List<String> messages(Reply reply) {
    assertThat(reply.code()).isEqualTo(400);
    List<String> out = new ArrayList<>();
    reply.body().get("message").forEach(m -> out.add(m.asText()));
    return out;
  }
}
