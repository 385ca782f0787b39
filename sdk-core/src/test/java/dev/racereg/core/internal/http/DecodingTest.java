package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.ErrorDetails;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.codec.Codecs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Decoding alone: whatever a decoder throws leaves as a redacted SDK exception. */
class DecodingTest {

  private final Redactor redactor = new Redactor(Redaction.secretValues("tok-123456"));

  private static ApiRequest read() {
    return ApiRequest.builder("things.get", "GET", "/things", Idempotency.SAFE).build();
  }

  @Test
  void anUnreadableAnswerToAnUnsafeOperationLeavesItsOutcomeUnknown() {
    ApiRequest create = ApiRequest.builder("things.create", "POST", "/things", Idempotency.UNSAFE)
        .outcomeCheckHint("list the things").build();

    Throwable thrown = catchThrowable(() -> Decoding.decode(
        c -> Codecs.json().readTree(c.bytes()), body("<html>tok-123456</html>"), redactor, create));

    assertThat(thrown).isInstanceOfSatisfying(DecodingException.class, e -> {
      assertThat(e.outcomeUnknown()).isTrue();
      assertThat(e.outcomeCheckHint()).contains("list the things");
      assertThat(e.getMessage()).contains("outcome unknown").endsWith("to find out: list the things")
          .doesNotContain("tok-123456");
    });
    Throwable safe = catchThrowable(() -> Decoding.decode(
        c -> Codecs.json().readTree(c.bytes()), body("<html></html>"), redactor, read()));
    assertThat(((DecodingException) safe).outcomeUnknown()).isFalse();
  }

  private static ResponseContent body(String text) {
    return new ResponseContent(200, Map.of(), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aJacksonFailureBecomesADecodingExceptionWithARedactedExcerpt() {
    ResponseContent content = body("{\"token\": \"tok-123456\", \"n\": oops}");

    Throwable thrown = catchThrowable(() -> Decoding.decode(
        c -> Codecs.json().readTree(c.bytes()), content, redactor, read()));

    assertThat(thrown).isInstanceOf(DecodingException.class)
        .hasMessageStartingWith("could not decode the response to things.get: ");
    DecodingException e = (DecodingException) thrown;
    assertThat(e.excerpt()).isEqualTo("{\"token\": \"****\", \"n\": oops}");
    assertThat(e.getMessage()).doesNotContain("tok-123456");
  }

  @Test
  void aDecodersOwnBugBecomesADecodingExceptionToo() {
    Throwable thrown = catchThrowable(() -> Decoding.decode(c -> {
      throw new IllegalStateException("no field tok-123456");
    }, body("{}"), redactor, read()));

    assertThat(thrown).isInstanceOf(DecodingException.class).hasMessageContaining("no field ****");
  }

  @Test
  void anSdkExceptionFromTheDecoderPassesThroughUnchanged() {
    NotFoundException notFound = new NotFoundException(ErrorDetails.builder(200, "GET", "https://h/").build());

    Throwable thrown = catchThrowable(() -> Decoding.decode(c -> {
      throw notFound;
    }, body("{}"), redactor, read()));

    assertThat(thrown).isSameAs(notFound);
  }

  @Test
  void theExcerptIsOneLineOfAtMost200CharactersMaskedBeforeTheCut() {
    String text = "a\n\n  b " + "x".repeat(190) + "tok-123456" + "z".repeat(50);

    String excerpt = Decoding.excerpt(body(text), redactor);

    assertThat(excerpt).startsWith("a b x").endsWith("...").hasSize(203).doesNotContain("tok-");
  }

  @Test
  void failuresWhileStreamingAreRedactedAndClosingReachesTheSource() {
    AtomicBoolean closed = new AtomicBoolean();
    Stream<String> source = Stream.of("first", "second").map(s -> {
      if (s.equals("second")) {
        throw new DecodingException("bad item near tok-123456", null, "tok-123456");
      }
      return s;
    });
    Stream<String> guarded = Decoding.redactingFailures(source.onClose(() -> closed.set(true)), redactor,
        "things.list");

    Throwable thrown = catchThrowable(() -> guarded.forEach(s -> { }));
    guarded.close();

    assertThat(thrown).isInstanceOf(DecodingException.class).hasMessage("bad item near **** (body starts: ****)");
    assertThat(((DecodingException) thrown).excerpt()).isEqualTo("****");
    assertThat(closed).isTrue();
  }

  @Test
  void anyOtherRuntimeFailureWhileStreamingBecomesARedactedDecodingException() {
    Stream<String> source = Stream.of("1e99999999", "2").map(s -> {
      throw new NumberFormatException("Value \"" + s + "\" near tok-123456 exceeds limits");
    });

    Throwable thrown = catchThrowable(() -> Decoding.redactingFailures(source, redactor, "things.list")
        .forEach(s -> { }));

    assertThat(thrown).isInstanceOf(DecodingException.class)
        .hasMessageStartingWith("could not decode an item of the response to things.list: NumberFormatException")
        .hasMessageNotContaining("tok-123456");
  }

  @Test
  void anErrorBodyIsCappedToWhatAnErrorResponseHolds() {
    byte[] big = new byte[ErrorResponse.MAX_BODY_BYTES + 10];
    byte[] small = new byte[10];

    assertThat(Decoding.capped(big)).hasSize(ErrorResponse.MAX_BODY_BYTES);
    assertThat(Decoding.capped(small)).isSameAs(small);
    assertThat(Decoding.headers(okhttp3.Headers.of("X-Request-Id", "r1", "x-request-id", "r2")))
        .isEqualTo(Map.of("x-request-id", List.of("r1", "r2")));
  }
}
