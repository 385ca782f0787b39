package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.TestOptions;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Error statuses and error bodies of every shape become typed SDK exceptions with Actigo's message. */
class ActigoErrorsTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private ActigoClient client() {
    return ActigoClient.builder().credentials(ActigoCredentials.of(Fixtures.KEY_NAME, Fixtures.KEY_SECRET))
        .options(test.builder(server.url("/api").toString()).retryPolicy(RetryPolicy.none()).build()).build();
  }

  private ApiException download(MockResponse response) {
    server.enqueue(response);
    return catchThrowableOfType(ApiException.class, () -> client().registrationList(RegistrationsParams.of(ACTIVITY)));
  }

  @Test
  void statusesPickTheExceptionFamily() {
    assertThat(download(Fixtures.json(401, "{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"invalid access key\"}")))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("HTTP 401").hasMessageContaining("invalid access key");
    assertThat(download(Fixtures.json(403, "{\"message\":\"not a member of the organiser\"}")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(download(Fixtures.json(404, "{\"title\":\"Not Found\",\"status\":404}")))
        .isInstanceOf(NotFoundException.class).satisfies(e -> assertThat(e.providerMessage()).contains("Not Found"));
    assertThat(download(Fixtures.json(500, "{}"))).isInstanceOf(ServerException.class);
    assertThat(download(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build()))
        .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
  }

  @Test
  void problemDetailsWithFieldErrorsAreSummarised() {
    ApiException e = download(Fixtures.json(400, "{\"type\":\"https://tools.ietf.org/html/rfc7231#section-6.5.1\","
        + "\"title\":\"One or more validation errors occurred.\",\"status\":400,\"traceId\":\"00-abc\","
        + "\"errors\":{\"[0].person.birthDate\":[\"The birthDate field is required.\"]}}"));
    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.providerMessage()).contains("[0].person.birthDate: The birthDate field is required.");
  }

  @Test
  void errorObjectsAndCodesAreRead() {
    ApiException e = download(Fixtures.json(400, "{\"error\":{\"code\":\"InvalidState\",\"message\":\"unknown state\"}}"));
    assertThat(e.providerCode()).contains("InvalidState");
    assertThat(e.providerMessage()).contains("unknown state");
    assertThat(download(Fixtures.json(400, "{\"error\":\"bad_request\"}")).providerMessage()).contains("bad_request");
    assertThat(download(Fixtures.json(400, "{\"errors\":[{\"message\":\"first\"},\"second\"]}")).providerMessage())
        .contains("first; second");
  }

  @Test
  void plainTextHtmlEmptyAndGarbageBodiesStillGiveTheStatus() {
    ApiException text = download(new MockResponse.Builder().code(400).setHeader("Content-Type", "text/plain")
        .body("Invalid organizedActivityId").build());
    assertThat(text.providerMessage()).contains("Invalid organizedActivityId");

    ApiException html = download(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>").build());
    assertThat(html).isInstanceOf(ServerException.class).hasMessageContaining("502 Bad Gateway");

    ApiException empty = download(new MockResponse.Builder().code(404).build());
    assertThat(empty).isInstanceOf(NotFoundException.class);
    assertThat(empty.providerMessage()).isEmpty();

    for (String garbage : List.of("{\"message\":", "[1,2]", "\u0000\u0001binary", "{\"message\":{\"nested\":true}}")) {
      ApiException e = download(Fixtures.json(400, garbage));
      assertThat(e).isInstanceOf(BadRequestException.class).hasMessageContaining("HTTP 400");
    }
  }

  @Test
  void aRefusedChunkIsReportedNotThrown() {
    server.enqueue(Fixtures.json(403, "{\"message\":\"not a member of the organiser\"}"));
    SyncReport<RegistrationSyncItem, ActigoRegistration> report = client().syncRegistrations(
        SyncRegistrationsParams.of(ACTIVITY, List.of(RegistrationSyncItem.startNumber(Fixtures.REGISTRATION, "1"))));
    assertThat(report.failure()).get().isInstanceOf(PermissionDeniedException.class);
    assertThat(report.notApplied()).hasSize(1);
    assertThatThrownBy(report::throwIfFailed).isInstanceOf(ActigoSyncException.class)
        .hasMessageContaining("0 of 1 items applied").hasMessageContaining("not a member of the organiser");
  }
}
