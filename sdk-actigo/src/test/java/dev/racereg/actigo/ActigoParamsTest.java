package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static dev.racereg.actigo.Fixtures.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.TestOptions;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The params every operation takes: value equality, {@code toBuilder()}, a {@code toString()}
 * without secrets or personal data, and the additional values arriving at Actigo.
 */
class ActigoParamsTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private static final RegistrationSyncItem ITEM = RegistrationSyncItem.startNumber(REGISTRATION, "0007");

  private static final ActigoResult RESULT = ActigoResult.builder()
      .person(SyncPerson.builder().givenName("Lucie").surname("Horáková").sex(Sex.FEMALE)
          .birthDate(LocalDate.of(1992, 4, 18)).build())
      .position(1).build();

  private static void refused(ThrowingCallable call, String field, String ruleFragment) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).contains(ruleFragment);
    });
  }

  private static void assertExtrasArrived(RecordedRequest r) {
    assertThat(r.getUrl().queryParameter("dryRun")).isEqualTo("true");
    assertThat(r.getHeaders().get("X-Actigo-Trace")).isEqualTo("t-1");
    // the operation's own headers are still there
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(Fixtures.BASIC);
  }

  @Test
  void downloadsSendTheAdditionalQueryParamAndHeader() throws Exception {
    server.enqueue(Fixtures.fixture("registrations.json"));
    server.enqueue(Fixtures.fixture("registrations.csv"));
    RegistrationsParams params = RegistrationsParams.builder().activityId(ACTIVITY)
        .putAdditionalQueryParam("dryRun", "true").putAdditionalHeader("X-Actigo-Trace", "t-1").build();
    ActigoClient client = Fixtures.client(server, test);

    assertThat(client.registrationList(params)).hasSize(4);
    assertThat(client.registrationsCsv(params).size()).isEqualTo(4);

    RecordedRequest json = server.takeRequest();
    assertThat(json.getUrl().encodedPath()).isEqualTo(Fixtures.REGISTRATIONS_PATH);
    assertExtrasArrived(json);
    RecordedRequest csv = server.takeRequest();
    assertThat(csv.getUrl().encodedPath()).isEqualTo(Fixtures.REGISTRATIONS_CSV_PATH);
    assertThat(csv.getHeaders().get("Accept")).isEqualTo("text/csv");
    assertExtrasArrived(csv);
  }

  @Test
  void everyChunkOfEverySyncSendsTheAdditionalQueryParamAndHeader() throws Exception {
    server.enqueue(Fixtures.json(200, Fixtures.answer("Unchanged", REGISTRATION, "0007")));
    server.enqueue(Fixtures.json(200, Fixtures.answer("Unchanged", Fixtures.id(2), "0008")));
    server.enqueue(Fixtures.fixture("sync-registrations-response.csv"));
    server.enqueue(Fixtures.json(200, "[]"));
    ActigoClient client = Fixtures.client(server, test);
    SyncRegistrationsParams two = SyncRegistrationsParams.builder().activityId(ACTIVITY)
        .items(List.of(ITEM, RegistrationSyncItem.startNumber(Fixtures.id(2), "0008"))).chunkSize(1)
        .putAdditionalQueryParam("dryRun", "true").putAdditionalHeader("X-Actigo-Trace", "t-1").build();

    assertThat(client.syncRegistrations(two).chunksAccepted()).isEqualTo(2);
    client.syncRegistrationsCsv(two.toBuilder().items(List.of(ITEM)).build());
    client.syncResults(SyncResultsParams.builder().activityId(ACTIVITY).addResult(RESULT)
        .putAdditionalQueryParam("dryRun", "true").putAdditionalHeader("X-Actigo-Trace", "t-1").build());

    for (String path : List.of(Fixtures.REGISTRATIONS_PATH, Fixtures.REGISTRATIONS_PATH,
        Fixtures.REGISTRATIONS_CSV_PATH, Fixtures.RESULTS_PATH)) {
      RecordedRequest r = server.takeRequest();
      assertThat(r.getMethod()).isEqualTo("PUT");
      assertThat(r.getUrl().encodedPath()).isEqualTo(path);
      assertExtrasArrived(r);
    }
  }

  @Test
  void additionalBodyPropertiesAreRefusedWhenBuiltSinceNoOperationSendsAJsonObject() {
    refused(() -> SyncRegistrationsParams.builder().activityId(ACTIVITY).addItem(ITEM)
        .putAdditionalBodyProperty("force", true).build(), "additionalBodyProperties", "JSON array or a CSV file");
    refused(() -> SyncResultsParams.builder().activityId(ACTIVITY).addResult(RESULT)
        .putAdditionalBodyProperty("force", true).build(), "additionalBodyProperties", "JSON array");
    refused(() -> RegistrationsParams.builder().activityId(ACTIVITY)
        .putAdditionalBodyProperty("force", true).build(), "additionalBodyProperties", "no body");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void paramsHaveValueEqualityAndToBuilderKeepsEverything() {
    SyncRegistrationsParams a = SyncRegistrationsParams.builder().activityId(ACTIVITY).addItem(ITEM)
        .chunkSize(7).putAdditionalQueryParam("dryRun", "true").build();
    SyncRegistrationsParams b = SyncRegistrationsParams.builder().activityId(ACTIVITY).items(List.of(ITEM))
        .chunkSize(7).putAdditionalQueryParam("dryRun", "true").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toBuilder().build()).isEqualTo(a);
    assertThat(a.toBuilder().chunkSize(8).build()).isNotEqualTo(a);
    assertThat(a.toBuilder().removeAdditionalQueryParam("dryRun").build()).isNotEqualTo(a);
    assertThat(a.toBuilder().items(List.of()).build()).isNotEqualTo(a);

    SyncResultsParams results = SyncResultsParams.of(ACTIVITY, List.of(RESULT));
    assertThat(results.toBuilder().build()).isEqualTo(results);
    assertThat(results.results()).containsExactly(RESULT);

    RegistrationsParams download = RegistrationsParams.of(ACTIVITY);
    assertThat(download.toBuilder().build()).isEqualTo(download).isNotEqualTo(
        download.toBuilder().putAdditionalHeader("X-Actigo-Trace", "t-1").build());
  }

  @Test
  void toStringShowsCountsNotPersonalDataAndMasksHeaderValues() {
    SyncResultsParams params = SyncResultsParams.builder().activityId(ACTIVITY).addResult(RESULT)
        .putAdditionalHeader("X-Api-Token", "tok-123").build();

    assertThat(params.toString())
        .isEqualTo("SyncResultsParams{activityId=" + ACTIVITY + ", results=1 (not shown), chunkSize="
            + SyncResultsParams.DEFAULT_CHUNK_SIZE + ", additionalHeaders={X-Api-Token=****}}")
        .doesNotContain("Horáková", "1992", "tok-123");
    assertThat(RegistrationsParams.of(ACTIVITY).toString()).isEqualTo("RegistrationsParams{activityId=" + ACTIVITY + "}");
  }

  @Test
  void credentialsAreOneTypeAndMissingOnesNameTheField() {
    refused(() -> ActigoClient.builder().credentials(null), "credentials", "must be set");
    refused(() -> ActigoClient.builder().build(), "credentials", "must be set");
    refused(() -> ActigoCredentials.of(null, Fixtures.KEY_SECRET), "keyName", "");
    refused(() -> ActigoCredentials.of(Fixtures.KEY_NAME, " "), "keySecret", "");
  }
}
