package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.internal.auth.BearerTokenAuth;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.codec.JsonArrayStream;
import dev.racereg.core.testing.TestOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A platform that echoes a secret back in a body the SDK cannot decode: the secret must not
 * reach the caller through the exception, its causes, or a stream's failure, nor the logs.
 */
class EchoedSecretTest {

  private static final String TOKEN = "Echo7Canary-tok";
  private static final String ORGANISER_KEY = "OrgKey-9f8e7d6c";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private ApiExecutor executor() {
    return TestExecutors.on(server, t, new BearerTokenAuth(Secret.of(TOKEN)));
  }

  @Test
  void aJacksonFailureQuotingTheSecretIsRedactedThroughTheWholeCauseChain() {
    server.enqueue(TestExecutors.ok("{\"token\": " + TOKEN + "}"));

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> executor().execute(
        TestExecutors.get("/x", Idempotency.SAFE), r -> Codecs.json().readTree(r.bytes())));

    assertThat(thrown).isInstanceOf(DecodingException.class);
    assertThat(everything(thrown)).doesNotContain(TOKEN).contains("JsonParseException", "****");
  }

  @Test
  void aFailureWhileStreamingIsRedactedToo() {
    server.enqueue(TestExecutors.ok("[{\"n\":1}, " + TOKEN + "]"));
    BodyStreamer<JsonNode> streamer = (in, response, redactor) ->
        JsonArrayStream.<JsonNode>open(in, Codecs.json().readerFor(JsonNode.class), response).stream();

    try (Stream<JsonNode> items = executor().stream(TestExecutors.get("/x", Idempotency.SAFE), streamer)) {
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(items::toList);
      assertThat(thrown).isInstanceOf(DecodingException.class);
      assertThat(everything(thrown)).doesNotContain(TOKEN);
    }
  }

  @Test
  void aSecretOnlyOneRequestCarriesIsMaskedInLogsAndErrors() {
    server.enqueue(TestExecutors.status(404, "{\"error\":\"no organiser " + ORGANISER_KEY + "\"}"));
    ApiRequest request = ApiRequest.builder("trials", "GET", "/orga/{login}/{key}", Idempotency.SAFE)
        .pathParam("login", "ORGA1").pathParam("key", ORGANISER_KEY)
        .redact(Redaction.secretValues(ORGANISER_KEY))
        .build();

    assertThatThrownBy(() -> executor().execute(request, ResponseDecoder.discard()))
        .satisfies(e -> assertThat(everything(e)).doesNotContain(ORGANISER_KEY).contains("ORGA1"));
    assertThat(t.log.all()).contains("/orga/ORGA1/****").doesNotContain(ORGANISER_KEY);
  }

  @Test
  void errorBodiesAreLoggedAtBodyLevelRedacted() {
    server.enqueue(TestExecutors.status(400, "{\"error\":\"bad token " + TOKEN + "\"}"));

    assertThatThrownBy(() -> executor().execute(TestExecutors.get("/x", Idempotency.SAFE),
        ResponseDecoder.discard())).isInstanceOf(RaceRegException.class);

    assertThat(t.log.lines()).anySatisfy(line -> assertThat(line).contains("bad token ****"));
    assertThat(t.log.all()).doesNotContain(TOKEN);
  }

  @Test
  void aSecretStraddlingTheExcerptCutIsNotHalfShown() {
    String padding = "x".repeat(290);
    server.enqueue(TestExecutors.status(400, padding + TOKEN + " and more"));

    assertThatThrownBy(() -> executor().execute(TestExecutors.get("/x", Idempotency.SAFE),
        ResponseDecoder.discard()))
        .satisfies(e -> assertThat(everything(e)).doesNotContain(TOKEN.substring(0, 8)));
  }

  @Test
  void aBaseUrlCarryingCredentialsIsRefused() {
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl("https://user:pw@example.com/api"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw@");
  }

  /** Messages, toString and printed stack traces of the exception and all its causes. */
  private static String everything(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    StringBuilder sb = new StringBuilder(out.toString());
    for (Throwable c = e; c != null; c = c.getCause()) {
      sb.append('\n').append(c.getMessage()).append('\n').append(c);
    }
    return sb.toString();
  }

}
