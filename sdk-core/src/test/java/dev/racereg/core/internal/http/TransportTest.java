package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Idempotency;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The transport alone: URLs, the OkHttp request, and what an I/O failure is reported as. */
class TransportTest {

  private final Redactor redactor = new Redactor(Redaction.secretValues("tok-123456"));

  @Test
  void onlyFailuresWhileConnectingCountAsNotSent() {
    assertThat(Transport.mayHaveBeenSent(new ConnectException("refused"))).isFalse();
    assertThat(Transport.mayHaveBeenSent(new UnknownHostException("nowhere"))).isFalse();
    assertThat(Transport.mayHaveBeenSent(new NoRouteToHostException("no route"))).isFalse();
    assertThat(Transport.mayHaveBeenSent(new SocketTimeoutException("Connect timed out"))).isFalse();
    assertThat(Transport.mayHaveBeenSent(new SocketTimeoutException("Read timed out"))).isTrue();
    assertThat(Transport.mayHaveBeenSent(new SocketTimeoutException(null))).isTrue();
    assertThat(Transport.mayHaveBeenSent(new IOException("unexpected end of stream"))).isTrue();
  }

  @Test
  void anUnsafeRequestCutAfterSendingIsReportedAsOutcomeUnknownWithTheHint() {
    ApiRequest create = ApiRequest.builder("passes.create", "POST", "/passes", Idempotency.UNSAFE)
        .outcomeCheckHint("list the passes of the licence").build();

    TransportException e = Transport.failure(create, "https://h/passes",
        new SocketTimeoutException("Read timed out after tok-123456"), redactor);

    assertThat(e.requestMayHaveBeenSent()).isTrue();
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.getMessage()).startsWith("outcome unknown: passes.create POST https://h/passes timed out")
        .contains("to find out: list the passes of the licence").doesNotContain("tok-123456");
  }

  @Test
  void aSafeRequestOrOneThatNeverLeftIsNotOutcomeUnknown() {
    ApiRequest read = ApiRequest.builder("passes.list", "GET", "/passes", Idempotency.SAFE).build();
    ApiRequest create = ApiRequest.builder("passes.create", "POST", "/passes", Idempotency.UNSAFE).build();

    TransportException cut = Transport.failure(read, "https://h/passes", new IOException("reset"), redactor);
    TransportException refused = Transport.failure(create, "https://h/passes", new ConnectException("refused"),
        redactor);

    assertThat(cut.requestMayHaveBeenSent()).isTrue();
    assertThat(cut.outcomeUnknown()).isFalse();
    assertThat(cut.getMessage()).isEqualTo("GET https://h/passes failed (IOException: reset)");
    assertThat(refused.requestMayHaveBeenSent()).isFalse();
    assertThat(refused.outcomeUnknown()).isFalse();
  }

  @Test
  void thePathIsJoinedToTheBasePathAndTheQueryEncoded() {
    Transport transport = new Transport(ClientOptions.builder().build(), "https://api.example.test/v2/");
    ApiRequest request = ApiRequest.builder("things.list", "GET", "/things", Idempotency.SAFE)
        .query("q", "a b&c").build();

    assertThat(transport.url(request).toString()).isEqualTo("https://api.example.test/v2/things?q=a%20b%26c");
  }

  @Test
  void aBodilessPostStillSendsAnEmptyBodyAndTheUserAgent() {
    ClientOptions options = ClientOptions.builder().build();
    Transport transport = new Transport(options, "https://api.example.test/");
    ApiRequest post = ApiRequest.builder("things.touch", "POST", "/things/touch", Idempotency.SAFE).build();

    Request request = transport.toOkHttp(post, transport.url(post));

    assertThat(request.body()).isNotNull();
    assertThat(request.header("User-Agent")).isEqualTo(options.userAgent());
  }
}
