package dev.racereg.fftri;

import static dev.racereg.fftri.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Licence;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.core.unified.LicenceCheck;
import dev.racereg.core.unified.LicenceCheck.Outcome;
import dev.racereg.core.unified.LicenceQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verifier against a dispatcher that answers per licence. Seasons are the doc's (2012-2013
 * to 2018); the test clock (2026) makes 2018 (id 10) the current one. Licences:
 * {@code VALID-*} valid in 2018; {@code LAPSED-*} valid in 2017 only, refused in 2018 with a
 * message that does not say why; {@code OTHER-*} refused with "not available for season";
 * {@code UNKNOWN-*} not found anywhere; {@code OKTEXT-*} answered 200 with a KO message;
 * {@code BOOM-*} a server error.
 */
class FftriLicenceVerifierTest {

  @StartStop
  final MockWebServer server = Fixtures.fastServer();

  private final TestOptions t = new TestOptions();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger seasonCalls = new AtomicInteger();
  private final AtomicInteger licenceCalls = new AtomicInteger();
  private FftriClient client;

  @BeforeEach
  void setUp() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
          return answer(request);
        } finally {
          inFlight.decrementAndGet();
        }
      }
    });
    client = FftriClient.builder().credentials(Fixtures.credentials())
        .options(Fixtures.options(server, t).retryPolicy(RetryPolicy.none()).logLevel(LogLevel.NONE).build()).build();
  }

  private MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/api/seasons")) {
      seasonCalls.incrementAndGet();
      return json(Fixtures.read("seasons.json"));
    }
    JsonNode body;
    try {
      body = Codecs.json().readTree(request.getBody().utf8());
    } catch (IOException e) {
      return json(400, "{\"success\":false,\"error\":\"bad json\"}");
    }
    String licence = body.path("licence").asText();
    String season = path.substring(path.lastIndexOf('/') + 1);
    if (path.startsWith("/api/licence-infos/")) {
      boolean holderMatches = body.path("lastname").asText().equals("Martin") && body.path("gender").asText().equals("f")
          && body.path("birthdate").asText().equals("1985-04-12");
      if (licence.startsWith("VALID") && season.equals("10") && holderMatches) {
        return json("{\"licenseNumber\":\"" + licence + "\",\"licenseValidationDate\":\"2018-02-03\",\"mutation\":\"NON\","
            + "\"nationality\":\"Fran\\u00e7aise\",\"ageCategory\":\"Senior 3\",\"club_id\":\"1001\","
            + "\"club_name\":\"TRINOSAURE\",\"certifComp\":\"1\",\"letterType\":\"A\",\"needPassCompet\":\"0\"}");
      }
      return json(404, "{\"success\":false,\"error\":\"Licence not found\"}");
    }
    licenceCalls.incrementAndGet();
    if (licence.startsWith("VALID") && season.equals("10") || licence.startsWith("LAPSED") && season.equals("9")) {
      return json("{\"message\":\"OK - licence found and available for season\"}");
    }
    if (licence.startsWith("LAPSED")) {
      return json(404, "{\"success\":false,\"error\":\"Licence refusée\"}");
    }
    if (licence.startsWith("OTHER")) {
      return json(404, "{\"message\":\"KO - licence not available for season\"}");
    }
    if (licence.startsWith("OKTEXT")) {
      return json("{\"message\":\"KO - licence not found\"}");
    }
    if (licence.startsWith("BOOM")) {
      return json(500, "{\"error\":\"database unavailable\"}");
    }
    return json(404, "{\"message\":\"KO - licence not found\"}");
  }

  @Test
  void validLicenceOfTheCurrentSeason() {
    LicenceCheck check = client.licenceVerifier().verify(LicenceQuery.of("VALID-1"));

    assertThat(check.outcome()).isEqualTo(Outcome.VALID);
    Licence licence = check.licence().orElseThrow();
    assertThat(licence.federation()).isEqualTo("FFTRI");
    assertThat(licence.number()).isEqualTo("VALID-1");
    assertThat(licence.season()).contains("2018");
    assertThat(licence.validFrom()).contains(LocalDate.of(2018, 1, 1));
    assertThat(licence.validUntil()).contains(LocalDate.of(2018, 12, 31));
    assertThat(check.message()).contains("OK - licence found and available for season");
  }

  @Test
  void seasonByNameOrId() {
    FftriLicenceVerifier verifier = client.licenceVerifier();

    assertThat(verifier.verify(LicenceQuery.of("LAPSED-1", "2017", "reg-1")).outcome()).isEqualTo(Outcome.VALID);
    assertThat(verifier.verify(LicenceQuery.of("LAPSED-1", "9", null)).outcome()).isEqualTo(Outcome.VALID);
    assertThat(seasonCalls).hasValue(1);
    LicenceCheck unknown = verifier.verify(LicenceQuery.of("VALID-1", "2031", null));
    assertThat(unknown.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(unknown.message().orElseThrow()).contains("unknown FFTri season \"2031\"").contains("2018");
    assertThat(seasonCalls).hasValue(2); // refreshed once in case the season was added since
  }

  @Test
  void lapsedLicenceIsWrongSeasonFoundByProbingThePreviousSeason() {
    LicenceCheck check = client.licenceVerifier().verify(LicenceQuery.of("LAPSED-7"));

    assertThat(check.outcome()).isEqualTo(Outcome.WRONG_SEASON);
    assertThat(check.licence().orElseThrow().season()).contains("2017");
    assertThat(check.message().orElseThrow()).contains("valid for season 2017, not for 2018");
  }

  @Test
  void aRefusalSayingNotAvailableIsWrongSeasonWithoutProbing() {
    LicenceCheck check = client.licenceVerifier().verify(LicenceQuery.of("OTHER-1"));

    assertThat(check.outcome()).isEqualTo(Outcome.WRONG_SEASON);
    assertThat(check.message()).contains("KO - licence not available for season");
    assertThat(licenceCalls).hasValue(1);
  }

  @Test
  void unknownLicenceIsNotFound() {
    LicenceCheck check = client.licenceVerifier().verify(LicenceQuery.of("UNKNOWN-1"));
    LicenceCheck koIn200 = client.licenceVerifier().verify(LicenceQuery.of("OKTEXT-1"));

    assertThat(check.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(check.message()).contains("KO - licence not found");
    assertThat(check.licence()).isEmpty();
    assertThat(koIn200.outcome()).isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void withoutProbingALapsedLicenceIsNotFound() {
    FftriLicenceVerifier verifier = FftriLicenceVerifier.builder(client).probeAdjacentSeasons(false).build();

    assertThat(verifier.verify(LicenceQuery.of("LAPSED-1")).outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(licenceCalls).hasValue(1);
  }

  @Test
  void aFailedCheckIsAnErrorNotAnException() {
    LicenceCheck check = client.licenceVerifier().verify(LicenceQuery.of("BOOM-1"));

    assertThat(check.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(check.message().orElseThrow()).contains("HTTP 500").contains("database unavailable");
  }

  @Test
  void withTheHolderTheLicenceCarriesItsDetails() {
    FftriLicenceVerifier verifier = client.licenceVerifier();
    FftriLicenceVerifier.Holder martin = new FftriLicenceVerifier.Holder(FftriGender.FEMALE, "Martin", LocalDate.of(1985, 4, 12));
    FftriLicenceVerifier.Holder impostor = new FftriLicenceVerifier.Holder(FftriGender.MALE, "Martin", LocalDate.of(1985, 4, 12));

    LicenceCheck check = verifier.verify(LicenceQuery.of("VALID-9"), martin);
    LicenceCheck mismatch = verifier.verify(LicenceQuery.of("VALID-9"), impostor);
    LicenceCheck lapsed = verifier.verify(LicenceQuery.of("LAPSED-9"), martin);

    assertThat(check.outcome()).isEqualTo(Outcome.VALID);
    Licence licence = check.licence().orElseThrow();
    assertThat(licence.validFrom()).contains(LocalDate.of(2018, 2, 3));
    assertThat(licence.category()).contains("Senior 3");
    assertThat(licence.club()).contains("TRINOSAURE");
    assertThat(licence.type()).contains("A");
    assertThat(licence.holder().orElseThrow().lastName()).contains("Martin");
    assertThat(licence.holder().orElseThrow().gender()).isEqualTo(Gender.FEMALE);
    assertThat(licence.holder().orElseThrow().nationality()).contains("Française");
    assertThat(mismatch.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(mismatch.message().orElseThrow()).contains("holder").contains("do not match");
    assertThat(lapsed.outcome()).isEqualTo(Outcome.WRONG_SEASON);
  }

  @Test
  void thousandsOfChecksKeepOrderDropNothingAndStayBounded() {
    List<LicenceQuery> queries = new ArrayList<>();
    String[] kinds = {"VALID", "VALID", "VALID", "VALID", "VALID", "VALID", "LAPSED", "OTHER", "UNKNOWN", "BOOM"};
    for (int i = 0; i < 2500; i++) {
      queries.add(LicenceQuery.of(kinds[i % kinds.length] + "-" + i, null, "reg-" + i));
    }
    FftriLicenceVerifier verifier = client.licenceVerifier();

    List<LicenceCheck> checks = verifier.verifyAll(queries);

    assertThat(verifier.concurrency()).isEqualTo(4);
    assertThat(checks).hasSize(queries.size());
    for (int i = 0; i < checks.size(); i++) {
      LicenceCheck c = checks.get(i);
      assertThat(c.query()).isSameAs(queries.get(i));
      Outcome expected = switch (kinds[i % kinds.length]) {
        case "VALID" -> Outcome.VALID;
        case "LAPSED", "OTHER" -> Outcome.WRONG_SEASON;
        case "UNKNOWN" -> Outcome.NOT_FOUND;
        default -> Outcome.ERROR;
      };
      assertThat(c.outcome()).as("query %d", i).isEqualTo(expected);
    }
    assertThat(maxInFlight.get()).isLessThanOrEqualTo(4);
    assertThat(seasonCalls).hasValue(1);
  }

  @Test
  void concurrencyIsConfigurable() {
    FftriLicenceVerifier verifier = FftriLicenceVerifier.builder(client).concurrency(2).build();
    List<LicenceQuery> queries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      queries.add(LicenceQuery.of("VALID-" + i));
    }

    assertThat(verifier.verifyAll(queries)).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.VALID));
    assertThat(maxInFlight.get()).isLessThanOrEqualTo(2);
    assertThatThrownBy(() -> FftriLicenceVerifier.builder(client).concurrency(0).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> verifier.verifyAll(queries, 0)).isInstanceOf(ValidationException.class);
  }

  @Test
  void whenSeasonsCannotBeReadEveryCheckIsAnError() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return json(503, "{\"error\":\"maintenance\"}");
      }
    });

    List<LicenceCheck> checks = client.licenceVerifier().verifyAll(List.of(LicenceQuery.of("A"), LicenceQuery.of("B")));

    assertThat(checks).extracting(LicenceCheck::outcome).containsExactly(Outcome.ERROR, Outcome.ERROR);
    assertThat(checks.get(0).message().orElseThrow()).contains("503");
  }
}
