package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.SampleParams;
import dev.racereg.core.testing.TestOptions;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The params' additional values reach the platform through the real pipeline. */
class RequestExtrasTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private ApiExecutor executor(LogLevel level) {
    return new ApiExecutor(t.builder(server.url("/").toString()).logLevel(level)
        .retryPolicy(RetryPolicy.none()).build(), TestExecutors.UNUSED_DEFAULT, AuthStrategy.none(),
        new DefaultErrorMapper());
  }

  private static SampleParams.Builder params() {
    return SampleParams.builder().email("ada@example.com");
  }

  @Test
  void additionalQueryParamHeaderAndJsonBodyPropertyArrive() {
    server.enqueue(TestExecutors.ok("{}"));
    SampleParams p = params().putAdditionalQueryParam("include", "teams")
        .putAdditionalHeader("X-Beta", "on").putAdditionalBodyProperty("note", "first race")
        .build();

    ApiRequest request = ApiRequest.builder("test.create", "POST", "/items", Idempotency.SAFE)
        .extras(p)
        .query("page", "2")
        .body(RequestBody.json(Codecs.json().createObjectNode().put("email", p.email())))
        .build();
    executor(LogLevel.NONE).execute(request, TestExecutors.text());

    RecordedRequest recorded = TestExecutors.take(server);
    assertThat(recorded.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(recorded.getUrl().queryParameter("include")).isEqualTo("teams");
    assertThat(recorded.getHeaders().get("X-Beta")).isEqualTo("on");
    assertThat(recorded.getBody().utf8())
        .isEqualTo("{\"email\":\"ada@example.com\",\"note\":\"first race\"}");
  }

  @Test
  void additionalValuesReplaceTheOperationsOwnOfTheSameName() {
    server.enqueue(TestExecutors.ok("{}"));
    SampleParams p = params().putAdditionalQueryParam("page", "3")
        .putAdditionalHeader("accept", "text/csv").putAdditionalBodyProperty("email", "b@c.d")
        .build();

    ApiRequest request = ApiRequest.builder("test.create", "POST", "/items", Idempotency.SAFE)
        .query("page", "2").header("Accept", "application/json")
        .body(RequestBody.json(Codecs.json().createObjectNode().put("email", "a@b.c")))
        .extras(p).build();
    executor(LogLevel.NONE).execute(request, TestExecutors.text());

    RecordedRequest recorded = TestExecutors.take(server);
    assertThat(recorded.getUrl().queryParameterValues("page")).containsExactly("3");
    assertThat(recorded.getHeaders().values("Accept")).containsExactly("text/csv");
    assertThat(recorded.getBody().utf8()).isEqualTo("{\"email\":\"b@c.d\"}");
  }

  @Test
  void additionalBodyPropertiesAreAppendedToAFormBody() {
    server.enqueue(TestExecutors.ok("{}"));
    SampleParams p = params().putAdditionalBodyProperty("note", "a b").putAdditionalBodyProperty("n", 7)
        .build();

    ApiRequest request = ApiRequest.builder("test.form", "POST", "/form", Idempotency.SAFE)
        .body(RequestBody.form(List.of(new RequestBody.Field("email", "a@b.c")))).extras(p).build();
    executor(LogLevel.NONE).execute(request, TestExecutors.text());

    assertThat(TestExecutors.take(server).getBody().utf8()).isEqualTo("email=a%40b.c&note=a+b&n=7");
  }

  @Test
  void bodyPropertiesForAnOperationWithoutABodyAreRejectedBeforeSending() {
    SampleParams p = params().putAdditionalBodyProperty("note", "x").build();

    assertThatThrownBy(() -> ApiRequest.builder("test.get", "GET", "/items", Idempotency.SAFE)
        .extras(p).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("additionalBodyProperties").hasMessageContaining("test.get");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aNestedBodyPropertyCannotGoIntoAForm() {
    SampleParams p = params().putAdditionalBodyProperty("tags", List.of("a")).build();

    assertThatThrownBy(() -> ApiRequest.builder("test.form", "POST", "/form", Idempotency.SAFE)
        .body(RequestBody.form(List.of())).extras(p).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("'tags'");
  }

  @Test
  void anAdditionalCredentialHeaderIsMaskedInLogsLikeTheSdksOwn() {
    server.enqueue(TestExecutors.ok("{}"));
    SampleParams p = params().putAdditionalHeader("Cookie", "session=sess-77aa-secret")
        .putAdditionalHeader("X-Beta", "visible-value").build();

    executor(LogLevel.HEADERS).execute(ApiRequest.builder("test.get", "GET", "/items",
        Idempotency.SAFE).extras(p).build(), TestExecutors.text());

    assertThat(TestExecutors.take(server).getHeaders().get("Cookie"))
        .isEqualTo("session=sess-77aa-secret");
    assertThat(t.log.all()).doesNotContain("sess-77aa-secret").contains("Cookie: ****")
        .contains("X-Beta: visible-value");
  }
}
