package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Money;
import java.time.LocalDateTime;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Setup event registration periods: the one operation runsignup.txt documents in full. */
class RegistrationPeriodsTest extends RsuTestSupport {

  /** The three periods of the doc's own example. */
  static RegistrationPeriodsParams.Builder docExample() {
    return RegistrationPeriodsParams.builder().raceId(RACE).eventId(512001)
        .addPeriodCents(LocalDateTime.of(2015, 6, 7, 11, 0, 0), LocalDateTime.of(2016, 5, 28, 23, 59, 59), 2600)
        .addPeriod(LocalDateTime.of(2016, 5, 29, 0, 0, 0), LocalDateTime.of(2016, 6, 3, 21, 0, 0),
            Money.ofMinor(3000, "USD"))
        .addPeriodCents(LocalDateTime.of(2016, 6, 4, 0, 0, 0), LocalDateTime.of(2016, 6, 4, 9, 0, 0), 3500);
  }

  @Test
  void jsonRequestIsTheDocExampleInTheRequestFormField() {
    enqueueJson("{\"success\":true}");
    RunSignupSuccess result = client().setupRegistrationPeriods(docExample().build());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/Rest/race/12345/registration-periods?format=json&api_key=key-abc&api_secret="
        + SECRET);
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    Map<String, String> form = form(r);
    assertThat(form).containsOnlyKeys("event_id", "request_format", "request");
    assertThat(form.get("event_id")).isEqualTo("512001");
    assertThat(form.get("request_format")).isEqualTo("json");
    assertThat(json(form.get("request"))).isEqualTo(json(resource("registration-periods-request.json")));
    assertThat(result.success()).isTrue();
  }

  @Test
  void xmlRequestIsTheDocExampleWithTheDocumentedElementNames() {
    enqueueXml("<?xml version=\"1.0\"?><response><success>T</success></response>");
    client().setupRegistrationPeriods(docExample().requestFormat(RequestFormat.XML)
        .responseFormat(ResponseFormat.XML).build());

    RecordedRequest r = take();
    assertThat(r.getUrl().queryParameter("format")).isEqualTo("xml");
    Map<String, String> form = form(r);
    assertThat(form.get("request_format")).isEqualTo("xml");
    assertThat(compactXml(form.get("request"))).isEqualTo(compactXml(resource("registration-periods-request.xml")));
  }

  @Test
  void successIsReadLenientlyInBothResponseFormats() {
    enqueueJson("{\"success\":\"T\",\"message\":\"Registration periods updated\"}");
    enqueueXml("<success>T</success>");
    enqueueJson("{}");
    RunSignupClient client = client();
    assertThat(client.setupRegistrationPeriods(docExample().build()).message())
        .contains("Registration periods updated");
    assertThat(client.setupRegistrationPeriods(docExample().responseFormat(ResponseFormat.XML).build()).success())
        .isTrue();
    assertThat(client.setupRegistrationPeriods(docExample().build()).success()).isTrue();
  }

  @Test
  void aFalseSuccessFlagIsThrownNotReturned() {
    enqueueJson("{\"success\":false}");
    assertThatThrownBy(() -> client().setupRegistrationPeriods(docExample().build()))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("success=false")
        .hasMessageContaining("/race/12345/registration-periods")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void errorsInsideA200AreThrownInEitherFormat() {
    enqueueJson("{\"error\":{\"error_code\":11,\"error_msg\":\"Invalid submission: periods overlap\"}}");
    enqueueXml("<error><error_code>6</error_code><error_msg>Key authentication failed</error_msg></error>");
    RunSignupClient client = client();
    assertThatThrownBy(() -> client.setupRegistrationPeriods(docExample().build()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.providerCode()).contains("11");
          assertThat(e.providerMessage()).contains("Invalid submission: periods overlap");
        });
    assertThatThrownBy(() -> client.setupRegistrationPeriods(docExample().responseFormat(ResponseFormat.XML).build()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void replaceAllIsSafeSoAThrottledRequestIsSentAgain() {
    enqueueJson("{\"error\":{\"error_code\":14,\"error_msg\":\"Request throttled\"}}");
    enqueueJson("{\"success\":true}");
    client().setupRegistrationPeriods(docExample().build());
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(form(take())).isEqualTo(form(take()));
    assertThat(test.sleeper.sleeps()).hasSize(1);
  }

  @Test
  void periodsAreValidatedBeforeAnythingIsSent() {
    LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
    assertRule(RegistrationPeriodsParams.builder().raceId(RACE).eventId(1), "periods", "at least one");
    assertRule(RegistrationPeriodsParams.builder().raceId(RACE).eventId(1).addPeriodCents(t, t, 100),
        "periods[0].closes", "after opens");
    assertRule(RegistrationPeriodsParams.builder().raceId(RACE).eventId(1).addPeriodCents(t.plusDays(1), t, 100),
        "periods[0].closes", "after opens");
    assertRule(RegistrationPeriodsParams.builder().raceId(RACE).eventId(1)
        .addPeriodCents(t, t.plusDays(10), 100).addPeriodCents(t.plusDays(5), t.plusDays(20), 200),
        "periods[1].opens", "must not overlap");
    assertRule(RegistrationPeriodsParams.builder().raceId(RACE).eventId(1)
        .addPeriodCents(t.plusDays(10), t.plusDays(20), 100).addPeriodCents(t, t.plusDays(10), 200),
        "periods[0].opens", "must not overlap"); // touching ends overlap, whatever the order given
    assertRule(RegistrationPeriodsParams.builder().raceId(RACE).eventId(1).addPeriodCents(t, t.plusDays(1), -1),
        "periods[0].raceFee", "must not be negative");
    assertRule(RegistrationPeriodsParams.builder().raceId(RACE).eventId(1)
        .addPeriod(t, t.plusDays(1), Money.ofMinor(2500, "EUR")), "periods[0].raceFee", "must be in USD");
    assertRule(RegistrationPeriodsParams.builder().raceId(RACE).eventId(1)
        .addPeriodCents(t.withNano(5_000_000), t.plusDays(1), 100), "periods[0].opens", "whole seconds");
    assertRule(RegistrationPeriodsParams.builder().raceId(RACE).addPeriodCents(t, t.plusDays(1), 100), "eventId",
        "must be set");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aFreePeriodIsAllowed() {
    LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
    RegistrationPeriodsParams p = RegistrationPeriodsParams.builder().raceId(RACE).eventId(1)
        .addPeriodCents(t, t.plusDays(1), 0).addPeriodCents(t.plusDays(1).plusSeconds(1), t.plusDays(2), 500).build();
    assertThat(p.periods()).hasSize(2);
    assertThat(p.toBuilder().build().periods()).isEqualTo(p.periods());
  }

  private static void assertRule(RegistrationPeriodsParams.Builder b, String field, String rule) {
    assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).contains(rule);
    });
  }
}
