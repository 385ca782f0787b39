package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.TestOptions;
import java.time.Instant;
import java.time.LocalDate;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ParticipantsParamsTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void aMissingAccessCodeIsRejectedBeforeSending(String code) {
    PaceClient client = Fixtures.client(server.url("/api").toString(), test);

    assertThatThrownBy(() -> client.participants(ParticipantsParams.builder().accessCode(code).eventSlug("e").build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("accessCode");
          assertThat(e.rule()).isEqualTo("must not be blank");
        });
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anAccessCodeWithInnerWhiteSpaceIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> ParticipantsParams.of("VZ5B 066Z", "e"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("accessCode");
          assertThat(e.rule()).isEqualTo("must not contain white space");
          assertThat(e.getMessage()).doesNotContain("VZ5B");
        });
  }

  @Test
  void surroundingWhiteSpaceOfAPastedAccessCodeIsRemoved() {
    assertThat(ParticipantsParams.of("  VZ5B066Z\n", "e").accessCode()).isEqualTo(Secret.of("VZ5B066Z"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "events/my-event", "my event", "my-event?x=1", "a#b",
      "https://pace.sport", "https://pace.sport/", "https://pace.sport/events/bad slug/"})
  void aBadEventSlugIsRejectedBeforeSending(String slug) {
    PaceClient client = Fixtures.client(server.url("/api").toString(), test);

    assertThatThrownBy(() -> client.participantList(
        ParticipantsParams.builder().accessCode("VZ5B066Z").eventSlug(slug).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("eventSlug"));
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
      "pace-triathlon-espoo, pace-triathlon-espoo",
      "' pace-triathlon-espoo ', pace-triathlon-espoo",
      "https://pace.sport/events/pace-triathlon-espoo, pace-triathlon-espoo",
      "https://pace.sport/events/pace-triathlon-espoo/, pace-triathlon-espoo",
      "HTTPS://pace.sport/fi/events/pace-triathlon-espoo?utm_source=mail#top, pace-triathlon-espoo",
      "http://pace.sport/events/juoksu-%C3%A4, juoksu-ä",
  })
  void theSlugIsTakenFromAnEventUrl(String given, String slug) {
    assertThat(ParticipantsParams.of("VZ5B066Z", given).eventSlug()).isEqualTo(slug);
  }

  @Test
  void aClientWithoutCredentialsCannotBeBuilt() {
    assertThatThrownBy(() -> PaceClient.builder().build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("credentials"));
  }

  @Test
  void credentialsAreValidated() {
    assertThatThrownBy(() -> PaceCredentials.of(" ", "secret"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("apiId"));
    assertThatThrownBy(() -> PaceCredentials.of("ID", ""))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("apiSecret"));
    assertThatThrownBy(() -> PaceCredentials.of("ID", (String) null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("apiSecret"));
    assertThatThrownBy(() -> PaceCredentials.of("ID", (Secret) null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("apiSecret"));
    assertThatThrownBy(() -> PaceCredentials.of(null, "secret"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("apiId"));
    assertThatThrownBy(() -> PaceClient.builder().credentials(null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("credentials"));
    assertThatThrownBy(() -> PaceCredentials.of("ID WITH SPACE", "s"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("white space"));
  }

  @Test
  void optionalParametersAreEmptyUnlessSet() {
    ParticipantsParams r = ParticipantsParams.of("VZ5B066Z", "e");

    assertThat(r.language()).isEmpty();
    assertThat(r.sortDirection()).isEmpty();
    assertThat(r.updatedAfterDate()).isEmpty();
    assertThat(r.updatedAfterInstant()).isEmpty();
    assertThat(r.updatedAfterWireValue()).isEmpty();
  }

  @Test
  void aDateAndAnInstantFilterReplaceEachOther() {
    ParticipantsParams byDate = ParticipantsParams.of("VZ5B066Z", "e").toBuilder()
        .updatedAfter(Instant.parse("2022-01-01T00:00:00Z"))
        .updatedAfter(LocalDate.of(2022, 2, 1)).build();
    ParticipantsParams byInstant = byDate.toBuilder().updatedAfter(Instant.parse("2022-01-01T00:00:00Z")).build();

    assertThat(byDate.updatedAfterDate()).contains(LocalDate.of(2022, 2, 1));
    assertThat(byDate.updatedAfterInstant()).isEmpty();
    assertThat(byInstant.updatedAfterDate()).isEmpty();
    assertThat(byInstant.updatedAfterWireValue()).contains("2022-01-01T00:00:00.000Z");
    assertThat(byInstant.toBuilder().updatedAfter((Instant) null).build().updatedAfterWireValue()).isEmpty();
  }

  @Test
  void toBuilderKeepsEveryValueAndEqualityFollowsThem() {
    ParticipantsParams r = ParticipantsParams.builder().accessCode("VZ5B066Z").eventSlug("e")
        .language(PaceLanguage.FI).sortDirection(PaceSortDirection.ASC).updatedAfter(LocalDate.of(2022, 2, 1)).build();

    assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r.toBuilder().accessCode("OTHER123").build()).isNotEqualTo(r);
    assertThat(r.toBuilder().language(null).build()).isNotEqualTo(r);
  }

  @Test
  void toStringShowsTheParametersButNotTheAccessCode() {
    ParticipantsParams r = ParticipantsParams.builder().accessCode("VZ5B066Z").eventSlug("e")
        .language(PaceLanguage.FI).sortDirection(PaceSortDirection.ASC).updatedAfter(LocalDate.of(2022, 2, 1)).build();

    assertThat(r.toString())
        .isEqualTo("ParticipantsParams{eventSlug=e, accessCode=****, language=fi, updatedAfter=2022-02-01, sortDirection=asc}");
  }

  @Test
  void credentialsAreValuesThatNeverPrintTheSecret() {
    PaceCredentials credentials = PaceCredentials.of("APIID123", "s3cr3t-value");

    assertThat(credentials).isEqualTo(PaceCredentials.of("APIID123", Secret.of("s3cr3t-value")))
        .isNotEqualTo(PaceCredentials.of("APIID123", "other-secret"));
    assertThat(credentials.apiId()).isEqualTo("APIID123");
    assertThat(credentials.apiSecret().reveal()).isEqualTo("s3cr3t-value");
    assertThat(credentials.toString()).contains("APIID123").doesNotContain("s3cr3t-value");
  }

  @Test
  void additionalValuesTakePartInEqualityAndSurviveToBuilder() {
    ParticipantsParams plain = ParticipantsParams.of("VZ5B066Z", "e");
    ParticipantsParams extended = plain.toBuilder().putAdditionalBodyProperty("includeRefunds", true).build();

    assertThat(extended).isNotEqualTo(plain);
    assertThat(extended.toBuilder().build()).isEqualTo(extended);
    assertThat(extended.additionalBodyProperties()).containsKey("includeRefunds");
    assertThat(extended.toString()).contains("includeRefunds=true").doesNotContain("VZ5B066Z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"accessCode", "apiSecret", "apiId"})
  void theEscapeHatchCannotCarryTheCredentialsOrTheAccessCode(String name) {
    // they would print in toString(), and the SDK sets them itself
    ParticipantsParams.Builder b = ParticipantsParams.builder().accessCode("VZ5B066Z").eventSlug("e")
        .putAdditionalBodyProperty(name, "SECRETVALUE");

    assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo("additionalBodyProperties");
      assertThat(e.getMessage()).contains(name).doesNotContain("SECRETVALUE");
    });
  }
}
