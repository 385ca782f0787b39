package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.TestOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Successful statuses with bodies that are not the documented format: always an SDK exception. */
class ActigoDecodingTest {

  private static final String DOC_ITEM = Fixtures.read("sync-registrations-response.json");

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private ActigoClient client() {
    return ActigoClient.builder().credentials(ActigoCredentials.of(Fixtures.KEY_NAME, Fixtures.KEY_SECRET))
        .options(test.builder(server.url("/api").toString()).retryPolicy(RetryPolicy.none()).build()).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "{\"message\":\"not an array\"}",
      "<!DOCTYPE html><html><head><title>Actigo | Přihlášení</title></head></html>",
      "[{\"id\":\"638f0763c5eaf533c891fb76\",\"state\":\"Confirmed\"",
      "[{\"id\":\"638f0763c5eaf533c891fb76\",\"state\":\"Confirmed\",\"person\":{}},]",
      "[{\"id\":\"638f0763c5eaf533c891fb76\",\"state\":\"Confirmed\",\"person\":{}}] trailing",
      "[{\"id\":\"638f0763c5eaf533c891fb76\",\"state\":\"Confirmed\",\"person\":{},\"created\":\"yesterday\"}]",
      "[{\"id\":\"638f0763c5eaf533c891fb76\",\"person\":{}}]",
      "[42]",
      "[null]",
  })
  void aDownloadThatIsNotARegistrationArrayIsADecodingException(String body) {
    server.enqueue(Fixtures.json(200, body));
    assertThatThrownBy(() -> client().registrationList(RegistrationsParams.of(ACTIVITY)))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void theDecodingErrorNamesTheRegistrationAndField() {
    server.enqueue(Fixtures.json(200, "[" + DOC_ITEM.substring(DOC_ITEM.indexOf('{'), DOC_ITEM.lastIndexOf('}') + 1)
        + ",{\"id\":\"638f0a11c5eaf533c891fc02\",\"state\":\"New\",\"person\":{\"birthDate\":\"1988-02-30\"}}]"));
    try (Stream<ActigoRegistration> stream = client().registrations(RegistrationsParams.of(ACTIVITY))) {
      var it = stream.iterator();
      assertThat(it.next().id()).isEqualTo(Fixtures.REGISTRATION);
      assertThatThrownBy(it::next).isInstanceOf(DecodingException.class)
          .hasMessageContaining("registrations[1].person.birthDate").hasMessageContaining("1988-02-30");
    }
  }

  @Test
  void aDownloadCutOffMidBodyIsATransportExceptionFromTheStream() {
    server.enqueue(truncated(Fixtures.read("registrations.json").substring(0, 700)));
    assertThatThrownBy(() -> client().registrationList(RegistrationsParams.of(ACTIVITY)))
        .isInstanceOf(TransportException.class).hasMessageContaining("cut off");
  }

  @Test
  void aCsvDownloadCutOffMidBodyIsATransportException() {
    server.enqueue(truncated(Fixtures.read("registrations.csv").substring(0, 200)));
    assertThatThrownBy(() -> client().registrationsCsv(RegistrationsParams.of(ACTIVITY)))
        .isInstanceOf(TransportException.class);
  }

  /** A 200 promising more bytes than it sends, then closing the connection. */
  private static MockResponse truncated(String partial) {
    byte[] bytes = partial.getBytes(StandardCharsets.UTF_8);
    MockResponseBody body = new MockResponseBody() {
      @Override
      public long getContentLength() {
        return bytes.length + 4096L;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.write(bytes);
        sink.flush();
      }
    };
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body)
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "{}",
      "<html><title>502 Bad Gateway</title></html>",
      "[{\"id\":\"638f0763c5eaf533c891fb76\"",
      "[{\"state\":\"Confirmed\",\"person\":{}}]",
      "[{\"id\":\"638f0763c5eaf533c891fb76\",\"state\":\"Confirmed\",\"person\":{},\"amount\":{\"value\":1.5,\"currency\":\"CZK\"}}]",
  })
  void aSyncAnswerThatIsNotARegistrationArrayFailsItsChunkWithADecodingException(String body) {
    server.enqueue(Fixtures.json(200, body));
    SyncReport<RegistrationSyncItem, ActigoRegistration> report = client().syncRegistrations(
        SyncRegistrationsParams.of(ACTIVITY, List.of(RegistrationSyncItem.startNumber(Fixtures.REGISTRATION, "0001"))));
    assertThat(report.failure()).get().isInstanceOf(DecodingException.class);
    assertThat(report.item(0).status()).isEqualTo(SyncReport.Status.FAILED);
    assertThatThrownBy(report::throwIfFailed).isInstanceOf(ActigoSyncException.class)
        .hasCauseInstanceOf(DecodingException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[", "{\"syncResultType\":\"Created\"}", "[{\"person\":[]}]", "[{\"syncResultType\":7}]x"})
  void aResultsAnswerThatIsNotAnArrayOfObjectsIsADecodingException(String body) {
    server.enqueue(Fixtures.json(200, body));
    SyncReport<ActigoResult, SyncedResult> report = client().syncResults(SyncResultsParams.of(ACTIVITY,
        List.of(ActigoResult.builder().person(SyncPerson.actigoUser(Fixtures.PERSON)).build())));
    assertThat(report.failure()).get().isInstanceOf(DecodingException.class);
  }
}
