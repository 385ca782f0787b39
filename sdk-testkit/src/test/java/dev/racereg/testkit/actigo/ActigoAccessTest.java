package dev.racereg.testkit.actigo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.testkit.Fault;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActigoAccessTest {

  private static final String ORGANISER = "5f1d7a2be4b0c1a2d3e4f501";
  private static final String OTHER_ORGANISER = "5f1d7a2be4b0c1a2d3e4f502";
  private static final String TIMING_COMPANY = "5f1d7a2be4b0c1a2d3e4f5aa";
  private static final String RACE = "638f01d0c5eaf533c891fac3";
  private static final String OTHER_RACE = "638f01d0c5eaf533c891fac4";

  private final ActigoSimulator sim = ActigoSimulator.builder()
      .registrations(5)
      .credentials("pořadatel", "s3cret:with:colons")
      .activity(ORGANISER, RACE)
      .activity(OTHER_ORGANISER, OTHER_RACE, 3)
      .associatedOrganisation(TIMING_COMPANY, ORGANISER)
      .key("casomira", "timing-secret", TIMING_COMPANY)
      .key("other", "other-secret", OTHER_ORGANISER)
      .start();
  private final ActigoHttp http = new ActigoHttp(sim);

  @AfterEach
  void stop() {
    sim.close();
  }

  private static String basic(String name, String secret) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private List<ActigoHttp.Reply> everyEndpoint(ActigoHttp as, String activity) {
    return List.of(
        as.getJson(activity),
        as.getCsv(activity),
        as.putJson(activity, "[]"),
        as.putCsv(activity, "registration.id"),
        as.putResults(activity, "[]"));
  }

  @Test
  void defaultKeyReadsItsOrganisersActivity() {
    assertThat(sim.credentials().keyName()).isEqualTo("pořadatel");
    assertThat(sim.credentials().keySecret()).isEqualTo("s3cret:with:colons");
    assertThat(sim.credentials().authorizationHeader()).isEqualTo(basic("pořadatel", "s3cret:with:colons"));
    assertThat(sim.organiserId()).isEqualTo(ORGANISER);
    assertThat(sim.activityId()).isEqualTo(RACE);
    assertThat(http.getJson(RACE).json()).hasSize(5);
    assertThat(http.getJson(OTHER_RACE).code()).isEqualTo(403);
  }

  @Test
  void credentialsPrintWithoutTheirSecrets() {
    ActigoSandboxCredentials credentials = sim.credentials();
    assertThat(credentials.toString()).contains("pořadatel", credentials.nonMemberKeyName())
        .doesNotContain("s3cret", credentials.nonMemberKeySecret());
    assertThat(credentials.nonMemberAuthorizationHeader())
        .isEqualTo(basic(credentials.nonMemberKeyName(), credentials.nonMemberKeySecret()));
  }

  @Test
  void missingOrWrongCredentialsAre401OnEveryEndpoint() {
    for (String auth : new String[] {null, basic("pořadatel", "wrong"), basic("nobody", "x"),
        "Basic !!!not-base64", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()),
        "Bearer " + sim.credentials().keySecret()}) {
      for (ActigoHttp.Reply reply : everyEndpoint(http.as(auth), RACE)) {
        assertThat(reply.code()).as(String.valueOf(auth)).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).isEqualTo("Unauthorized");
      }
    }
  }

  @Test
  void nonMemberKeyIs403AndChangesNothing() {
    ActigoHttp outsider = http.as(sim.credentials().nonMemberAuthorizationHeader());
    assertThat(sim.credentials().nonMemberAuthorizationHeader())
        .isEqualTo(basic(sim.credentials().nonMemberKeyName(), sim.credentials().nonMemberKeySecret()));
    ActigoRegistrationRow reg = sim.registrations(RACE).get(0);
    for (ActigoHttp.Reply reply : everyEndpoint(outsider, RACE)) {
      assertThat(reply.code()).isEqualTo(403);
      assertThat(reply.json().get("error").asText()).isEqualTo("Forbidden");
    }
    assertThat(outsider.putJson(RACE, "[{\"id\":\"" + reg.id() + "\",\"startNumber\":\"1\"}]")
        .code()).isEqualTo(403);
    assertThat(sim.registration(RACE, reg.id()).orElseThrow()).isEqualTo(reg);
  }

  @Test
  void keyOfAnotherOrganiserSeesOnlyItsOwnActivity() {
    ActigoHttp other = http.as(basic("other", "other-secret"));
    assertThat(other.getJson(OTHER_RACE).json()).hasSize(3);
    assertThat(other.getJson(RACE).code()).isEqualTo(403);
  }

  @Test
  void timingCompanyAssociatedWithTheOrganiserMayReadAndSync() {
    ActigoHttp timing = http.as(basic("casomira", "timing-secret"));
    for (ActigoHttp.Reply reply : everyEndpoint(timing, RACE)) {
      assertThat(reply.code()).isIn(200, 400);
    }
    assertThat(timing.getCsv(RACE).code()).isEqualTo(200);
    assertThat(timing.getJson(OTHER_RACE).code()).isEqualTo(403);
  }

  @Test
  void unknownOrMalformedActivityIsNotFound() {
    for (String activity : new String[] {"638f01d0c5eaf533c891ffff", "12345", "not-an-id",
        "638f01d0c5eaf533c891fac3x"}) {
      for (ActigoHttp.Reply reply : everyEndpoint(http, activity)) {
        assertThat(reply.code()).as(activity).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).isEqualTo("Not Found");
      }
    }
  }

  @Test
  void unknownPathsAre404AndWrongMethods405() {
    for (String path : new String[] {"/events/activities/" + RACE + "/registrations.xml",
        "/events/activities/" + RACE, "/events", "/events/activities/" + RACE + "/registrations.json/x",
        "/registrations.json"}) {
      assertThat(http.get(path).code()).as(path).isEqualTo(404);
    }
    ActigoHttp.Reply post = http.method("POST", ActigoHttp.registrationsPath(RACE, "json"));
    assertThat(post.code()).isEqualTo(405);
    assertThat(post.header("Allow")).isEqualTo("GET, PUT");
    ActigoHttp.Reply delete = http.method("DELETE", ActigoHttp.registrationsPath(RACE, "csv"));
    assertThat(delete.code()).isEqualTo(405);
    // method is checked before the key
    assertThat(http.as(null).method("PATCH", ActigoHttp.registrationsPath(RACE, "json")).code())
        .isEqualTo(405);
  }

  @Test
  void faultsAreServedBeforeNormalAnswers() {
    sim.faults().onPath("registrations.json", Fault.rateLimited(3), 1);
    ActigoHttp.Reply limited = http.getJson(RACE);
    assertThat(limited.code()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("3");
    // the CSV path is not affected, and the JSON path recovers
    assertThat(http.getCsv(RACE).code()).isEqualTo(200);
    assertThat(http.getJson(RACE).code()).isEqualTo(200);

    sim.faults().onPath("registrations.json", Fault.htmlPage(502), 1);
    ActigoRegistrationRow reg = sim.registrations(RACE).get(0);
    ActigoHttp.Reply bad = http.putJson(RACE, "[{\"id\":\"" + reg.id() + "\",\"startNumber\":\"77\"}]");
    assertThat(bad.code()).isEqualTo(502);
    assertThat(sim.registration(RACE, reg.id()).orElseThrow()).isEqualTo(reg);

    sim.faults().next(Fault.disconnect());
    assertThatThrownBy(() -> http.getJson(RACE)).hasRootCauseInstanceOf(java.io.IOException.class);
    assertThat(sim.faults().pending()).isZero();
    assertThat(sim.requestCount()).isEqualTo(5);
  }

  @Test
  void builderRejectsInconsistentConfiguration() {
    assertThatThrownBy(() -> ActigoSimulator.builder().activity(ORGANISER, "123"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activityId");
    assertThatThrownBy(() -> ActigoSimulator.builder().activity(ORGANISER, RACE).activity(ORGANISER, RACE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> ActigoSimulator.builder().registrations(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActigoSimulator.builder().associatedOrganisation(TIMING_COMPANY, ORGANISER).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("undeclared organiser");
    assertThatThrownBy(() -> ActigoSimulator.builder().key("k", "s", TIMING_COMPANY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("undeclared organisation");
    assertThatThrownBy(() -> ActigoSimulator.builder().credentials("k", "s").key("k", "t").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two keys");
    assertThatThrownBy(() -> sim.registrations("638f01d0c5eaf533c891ffff"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActigoSimulator.builder().build().baseUrl())
        .isInstanceOf(IllegalStateException.class);
  }
}
