package dev.racereg.testkit.letsdothis;

import static dev.racereg.testkit.letsdothis.LdtTestSupport.call;
import static dev.racereg.testkit.letsdothis.LdtTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SettableClock;
import dev.racereg.testkit.letsdothis.LdtTestSupport.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bearer JWT checks on every endpoint, and data scoped to the key's organiser. */
class LetsDoThisAuthTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2025-03-10T12:00:00Z"));
  private final LetsDoThisSimulator sim = LetsDoThisSimulator.builder().clock(clock)
      .participants(60).applications(20).tokenValidity(Duration.ofDays(30)).build().start();

  @AfterEach
  void stop() {
    sim.close();
  }

  /** Every documented operation: method, path, body. */
  private List<String[]> operations() {
    String event = sim.eventIds().get(0);
    String race = sim.raceIds().get(0);
    String participant = sim.participants().get(0).get("id").asText();
    String application = sim.applications().get(0).get("id").asText();
    String partner = sim.partners().get(0).get("id").asText();
    String group = sim.reservedEntryGroups().get(0).get("id").asText();
    return List.of(
        new String[] {"GET", "/applications", null},
        new String[] {"GET", "/applications/" + application, null},
        new String[] {"GET", "/events/" + event + "/applications", null},
        new String[] {"GET", "/participants", null},
        new String[] {"GET", "/participants/" + participant, null},
        new String[] {"GET", "/races/" + race + "/participants", null},
        new String[] {"GET", "/partners/" + partner, null},
        new String[] {"PATCH", "/partners/" + partner, "{\"description\":\"x\"}"},
        new String[] {"GET", "/partners", null},
        new String[] {"POST", "/partners", "{}"},
        new String[] {"POST", "/partners/" + partner + "/claim-link", "{}"},
        new String[] {"GET", "/reserved-entries/" + group, null},
        new String[] {"PATCH", "/reserved-entries/" + group, "{}"},
        new String[] {"DELETE", "/reserved-entries/" + group, null},
        new String[] {"GET", "/events/" + event + "/reserved-entries", null},
        new String[] {"POST", "/events/" + event + "/reserved-entries", "{}"},
        new String[] {"GET", "/events/" + event + "/tickets", null});
  }

  @Test
  void everyOperationRejectsAMissingKeyWith401AndAJsonBody() {
    for (String[] op : operations()) {
      Reply reply = call(sim, null, op[0], op[1], op[2]);
      assertThat(reply.code()).as("%s %s", op[0], op[1]).isEqualTo(401);
      assertThat(reply.body().get("statusCode").asInt()).isEqualTo(401);
      assertThat(reply.body().get("error").asText()).isEqualTo("Unauthorized");
      assertThat(reply.wwwAuthenticate()).startsWith("Bearer");
    }
    // nothing was changed by the rejected writes
    assertThat(sim.reservedEntryGroups()).hasSize(6);
    assertThat(sim.partners()).hasSize(6);
  }

  @Test
  void credentialsPrintWithoutTheirKeys() {
    LetsDoThisSandboxCredentials credentials = sim.credentials();
    assertThat(credentials.organiserId()).isEqualTo("204517");
    assertThat(credentials.toString()).contains("204517")
        .doesNotContain(credentials.validToken(), credentials.expiredToken());
  }

  @Test
  void everyOperationAcceptsTheValidKey() {
    for (String[] op : operations()) {
      Reply reply = call(sim, sim.credentials().validToken(), op[0], op[1], op[2]);
      assertThat(reply.code()).as("%s %s", op[0], op[1]).isNotEqualTo(401);
    }
  }

  @Test
  void expiredKeysAre401AndValidKeysExpireWithTheClock() {
    Reply expired = get(sim, sim.credentials().expiredToken(), "/participants");
    assertThat(expired.code()).isEqualTo(401);
    assertThat(expired.body().get("message").asText()).isEqualTo("API key expired");
    String valid = sim.credentials().validToken();
    assertThat(get(sim, valid, "/participants").code()).isEqualTo(200);
    clock.advance(Duration.ofDays(31));
    assertThat(get(sim, valid, "/participants").code()).isEqualTo(401);
    assertThat(get(sim, sim.tokenFor(sim.credentials().organiserId()), "/participants").code()).isEqualTo(200);
  }

  @Test
  void validTokenIsAReadableHs256JwtWithTheOrganiserId() throws Exception {
    String[] parts = sim.credentials().validToken().split("\\.");
    assertThat(parts).hasSize(3);
    JsonNode header = LdtTestSupport.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
    JsonNode claims = LdtTestSupport.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertThat(header.get("alg").asText()).isEqualTo("HS256");
    assertThat(claims.get("organiserId").asText()).isEqualTo(sim.credentials().organiserId());
    assertThat(claims.get("iat").asLong()).isEqualTo(clock.instant().getEpochSecond());
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong())
        .isEqualTo(Duration.ofDays(30).toSeconds());
  }

  @Test
  void forgedMalformedAndRevokedKeysAre401() {
    String valid = sim.credentials().validToken();
    String[] parts = valid.split("\\.");
    String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
        ("{\"organiserId\":\"999\",\"iat\":1741600000}").getBytes(StandardCharsets.UTF_8));
    String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String foreign;
    try (LetsDoThisSimulator other = LetsDoThisSimulator.builder().participants(1)
        .signingSecret("someone else's secret").build()) {
      foreign = other.credentials().validToken();
    }
    for (String bad : List.of(parts[0] + "." + otherClaims + "." + parts[2],
        noneHeader + "." + parts[1] + ".", noneHeader + "." + parts[1] + "." + parts[2],
        "not-a-jwt", parts[0] + "." + parts[1], foreign)) {
      Reply reply = get(sim, bad, "/participants");
      assertThat(reply.code()).as(bad).isEqualTo(401);
    }
    for (String header : List.of("Basic " + valid, "Bearer", valid, "Bearer  ")) {
      Request request = new Request.Builder().url(sim.baseUrl() + "/participants")
          .header("Authorization", header).build();
      assertThat(LdtTestSupport.execute(request).code()).as(header).isEqualTo(401);
    }
    Request lowerCase = new Request.Builder().url(sim.baseUrl() + "/participants")
        .header("Authorization", "bearer " + valid).build();
    assertThat(LdtTestSupport.execute(lowerCase).code()).isEqualTo(200);
    sim.revokeToken(valid);
    Reply revoked = get(sim, valid, "/participants");
    assertThat(revoked.code()).isEqualTo(401);
    assertThat(revoked.body().get("message").asText()).contains("revoked");
    String nonExpiring = sim.mintToken(sim.credentials().organiserId(), Instant.EPOCH, null);
    assertThat(get(sim, nonExpiring, "/participants").code()).isEqualTo(200);
  }

  @Test
  void anotherOrganiserSeesNoneOfTheDataButItsOwnWrites() {
    String stranger = sim.tokenFor("777001");
    Reply participants = get(sim, stranger, "/participants");
    assertThat(participants.code()).isEqualTo(200);
    assertThat(participants.body().get("data")).isEmpty();
    assertThat(participants.body().get("page").get("totalResults").asInt()).isZero();
    assertThat(get(sim, stranger, "/applications").body().get("data")).isEmpty();
    assertThat(get(sim, stranger, "/partners").body().get("data")).isEmpty();
    String participant = sim.participants().get(0).get("id").asText();
    assertThat(get(sim, stranger, "/participants/" + participant).code()).isEqualTo(404);
    String partner = sim.partners().get(0).get("id").asText();
    assertThat(get(sim, stranger, "/partners/" + partner).code()).isEqualTo(404);
    assertThat(get(sim, stranger, "/events/" + sim.eventIds().get(0) + "/tickets").code())
        .isEqualTo(404);
    assertThat(get(sim, stranger, "/races/" + sim.raceIds().get(0) + "/participants").code())
        .isEqualTo(404);
    String group = sim.reservedEntryGroups().get(0).get("id").asText();
    assertThat(call(sim, stranger, "DELETE", "/reserved-entries/" + group, null).code())
        .isEqualTo(404);
    assertThat(sim.reservedEntryGroup(group)).isPresent();

    Reply created = call(sim, stranger, "POST", "/partners",
        "{\"name\":\"Stranger Charity\",\"contacts\":[{\"emailAddress\":\"a@b.org\"}]}");
    assertThat(created.code()).isEqualTo(201);
    assertThat(get(sim, stranger, "/partners").body().get("data")).hasSize(1);
    assertThat(LdtTestSupport.all(sim, sim.credentials().validToken(), "/partners"))
        .noneSatisfy(p -> assertThat(p.get("name").asText()).isEqualTo("Stranger Charity"));
  }
}
