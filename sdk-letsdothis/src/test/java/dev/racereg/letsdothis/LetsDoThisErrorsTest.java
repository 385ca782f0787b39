package dev.racereg.letsdothis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.testing.TestOptions;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Error statuses and unreadable bodies become SDK exceptions; retries follow the idempotency class. */
class LetsDoThisErrorsTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private LetsDoThisClient client() {
    return Fixtures.client(server.url("/v0").toString(), test);
  }

  private static CreatePartnerParams partner() {
    return CreatePartnerParams.builder().name("National Charity").addContact(PartnerContact.ofEmail("a@b.org")).build();
  }

  @Test
  void aRejectedKeyIsAnAuthenticationException() {
    server.enqueue(Fixtures.json(401, "{\"statusCode\":401,\"message\":\"API key has been revoked\",\"error\":\"Unauthorized\"}"));

    Throwable t = catchThrowable(() -> client().listParticipants());

    assertThat(t).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("HTTP 401").hasMessageContaining("API key has been revoked");
    assertThat(server.getRequestCount()).isEqualTo(1); // not retried
  }

  @Test
  void everyBrokenRuleShowsInABadRequest() {
    server.enqueue(Fixtures.json(400, "{\"statusCode\":400,\"message\":[\"name must match /^(\\\\S).+$/ regular "
        + "expression\",\"contacts.0.emailAddress must be an email\"],\"error\":\"Bad Request\"}"));

    ApiException e = (ApiException) catchThrowable(() -> client().createPartner(partner()));

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.providerMessage()).contains(
        "name must match /^(\\S).+$/ regular expression; contacts.0.emailAddress must be an email");
    assertThat(e.statusCode()).isEqualTo(400);
  }

  @Test
  void notFoundAndTheDocumentedServerError() {
    server.enqueue(Fixtures.json(404, "{\"statusCode\":404,\"message\":\"Partner p_x not found\",\"error\":\"Not Found\"}"));
    server.enqueue(Fixtures.json(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}"));
    LetsDoThisClient c = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(Fixtures.validKey())).options(test.builder(
        server.url("/v0").toString()).retryPolicy(dev.racereg.core.http.RetryPolicy.none()).build()).build();

    assertThat(catchThrowable(() -> c.getPartner("p_x"))).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Partner p_x not found");
    assertThat(catchThrowable(() -> c.getPartner("p_y"))).isInstanceOf(ServerException.class);
  }

  @Test
  void otherErrorShapesStillGiveAMessage() {
    server.enqueue(Fixtures.json(400, "{\"statusCode\":400,\"error\":\"Bad Request\"}"));
    server.enqueue(Fixtures.json(400, "{\"errors\":[{\"message\":\"search too long\"}]}"));
    server.enqueue(Fixtures.json(400, "{\"message\":[]}"));

    assertThat(catchThrowable(() -> client().listPartners())).hasMessageContaining("Bad Request");
    assertThat(catchThrowable(() -> client().listPartners())).hasMessageContaining("search too long");
    assertThat(catchThrowable(() -> client().listPartners())).isInstanceOf(BadRequestException.class);
  }

  @Test
  void unreadableErrorBodiesLeaveTheStatusToSpeak() {
    server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html><head><title>502 Bad Gateway</title></head></html>").build());
    server.enqueue(Fixtures.json(403, ""));
    server.enqueue(Fixtures.json(409, "{\"statusCode\":409,"));
    LetsDoThisClient c = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(Fixtures.validKey())).options(test.builder(
        server.url("/v0").toString()).retryPolicy(dev.racereg.core.http.RetryPolicy.none()).build()).build();

    assertThat(catchThrowable(() -> c.listTickets("e"))).isInstanceOf(ServerException.class)
        .hasMessageContaining("HTML").hasMessageContaining("502 Bad Gateway");
    assertThat(catchThrowable(() -> c.listTickets("e"))).isInstanceOf(dev.racereg.core.error.PermissionDeniedException.class);
    assertThat(catchThrowable(() -> c.listTickets("e"))).isInstanceOf(dev.racereg.core.error.ConflictException.class);
  }

  @Test
  void successfulResponsesThatAreNotTheDocumentedJsonAreDecodingExceptions() {
    List<MockResponse> bodies = List.of(
        Fixtures.json(200, ""),
        Fixtures.json(200, "{\"data\":[{\"id\":\"a\"},"),
        Fixtures.json(200, "{\"data\": nope}"),
        new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
            .body("<!DOCTYPE html><html><body>Maintenance</body></html>").build(),
        Fixtures.json(200, "{\"items\":[]}"),
        Fixtures.json(200, "[1,2]"),
        Fixtures.json(200, "{\"data\":[{\"createdAt\":\"yesterday\"}]}"),
        Fixtures.json(200, "{\"data\":[{\"originalTicketPrice\":{\"value\":12.5,\"currencyCode\":\"GBP\"}}]}"),
        Fixtures.json(200, "{\"data\":[{\"originalTicketPrice\":{\"value\":1250,\"currencyCode\":\"ZZZ\"}}]}"),
        Fixtures.json(200, "{\"data\":[{\"originalTicketPrice\":{\"value\":1250}}]}"));
    bodies.forEach(server::enqueue);

    for (int i = 0; i < bodies.size(); i++) {
      Throwable t = catchThrowable(() -> client().listParticipants());
      assertThat(t).as("body %d", i).isInstanceOf(DecodingException.class);
    }
  }

  @Test
  void singleResourcesMustBeObjects() {
    server.enqueue(Fixtures.json(200, ""));
    server.enqueue(Fixtures.json(200, "[]"));
    server.enqueue(Fixtures.json(200, "{\"id\":"));

    for (int i = 0; i < 3; i++) {
      assertThat(catchThrowable(() -> client().getParticipant("x"))).isInstanceOf(DecodingException.class);
    }
  }

  @Test
  void readsAreRetriedOnThrottlingHonouringRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").body("").build());
    server.enqueue(Fixtures.json(503, ""));
    server.enqueue(Fixtures.json(200, Fixtures.emptyPage()));

    assertThat(client().listParticipants().items()).isEmpty();

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(test.sleeper.sleeps().get(0)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void updatesAndDeletesAreRetriedLikeReads() {
    server.enqueue(Fixtures.json(503, ""));
    server.enqueue(Fixtures.fixture("partner.json"));
    server.enqueue(Fixtures.json(502, ""));
    server.enqueue(Fixtures.json(200, "{}"));

    client().updatePartner(UpdatePartnerParams.builder().id("p").name("New name").build());
    client().deleteReservedEntryGroup("re_1");

    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aCreateIsNeverReplayedOnceThePlatformAnswered() {
    // core's policy: an UNSAFE request that got any answer reached the platform, so even a 429 is
    // handed to the caller (with its Retry-After) rather than replayed
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
    server.enqueue(Fixtures.json(503, ""));

    Throwable throttled = catchThrowable(() -> client().createPartner(partner()));
    Throwable unavailable = catchThrowable(() -> client().createReservedEntryGroup(
        CreateReservedEntryGroupParams.builder().eventId("e").name("Charity Entries").maxCapacity(5)
            .addTicket("t").type(ReservedEntryGroupType.MULTI_USE).build()));

    assertThat(throttled).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) throttled).retryAfter()).contains(Duration.ofSeconds(1));
    assertThat(unavailable).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(test.sleeper.sleeps()).isEmpty();
  }

  @Test
  void aCreateWhoseAnswerIsLostIsNotRepeatedAndSaysHowToCheck() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(Fixtures.json(201, Fixtures.read("partner.json")));

    Throwable t = catchThrowable(() -> client().createPartner(partner()));

    assertThat(t).isInstanceOf(TransportException.class).hasMessageContaining("outcome unknown")
        .hasMessageContaining("search=\"National Charity\"");
    assertThat(((TransportException) t).outcomeUnknown()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rateLimitsCarryTheWait() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());

    Throwable t = catchThrowable(() -> client().listParticipants());

    assertThat(t).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) t).retryAfter()).contains(Duration.ofHours(1));
    assertThat(t).isInstanceOf(RaceRegException.class);
  }
}
