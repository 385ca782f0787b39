package dev.racereg.core.internal.auth;

import dev.racereg.core.auth.JwtClaims;
import dev.racereg.core.auth.Secret;

import static dev.racereg.core.internal.http.TestExecutors.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.CredentialsExpiredException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import dev.racereg.core.internal.http.TestExecutors;
import dev.racereg.core.testing.TestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AuthStrategiesTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private RecordedRequest sendWith(AuthStrategy auth, ApiRequest request) {
    server.enqueue(TestExecutors.ok("{}"));
    String body = TestExecutors.on(server, t, auth).execute(request, TestExecutors.text());
    assertThat(body).isEqualTo("{}");
    return take(server);
  }

  private RecordedRequest sendWith(AuthStrategy auth) {
    return sendWith(auth, TestExecutors.get("/events", Idempotency.SAFE));
  }

  @Test
  void bearerTokenGoesInTheAuthorizationHeaderOnly() {
    RecordedRequest recorded = sendWith(new BearerTokenAuth(Secret.of("tok-123")));

    assertThat(recorded.getHeaders().values("Authorization")).containsExactly("Bearer tok-123");
    assertThat(recorded.getTarget()).isEqualTo("/events");
  }

  @Test
  void bearerTokenReplacesAnAuthorizationTheRequestCarried() {
    ApiRequest request = ApiRequest.builder("op", "GET", "/e", Idempotency.SAFE)
        .header("authorization", "Bearer stale").build();

    RecordedRequest recorded = sendWith(new BearerTokenAuth(Secret.of("fresh-token")), request);

    assertThat(recorded.getHeaders().values("Authorization")).containsExactly("Bearer fresh-token");
  }

  @Test
  void basicAuthEncodesUserAndPasswordAsUtf8() {
    RecordedRequest recorded = sendWith(new BasicAuth("timer", Secret.of("pässwörd:1")));

    String expected = Base64.getEncoder().encodeToString("timer:pässwörd:1".getBytes(StandardCharsets.UTF_8));
    assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Basic " + expected);
  }

  @Test
  void basicAuthRefusesAColonInTheUsername() {
    assertThatThrownBy(() -> new BasicAuth("a:b", Secret.of("pw")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("':'");
  }

  @Test
  void queryKeyPairAddsBothParametersReplacingAnyPresent() {
    ApiRequest request = ApiRequest.builder("op", "GET", "/races", Idempotency.SAFE)
        .query("format", "json").query("api_key", "caller-set").build();

    RecordedRequest recorded = sendWith(
        new QueryKeyPairAuth("api_key", "k-1", "api_secret", Secret.of("s&cret 1")), request);

    assertThat(recorded.getUrl().queryParameter("format")).isEqualTo("json");
    assertThat(recorded.getUrl().queryParameterValues("api_key")).containsExactly("k-1");
    assertThat(recorded.getUrl().queryParameterValues("api_secret")).containsExactly("s&cret 1");
    assertThat(recorded.getTarget()).isEqualTo("/races?format=json&api_key=k-1&api_secret=s%26cret%201");
    assertThat(recorded.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void headerKeyPairSendsTwoHeaders() {
    RecordedRequest recorded = sendWith(new HeaderKeyPairAuth("X-Api-Key", "key-9", "X-Api-Secret",
        Secret.of("shh-9")));

    assertThat(recorded.getHeaders().get("X-Api-Key")).isEqualTo("key-9");
    assertThat(recorded.getHeaders().get("X-Api-Secret")).isEqualTo("shh-9");
    assertThat(recorded.getTarget()).isEqualTo("/events");
  }

  @Test
  void noneLeavesTheRequestAsItIs() {
    ApiRequest request = TestExecutors.get("/e", Idempotency.SAFE);

    assertThat(AuthStrategy.none().authenticate(request)).isSameAs(request);
    assertThat(AuthStrategy.none().refreshAfterRejection(null)).isFalse();
    assertThat(AuthStrategy.none().redaction().secretValues()).isEmpty();
  }

  @Test
  void strategiesDeclareWhatToMask() {
    Redaction bearer = new BearerTokenAuth(Secret.of("tok-123")).redaction();
    Redaction query = new QueryKeyPairAuth("key", "k", "secret", Secret.of("s-456")).redaction();
    Redaction header = new HeaderKeyPairAuth("X-K", "k", "X-S", Secret.of("s-789")).redaction();
    Redaction basic = new BasicAuth("u", Secret.of("pw-012")).redaction();

    assertThat(bearer.isSecretHeader("authorization")).isTrue();
    assertThat(bearer.secretValues()).contains("tok-123");
    assertThat(query.isSecretQueryParam("secret")).isTrue();
    assertThat(query.isSecretQueryParam("key")).isFalse();
    assertThat(query.secretValues()).containsExactly("s-456");
    assertThat(header.isSecretHeader("x-s")).isTrue();
    assertThat(header.isSecretHeader("X-K")).isFalse();
    assertThat(basic.secretValues()).contains("pw-012",
        Base64.getEncoder().encodeToString("u:pw-012".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void credentialsPrintMasked() {
    assertThat(Secret.of("tok-123")).hasToString("****");
    assertThat(new BearerTokenAuth(Secret.of("tok-123")).toString()).doesNotContain("tok-123");
    assertThat(new BasicAuth("timer", Secret.of("pw-012")).toString()).contains("timer")
        .doesNotContain("pw-012");
    assertThat(new QueryKeyPairAuth("key", "k-1", "secret", Secret.of("s-456")).toString())
        .contains("k-1").doesNotContain("s-456");
    assertThat(new HeaderKeyPairAuth("X-K", "k-1", "X-S", Secret.of("s-789")).toString())
        .contains("k-1").doesNotContain("s-789");
  }

  @Test
  void secretRefusesBlankAndComparesByValue() {
    assertThatThrownBy(() -> Secret.of("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(Secret.of("abc")).isEqualTo(Secret.of("abc")).isNotEqualTo(Secret.of("abd"));
    assertThat(Secret.of("abc").hashCode()).isEqualTo(Secret.of("xyz").hashCode());
    assertThat(Secret.of("abc").reveal()).isEqualTo("abc");
  }

  // --- JWT

  private static final Instant EXP = TestOptions.NOW.plus(Duration.ofHours(1));

  static String jwt(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
  }

  private static String organiserToken() {
    return jwt("{\"sub\":\"organiser-42\",\"org_id\":1234,\"iat\":" + TestOptions.NOW.getEpochSecond()
        + ",\"exp\":" + EXP.getEpochSecond() + ",\"scopes\":[\"read\"],\"name\":\"Zoë\"}");
  }

  @Test
  void jwtClaimsAreReadableWithoutVerifying() {
    JwtBearerAuth auth = new JwtBearerAuth(Secret.of(organiserToken()), t.clock);

    assertThat(auth.expiresAt()).contains(EXP);
    assertThat(auth.claims().issuedAt()).contains(TestOptions.NOW);
    assertThat(auth.claims().subject()).contains("organiser-42");
    assertThat(auth.claims().string("org_id")).contains("1234");
    assertThat(auth.claims().string("name")).contains("Zoë");
    assertThat(auth.claims().string("scopes")).isEmpty();
    assertThat(auth.claims().claim("scopes").orElseThrow().get(0).asText()).isEqualTo("read");
    assertThat(auth.claims().string("missing")).isEmpty();
    assertThat(auth.claims().names()).containsExactly("exp", "iat", "name", "org_id", "scopes", "sub");
    assertThat(auth.isExpired()).isFalse();
  }

  @Test
  void jwtToStringShowsClaimNamesButNoValues() {
    JwtBearerAuth auth = new JwtBearerAuth(Secret.of(organiserToken()), t.clock);

    assertThat(auth.toString()).contains("org_id").doesNotContain("1234").doesNotContain("organiser-42")
        .doesNotContain(organiserToken());
  }

  @Test
  void validJwtIsSentAsBearer() {
    String token = organiserToken();

    RecordedRequest recorded = sendWith(new JwtBearerAuth(Secret.of(token), t.clock));

    assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
  }

  @Test
  void expiredJwtIsRefusedBeforeSending() {
    String token = organiserToken();
    JwtBearerAuth auth = new JwtBearerAuth(Secret.of(token), t.clock);
    ApiExecutor executor = TestExecutors.on(server, t, auth);
    server.enqueue(TestExecutors.ok("{}"));
    executor.execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text());
    take(server);

    t.clock.set(EXP); // exp is the first instant the token is no longer valid

    assertThatThrownBy(() -> executor.execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(CredentialsExpiredException.class, e -> {
          assertThat(e.expiredAt()).isEqualTo(EXP);
          assertThat(e.getMessage()).contains(EXP.toString()).doesNotContain(token);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(t.sleeper.sleeps()).isEmpty();
  }

  @Test
  void jwtWithoutExpiryNeverExpires() {
    JwtBearerAuth auth = new JwtBearerAuth(Secret.of(jwt("{\"sub\":\"x\"}")), t.clock);
    t.clock.set(Instant.parse("2999-01-01T00:00:00Z"));

    assertThat(auth.isExpired()).isFalse();
    assertThat(auth.expiresAt()).isEmpty();
  }

  @Test
  void malformedJwtIsAValidationExceptionNamingTheToken() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    List<String> malformed = List.of(
        "not-a-jwt",
        "only.two",
        "a.b.c.d",
        "header.***.sig",
        "header." + b64.encodeToString("not json at all".getBytes(StandardCharsets.UTF_8)) + ".sig",
        "header." + b64.encodeToString("[1,2,3]".getBytes(StandardCharsets.UTF_8)) + ".sig",
        "header." + b64.encodeToString("\"text\"".getBytes(StandardCharsets.UTF_8)) + ".sig",
        "header.." + "sig");

    for (String token : malformed) {
      assertThatThrownBy(() -> new JwtBearerAuth(Secret.of(token), t.clock)).as(token)
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("token");
            assertThat(e.rule()).startsWith("must ");
            assertThat(e.getMessage()).doesNotContain(token);
          });
    }
  }

  // --- refresh after a 401

  /** A strategy whose token can be renewed once the platform rejects it. */
  private static final class RenewingAuth implements AuthStrategy {
    final AtomicReference<String> token = new AtomicReference<>("old-token");
    final List<Integer> rejections = new ArrayList<>();
    final boolean canRenew;

    RenewingAuth(boolean canRenew) {
      this.canRenew = canRenew;
    }

    @Override
    public ApiRequest authenticate(ApiRequest request) {
      return request.toBuilder().header("Authorization", "Bearer " + token.get()).build();
    }

    @Override
    public boolean refreshAfterRejection(ApiException rejection) {
      rejections.add(rejection.statusCode());
      if (canRenew) {
        token.set("new-token");
      }
      return canRenew;
    }
  }

  @Test
  void rejectedCredentialsAreRenewedAndTheRequestSentOnceMore() {
    RenewingAuth auth = new RenewingAuth(true);
    server.enqueue(TestExecutors.status(401, "{\"error\":\"token expired\"}"));
    server.enqueue(TestExecutors.ok("{\"ok\":true}"));

    String body = TestExecutors.on(server, t, auth)
        .execute(TestExecutors.post("/passes", Idempotency.UNSAFE), TestExecutors.text());

    assertThat(body).isEqualTo("{\"ok\":true}");
    assertThat(take(server).getHeaders().get("Authorization")).isEqualTo("Bearer old-token");
    RecordedRequest second = take(server);
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer new-token");
    assertThat(second.getBody().utf8()).isEqualTo("{\"n\":1}");
    assertThat(auth.rejections).containsExactly(401);
    assertThat(t.sleeper.sleeps()).isEmpty();
  }

  @Test
  void renewedCredentialsRejectedAgainAreNotRenewedTwice() {
    RenewingAuth auth = new RenewingAuth(true);
    server.enqueue(TestExecutors.status(401, "{\"error\":\"bad token\"}"));
    server.enqueue(TestExecutors.status(401, "{\"error\":\"still bad\"}"));
    server.enqueue(TestExecutors.ok("{}"));

    assertThatThrownBy(() -> TestExecutors.on(server, t, auth)
        .execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.providerMessage()).contains("still bad"));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(auth.rejections).containsExactly(401);
  }

  @Test
  void strategyThatCannotRenewLetsTheRejectionThrough() {
    RenewingAuth auth = new RenewingAuth(false);
    server.enqueue(TestExecutors.status(401, "{\"error\":\"bad token\"}"));

    assertThatThrownBy(() -> TestExecutors.on(server, t, auth)
        .execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void authenticationRunsOncePerAttempt() {
    AtomicInteger calls = new AtomicInteger();
    AuthStrategy signing = request -> request.toBuilder()
        .header("X-Nonce", String.valueOf(calls.incrementAndGet())).build();
    server.enqueue(TestExecutors.status(503, ""));
    server.enqueue(TestExecutors.ok("{}"));

    TestExecutors.on(server, t, signing).execute(TestExecutors.get("/e", Idempotency.SAFE), TestExecutors.text());

    assertThat(take(server).getHeaders().get("X-Nonce")).isEqualTo("1");
    assertThat(take(server).getHeaders().get("X-Nonce")).isEqualTo("2");
    assertThat(calls).hasValue(2);
  }
}
