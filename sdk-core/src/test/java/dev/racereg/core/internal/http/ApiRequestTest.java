package dev.racereg.core.internal.http;

import static dev.racereg.core.internal.http.TestExecutors.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.testing.TestOptions;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private RecordedRequest send(ApiRequest request) {
    server.enqueue(TestExecutors.ok("{}"));
    TestExecutors.on(server, t).execute(request, ResponseDecoder.discard());
    return take(server);
  }

  @Test
  void pathParamIsEncodedAsOneSegment() {
    ApiRequest request = ApiRequest.builder("op", "GET", "/events/{event}/registrations/{id}", Idempotency.SAFE)
        .pathParam("event", "spring/10k run")
        .pathParam("id", "Zoë-東京?#%")
        .build();

    assertThat(request.path())
        .isEqualTo("/events/spring%2F10k%20run/registrations/Zo%C3%AB-%E6%9D%B1%E4%BA%AC%3F%23%25");

    RecordedRequest recorded = send(request);
    assertThat(recorded.getUrl().pathSegments())
        .containsExactly("events", "spring/10k run", "registrations", "Zoë-東京?#%");
    assertThat(recorded.getTarget())
        .isEqualTo("/events/spring%2F10k%20run/registrations/Zo%C3%AB-%E6%9D%B1%E4%BA%AC%3F%23%25");
  }

  @Test
  void sameParamFillsEveryOccurrence() {
    ApiRequest request = ApiRequest.builder("op", "GET", "/a/{id}/b/{id}", Idempotency.SAFE)
        .pathParam("id", "x y").build();

    assertThat(request.path()).isEqualTo("/a/x%20y/b/x%20y");
  }

  @Test
  void pathIsJoinedToABaseUrlWithAPath() {
    ApiExecutor executor = new ApiExecutor(t.options(server.url("/api/v2/").toString()),
        TestExecutors.UNUSED_DEFAULT, AuthStrategy.none(), new DefaultErrorMapper());
    server.enqueue(TestExecutors.ok("{}"));

    executor.execute(TestExecutors.get("/events/1", Idempotency.SAFE), ResponseDecoder.discard());

    assertThat(take(server).getTarget()).isEqualTo("/api/v2/events/1");
  }

  @Test
  void bracketedQueryNamesAndValuesAreEncodedInOrder() {
    ApiRequest request = ApiRequest.builder("op", "GET", "/events", Idempotency.SAFE)
        .query("page[size]", "50")
        .query("filter[name]", "Lac d'Annecy & co")
        .query("skipped", null)
        .query("tag", "a")
        .query("tag", "b")
        .build();

    RecordedRequest recorded = send(request);

    assertThat(recorded.getTarget()).isEqualTo(
        "/events?page%5Bsize%5D=50&filter%5Bname%5D=Lac%20d%27Annecy%20%26%20co&tag=a&tag=b");
    assertThat(recorded.getUrl().queryParameter("page[size]")).isEqualTo("50");
    assertThat(recorded.getUrl().queryParameter("filter[name]")).isEqualTo("Lac d'Annecy & co");
    assertThat(recorded.getUrl().queryParameterValues("tag")).containsExactly("a", "b");
    assertThat(recorded.getUrl().queryParameterNames()).doesNotContain("skipped");
  }

  @Test
  void removeQueryDropsEveryValueOfTheName() {
    ApiRequest request = ApiRequest.builder("op", "GET", "/e", Idempotency.SAFE)
        .query("a", "1").query("b", "2").query("a", "3").removeQuery("a").build();

    assertThat(request.query()).containsExactly(new ApiRequest.Param("b", "2"));
  }

  @Test
  void headerReplacesAnyWithTheSameNameIgnoringCase() {
    ApiRequest request = ApiRequest.builder("op", "GET", "/e", Idempotency.SAFE)
        .header("X-Trace", "first")
        .header("Accept", "application/json")
        .header("x-trace", "second")
        .build();

    assertThat(request.headers()).containsExactly(new ApiRequest.Param("Accept", "application/json"),
        new ApiRequest.Param("x-trace", "second"));
    assertThat(request.header("X-TRACE")).contains("second");

    RecordedRequest recorded = send(request);
    assertThat(recorded.getHeaders().values("X-Trace")).containsExactly("second");
  }

  @Test
  void toBuilderLeavesTheOriginalUntouched() {
    ObjectNode doc = Codecs.json().createObjectNode().put("name", "Ada");
    ApiRequest original = ApiRequest.builder("op", "post", "/e/{id}", Idempotency.UNSAFE)
        .pathParam("id", "7")
        .query("q", "1")
        .header("H", "1")
        .body(RequestBody.json(doc))
        .outcomeCheckHint("list the passes")
        .build();

    ApiRequest derived = original.toBuilder()
        .query("extra", "2")
        .header("H", "2")
        .body(((RequestBody.Json) original.body().orElseThrow()).withField("token", "t"))
        .build();

    assertThat(original.method()).isEqualTo("POST");
    assertThat(original.query()).containsExactly(new ApiRequest.Param("q", "1"));
    assertThat(original.header("H")).contains("1");
    assertThat(json(original).has("token")).isFalse();
    assertThat(derived.query()).hasSize(2);
    assertThat(derived.header("H")).contains("2");
    assertThat(json(derived).get("token").asText()).isEqualTo("t");
    assertThat(derived.path()).isEqualTo("/e/7");
    assertThat(derived.idempotency()).isEqualTo(Idempotency.UNSAFE);
    assertThat(derived.outcomeCheckHint()).contains("list the passes");
  }

  @Test
  void requestCannotBeChangedThroughItsParts() {
    ObjectNode doc = Codecs.json().createObjectNode().put("name", "Ada");
    ApiRequest request = ApiRequest.builder("op", "POST", "/e", Idempotency.SAFE)
        .query("q", "1").body(RequestBody.json(doc)).build();

    doc.put("name", "changed after build");
    ((ObjectNode) json(request)).put("name", "changed through the getter");

    assertThat(json(request).get("name").asText()).isEqualTo("Ada");
    assertThatThrownBy(() -> request.query().add(new ApiRequest.Param("x", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> request.headers().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void unfilledPlaceholderIsRefused() {
    ApiRequest.Builder builder = ApiRequest.builder("op", "GET", "/events/{eventId}/races/{raceId}",
        Idempotency.SAFE).pathParam("eventId", "1");

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("raceId");
  }

  @Test
  void unknownPlaceholderAndRelativePathAreRefused() {
    assertThatThrownBy(() -> ApiRequest.builder("op", "GET", "/events/{id}", Idempotency.SAFE)
        .pathParam("eventId", "1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{eventId}");
    assertThatThrownBy(() -> ApiRequest.builder("op", "GET", "events", Idempotency.SAFE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with '/'");
  }

  @Test
  void userAgentCarriesTheBuiltVersion() {
    assertThat(ClientOptions.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");

    RecordedRequest recorded = send(TestExecutors.get("/e", Idempotency.SAFE));

    assertThat(recorded.getHeaders().get("User-Agent")).isEqualTo("racereg-java/" + ClientOptions.VERSION);
  }

  @Test
  void customUserAgentIsSent() {
    ApiExecutor executor = TestExecutors.on(t.builder(server.url("/").toString())
        .userAgent("mytimer/2.1 racereg-java/" + ClientOptions.VERSION).build(), AuthStrategy.none());
    server.enqueue(TestExecutors.ok("{}"));

    executor.execute(TestExecutors.get("/e", Idempotency.SAFE), ResponseDecoder.discard());

    assertThat(take(server).getHeaders().get("User-Agent")).startsWith("mytimer/2.1 racereg-java/");
  }

  @Test
  void jsonBodyIsSentWithItsContentType() throws Exception {
    ObjectNode doc = Codecs.json().createObjectNode().put("bib", "0042").put("name", "Zoë");
    RecordedRequest recorded = send(ApiRequest.builder("op", "PUT", "/bibs", Idempotency.SAFE)
        .body(RequestBody.json(doc)).build());

    assertThat(recorded.getMethod()).isEqualTo("PUT");
    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(Codecs.json().readTree(recorded.getBody().utf8())).isEqualTo(doc);
  }

  @Test
  void formBodyIsSentUrlEncodedInOrder() {
    RecordedRequest recorded = send(ApiRequest.builder("op", "POST", "/login", Idempotency.SAFE)
        .body(RequestBody.form(List.of(new RequestBody.Field("email", "a+b@x.fr"),
            new RequestBody.Field("note", "x y&z=é"))))
        .build());

    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(recorded.getBody().utf8()).isEqualTo("email=a%2Bb%40x.fr&note=x+y%26z%3D%C3%A9");
  }

  @Test
  void rawBodyIsSentVerbatim() {
    String csv = "bib;name\n0001;Zoë\n";
    RecordedRequest recorded = send(ApiRequest.builder("op", "POST", "/import", Idempotency.SAFE)
        .body(RequestBody.text(csv, "text/csv; charset=utf-8")).build());

    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(recorded.getBody().utf8()).isEqualTo(csv);
  }

  @Test
  void postWithoutBodySendsAnEmptyOneAndGetSendsNone() {
    RecordedRequest post = send(ApiRequest.builder("op", "POST", "/sync", Idempotency.SAFE).build());
    RecordedRequest getRequest = send(TestExecutors.get("/e", Idempotency.SAFE));

    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(getRequest.getMethod()).isEqualTo("GET");
    assertThat(getRequest.getHeaders().get("Content-Length")).isNull();
    assertThat(getRequest.getBodySize()).isZero();
  }

  @Test
  void withFieldRefusesANonObjectBody() {
    RequestBody.Json array = RequestBody.json(Codecs.json().createArrayNode().add(1));

    assertThatThrownBy(() -> array.withField("key", "v")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("key");
  }

  @Test
  void formWithAppendsWithoutChangingTheOriginal() {
    RequestBody.Form form = RequestBody.form(List.of(new RequestBody.Field("a", "1")));

    RequestBody.Form more = form.with("b", "2");

    assertThat(form.fields()).hasSize(1);
    assertThat(more.fields()).extracting(RequestBody.Field::name).containsExactly("a", "b");
  }

  @Test
  void pathParamCannotClimbOrCollapseThePath() {
    for (String value : List.of("..", ".", "")) {
      assertThatThrownBy(() -> ApiRequest.builder("op", "DELETE", "/events/{id}/registrations", Idempotency.SAFE)
          .pathParam("id", value)).as("value '%s'", value)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("id");
    }
    // dots inside a segment, or next to fixed text, are ordinary characters
    assertThat(ApiRequest.builder("op", "GET", "/files/{name}.json", Idempotency.SAFE).pathParam("name", ".")
        .build().path()).isEqualTo("/files/..json");
    RecordedRequest recorded = send(ApiRequest.builder("op", "GET", "/events/{id}/x", Idempotency.SAFE)
        .pathParam("id", "...").build());
    assertThat(recorded.getUrl().pathSegments()).containsExactly("events", "...", "x");
  }

  @Test
  void toStringNamesTheOperationButNoValues() {
    ApiRequest request = ApiRequest.builder("pace.getRegistrations", "GET", "/keys/{apiKey}/events/{id}",
            Idempotency.SAFE)
        .pathParam("apiKey", "key-in-path-123").pathParam("id", "42")
        .query("secret", "query-secret-456").header("Authorization", "Bearer header-secret-789")
        .body(RequestBody.text("body-secret-000", "text/plain"))
        .build();

    assertThat(request.toString()).isEqualTo("ApiRequest{pace.getRegistrations GET /keys/{apiKey}/events/{id}}");
    assertThat(request.toBuilder().query("x", "1").build().toString()).contains("/keys/{apiKey}/events/{id}");
  }

  private static JsonNode json(ApiRequest request) {
    return ((RequestBody.Json) request.body().orElseThrow()).document();
  }
}
