package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.ServerException;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RunSignup's error format, inside 200s and with error statuses, and bodies that are not data. */
class ErrorsTest extends RsuTestSupport {

  private RaceRegException getRaceFailure() {
    try {
      client().getRace(GetRaceParams.of(RACE));
    } catch (RaceRegException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  @ParameterizedTest
  @CsvSource({
      "6, AuthenticationException", "13, AuthenticationException", "101, AuthenticationException",
      "102, AuthenticationException", "7, PermissionDeniedException", "103, PermissionDeniedException",
      "15, NotFoundException", "201, NotFoundException", "3, BadRequestException", "9, BadRequestException",
      "11, BadRequestException", "115, BadRequestException", "116, BadRequestException",
      "1, ApiException", "5, ApiException", "999, ApiException"})
  void errorCodesInsideA200MapToTypedExceptions(String code, String type) {
    enqueueJson("{\"error\":{\"error_code\":" + code + ",\"error_msg\":\"Message for " + code + "\"}}");
    RaceRegException e = getRaceFailure();
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    ApiException api = (ApiException) e;
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.providerCode()).contains(code);
    assertThat(api.providerMessage()).contains("Message for " + code);
    assertThat(api.getMessage()).contains("code " + code).contains("Message for " + code).contains("GET ")
        .doesNotContain(SECRET);
  }

  @Test
  void theDocsErrorExamplesAsFixturesInJsonAndXml() {
    enqueueJson(resource("error-key-auth.json"));
    enqueueXml(resource("error-key-auth.xml"));
    enqueueXml("<response><error><error_code>201</error_code><error_msg>Race not found</error_msg></error></response>");
    RaceRegException json = getRaceFailure();
    RaceRegException xml = getRaceFailure();
    RaceRegException wrapped = getRaceFailure();
    assertThat(json).isInstanceOf(AuthenticationException.class);
    assertThat(((ApiException) json).providerMessage()).contains("Key authentication failed");
    assertThat(xml).isInstanceOf(AuthenticationException.class);
    assertThat(((ApiException) xml).providerCode()).contains("6");
    assertThat(wrapped).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(RunSignupErrorCode.of(e)).contains(RunSignupErrorCode.RACE_NOT_FOUND));
  }

  @Test
  void aBareErrorMessageIsAnErrorWithoutCode() {
    enqueueJson("{\"error\":\"Something went wrong\"}");
    assertThat(getRaceFailure()).isExactlyInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).providerMessage()).contains("Something went wrong"));
  }

  @Test
  void errorStatusesWithRunSignupBodiesKeepTheCodeAndTheStatusFamily() {
    enqueue(404, "application/json", "{\"error\":{\"error_code\":1,\"error_msg\":\"Unknown method\"}}");
    enqueue(403, "application/json", "{\"error\":{\"error_code\":6,\"error_msg\":\"Key authentication failed\"}}");
    enqueue(500, "text/xml", "<error><error_code>5</error_code><error_msg>Database error</error_msg></error>");
    RaceRegException notFound = getRaceFailure();
    RaceRegException auth = getRaceFailure();
    assertThat(notFound).isInstanceOf(NotFoundException.class);
    assertThat(((ApiException) notFound).providerCode()).contains("1");
    assertThat(auth).isInstanceOf(AuthenticationException.class); // the code wins: credentials can be renewed
    RunSignupClient noRetry = RunSignupClient.builder().credentials(RunSignupCredentials.apiKey(KEY, SECRET))
        .options(test.builder(baseUrl()).retryPolicy(dev.racereg.core.http.RetryPolicy.none()).build()).build();
    assertThatThrownBy(() -> noRetry.getRace(GetRaceParams.of(RACE))).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.providerMessage()).contains("Database error"));
  }

  @Test
  void throttleCode14IsRetriedForSafeCallsWithTheBackoffOfThePolicy() {
    enqueueJson("{\"error\":{\"error_code\":14,\"error_msg\":\"Request throttled\"}}");
    enqueueJson("{\"error\":{\"error_code\":14,\"error_msg\":\"Request throttled\"}}");
    enqueueJson("{\"race\":{\"race_id\":12345}}");
    RunSignupRace race = client().getRace(GetRaceParams.of(RACE));

    assertThat(race.raceId()).isEqualTo(12345);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(test.log.all()).contains("retrying runsignup.getRace");
  }

  @Test
  void throttleCode14HonoursRetryAfterAndGivesUpWhenAttemptsRunOut() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).setHeader("Retry-After", "7")
          .body("{\"error\":{\"error_code\":14,\"error_msg\":\"Request throttled\"}}").build());
    }
    assertThat(getRaceFailure()).isInstanceOfSatisfying(RateLimitException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void throttleCode14IsNotResentForAnUnsafeCall() {
    enqueueJson("{\"error\":{\"error_code\":14,\"error_msg\":\"Request throttled\"}}");
    assertThatThrownBy(() -> client().createResultSet(CreateResultSetParams.builder().raceId(RACE).eventId(1)
        .name("Overall").build())).isInstanceOf(RateLimitException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(test.sleeper.sleeps()).isEmpty();
  }

  @Test
  void malformedTruncatedEmptyAndHtmlBodiesAreDecodingErrors() {
    enqueueJson("{\"race\":{\"race_id\":12345,\"name\":\"Scio");
    enqueueJson("{\"race\": [1, 2,, ]}");
    enqueueJson("");
    enqueue(200, "text/html", "<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>");
    enqueueJson("{\"race\":{\"name\":\"no id\"}}");
    enqueueJson("[1,2,3]");
    for (int i = 0; i < 6; i++) {
      RaceRegException e = getRaceFailure();
      assertThat(e).as("body %d", i).isInstanceOf(DecodingException.class);
      assertThat(e.getMessage()).doesNotContain(SECRET);
    }
  }

  @Test
  void anHtmlErrorPageIsAnApiExceptionNamingItsTitle() {
    RunSignupClient noRetry = RunSignupClient.builder().credentials(RunSignupCredentials.apiKey(KEY, SECRET))
        .options(test.builder(baseUrl()).retryPolicy(dev.racereg.core.http.RetryPolicy.none()).build()).build();
    enqueue(502, "text/html", "<html><head><title>502 Bad Gateway</title></head></html>");
    assertThatThrownBy(() -> noRetry.getRace(GetRaceParams.of(RACE))).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.getMessage()).contains("502 Bad Gateway"));
  }

  @Test
  void participantBodiesOfTheWrongShapeAreDecodingErrors() {
    enqueueJson("{\"participants\":[{\"event_id\":1}]}");
    enqueueJson("[{\"event\":{\"event_id\":1},\"participants\":[{\"registration_id\":\"abc\"}]}]");
    enqueueJson("[{\"event\":{},\"participants\":[{\"registration_id\":5}]}]");
    enqueueJson("{\"race\":{}}");
    for (int i = 0; i < 4; i++) {
      int n = i;
      assertThatThrownBy(() -> client().getParticipants(ParticipantsParams.builder().raceId(RACE).eventId(1).build()))
          .as("body %d", n).isInstanceOf(DecodingException.class);
    }
  }

  @Test
  void fuzzedBodiesNeverEscapeAsAnythingButSdkExceptions() {
    String valid = resource("participants.json");
    long seed = 4242L;
    SplittableRandom random = new SplittableRandom(seed);
    RunSignupClient client = RunSignupClient.builder().credentials(RunSignupCredentials.apiKey(KEY, SECRET))
        .options(test.builder(baseUrl()).retryPolicy(dev.racereg.core.http.RetryPolicy.none())
            .logLevel(dev.racereg.core.http.LogLevel.NONE).build()).build();
    for (int i = 0; i < 60; i++) {
      StringBuilder body = new StringBuilder(valid);
      int edits = 1 + random.nextInt(4);
      for (int k = 0; k < edits; k++) {
        int at = random.nextInt(body.length());
        switch (random.nextInt(3)) {
          case 0: body.setLength(at); break;
          case 1: body.insert(at, "{[\",:}]".charAt(random.nextInt(7))); break;
          default: body.deleteCharAt(at); break;
        }
        if (body.length() == 0) {
          break;
        }
      }
      enqueueJson(body.toString());
      try {
        client.getParticipants(ParticipantsParams.builder().raceId(RACE).eventId(512001).build()).items();
      } catch (RaceRegException e) {
        assertThat(e).as("seed %d, case %d", seed, i).isInstanceOfAny(DecodingException.class, ApiException.class);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", case " + i + ": " + e + " for body " + body, e);
      }
    }
  }

  @Test
  void unknownErrorCodesStayOpen() {
    assertThat(RunSignupErrorCode.of("14")).isSameAs(RunSignupErrorCode.THROTTLED);
    RunSignupErrorCode later = RunSignupErrorCode.of("404");
    assertThat(later.isKnown()).isFalse();
    assertThat(later.value()).isEqualTo("404");
    assertThat(BadRequestException.class).isAssignableTo(ApiException.class);
    assertThat(PermissionDeniedException.class).isAssignableTo(ApiException.class);
  }
}
