package dev.racereg.letsdothis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.CredentialsExpiredException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.TestOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The JWT key: its claims, its expiry, and that it never shows where a user could see it. */
class LetsDoThisAuthTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  @Test
  void theKeysClaimsAreReadable() {
    Instant exp = TestOptions.NOW.plus(Duration.ofDays(30));
    LetsDoThisClient client = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(Fixtures.key(exp)))
        .options(test.options(server.url("/v0").toString())).build();

    assertThat(client.credentials().organiserId()).contains(Fixtures.ORGANISER);
    assertThat(client.credentials().expiresAt()).contains(exp);
    assertThat(client.credentials().isExpired(client.options().clock())).isFalse();
    assertThat(client.credentials().claims().names()).contains("organiserId", "exp", "iat");
    assertThat(client.toString()).contains(Fixtures.ORGANISER);
  }

  @Test
  void theCredentialsReadTheKeyAndNeverShowIt() {
    Instant exp = TestOptions.NOW.plus(Duration.ofDays(30));
    String key = Fixtures.key(exp);
    LetsDoThisCredentials credentials = LetsDoThisCredentials.of(key + "\n");

    assertThat(credentials.organiserId()).contains(Fixtures.ORGANISER);
    assertThat(credentials.expiresAt()).contains(exp);
    assertThat(credentials.isExpired(java.time.Clock.fixed(exp.minusSeconds(1), java.time.ZoneOffset.UTC))).isFalse();
    assertThat(credentials.isExpired(java.time.Clock.fixed(exp, java.time.ZoneOffset.UTC))).isTrue();
    assertThat(credentials).isEqualTo(LetsDoThisCredentials.of(key))
        .isEqualTo(LetsDoThisCredentials.of(dev.racereg.core.auth.Secret.of(key)));
    assertThat(credentials.toString()).contains(Fixtures.ORGANISER).contains("****")
        .doesNotContain(key).doesNotContain(key.split("\\.")[1]);
  }

  @Test
  void otherSpellingsOfTheOrganiserClaimAreRead() {
    LetsDoThisClient client = LetsDoThisClient.builder()
        .credentials(LetsDoThisCredentials.of(Fixtures.jwt("{\"organizerId\":98765}"))).build();
    assertThat(client.credentials().organiserId()).contains("98765");
    assertThat(LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(Fixtures.jwt("{\"sub\":\"x\"}"))).build().credentials().organiserId()).isEmpty();
    assertThat(LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(Fixtures.jwt("{}"))).build().credentials().expiresAt()).isEmpty();
  }

  @Test
  void anExpiredKeyIsRefusedBeforeSending() {
    Instant exp = TestOptions.NOW.minus(Duration.ofMinutes(1));
    LetsDoThisClient client = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(Fixtures.key(exp)))
        .options(test.options(server.url("/v0").toString())).build();

    assertThat(client.credentials().isExpired(client.options().clock())).isTrue();
    Throwable t = catchThrowable(() -> client.listParticipants());
    assertThat(t).isInstanceOf(CredentialsExpiredException.class).hasMessageContaining(exp.toString());
    assertThat(((CredentialsExpiredException) t).expiredAt()).isEqualTo(exp);
    assertThat(catchThrowable(() -> client.createPartner(CreatePartnerParams.builder().name("Ab")
        .addContact(PartnerContact.ofEmail("a@b.co")).build()))).isInstanceOf(CredentialsExpiredException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theKeyExpiresByTheOptionsClock() {
    Instant exp = TestOptions.NOW.plus(Duration.ofMinutes(5));
    LetsDoThisClient client = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(Fixtures.key(exp)))
        .options(test.options(server.url("/v0").toString())).build();
    server.enqueue(Fixtures.json(200, Fixtures.emptyPage()));

    client.listParticipants();
    test.clock.advance(Duration.ofMinutes(5));

    assertThat(catchThrowable(client::listParticipants)).isInstanceOf(CredentialsExpiredException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theCanaryKeyAppearsNowhereAUserCouldSee() throws Exception {
    String canary = Fixtures.jwt("{\"organiserId\":\"CANARY-ORG\",\"exp\":" + TestOptions.NOW.plus(Duration.ofDays(1))
        .getEpochSecond() + ",\"canary\":\"" + Canaries.CORE + "\"}");
    LetsDoThisClient client = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(canary))
        .options(test.builder(server.url("/v0").toString()).retryPolicy(RetryPolicy.none()).build()).build();
    LetsDoThisRegistrationSource source = client.registrationSource("r1");

    // a success, then a platform that echoes the key back in errors and a broken success
    server.enqueue(Fixtures.json(200, Fixtures.realistic()));
    server.enqueue(Fixtures.json(401, "{\"statusCode\":401,\"message\":\"invalid key " + canary + "\"}"));
    server.enqueue(Fixtures.json(400, "{\"statusCode\":400,\"message\":[\"Bearer " + canary + " rejected\"]}"));
    server.enqueue(Fixtures.json(200, "{\"data\": [ \"" + canary + "\" "));
    server.enqueue(Fixtures.json(500, "<html><title>" + canary + "</title></html>"));

    assertThat(client.listParticipants().items()).hasSize(2);
    List<Throwable> failures = new ArrayList<>();
    failures.add(catchThrowable(() -> client.listParticipants()));
    failures.add(catchThrowable(() -> client.updatePartner(UpdatePartnerParams.builder().id("p").name("Xy").build())));
    failures.add(catchThrowable(() -> client.getParticipant("x")));
    failures.add(catchThrowable(() -> source.registrations().count()));

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + canary);

    List<String> shown = new ArrayList<>(test.log.lines());
    assertThat(test.log.all()).contains("Authorization: ****").contains("Amelia"); // bodies are logged
    for (Throwable failure : failures) {
      assertThat(failure).isInstanceOf(RaceRegException.class);
      for (Throwable t = failure; t != null; t = t.getCause()) {
        shown.add(String.valueOf(t.getMessage()));
        shown.add(t.toString());
      }
      if (failure instanceof ApiException) {
        shown.add(((ApiException) failure).bodyExcerpt());
        shown.add(((ApiException) failure).details().toString());
      }
      if (failure instanceof DecodingException) {
        shown.add(((DecodingException) failure).excerpt());
      }
    }
    shown.add(client.toString());
    shown.add(source.toString());
    shown.add(client.credentials().claims().toString());
    shown.add(client.options().toString());
    assertThat(failures.get(0)).hasMessageContaining("invalid key ****");
    String parts[] = canary.split("\\.");
    for (String line : shown) {
      assertThat(line).doesNotContain(canary).doesNotContain(parts[1]).doesNotContain(parts[2]);
    }
  }
}
