package dev.racereg.testkit.fftri;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.testkit.fftri.FftriHttp.Reply;
import dev.racereg.testkit.fftri.FftriSimulator.TokenAlgorithm;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FftriAuthTest {

  private final FftriSimulator sim = FftriSimulator.builder().build().start();
  private final FftriHttp http = new FftriHttp(sim);

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void tokenMatchesTheKnownAnswerForTheDocSampleString() {
    assertThat(FftriSimulator.authToken("username", "d41d8cd98f00b204e9800998ecf8427e",
        "passphrase", TokenAlgorithm.SHA_256))
        .isEqualTo("211b948cf887369081a0660ffbab0f1dd145643173953cf4bfe6a3bc20c35a3c");
    // the defaults are the doc's sample credentials, so the simulator accepts exactly that token
    assertThat(sim.credentials().authToken())
        .isEqualTo("211b948cf887369081a0660ffbab0f1dd145643173953cf4bfe6a3bc20c35a3c");
    assertThat(sim.credentials().username()).isEqualTo("username");
    assertThat(sim.credentials().apiKey()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(sim.credentials().passphrase()).isEqualTo("passphrase");
  }

  @Test
  void credentialsAreTheDocExamplesAndPrintWithoutTheirSecrets() {
    FftriSandboxCredentials credentials = sim.credentials();
    assertThat(credentials.username()).isEqualTo("username");
    assertThat(credentials.apiKey()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(credentials.tokenAlgorithm()).isEqualTo(TokenAlgorithm.SHA_256);
    assertThat(credentials.authToken()).isEqualTo(FftriSimulator.authToken(credentials.username(),
        credentials.apiKey(), credentials.passphrase(), TokenAlgorithm.SHA_256));
    assertThat(credentials.toString()).contains("username", "ORGA10286")
        .doesNotContain(credentials.apiKey(), credentials.organiserKey(), "passphrase=passphrase");
  }

  @Test
  void knownAnswerTokenOpensThePassOperationsInEitherHexCase() {
    int trial = sim.trialIds().get(0);
    Map<String, String> headers = http.auth();
    headers.put("X-Auth-Token", "211b948cf887369081a0660ffbab0f1dd145643173953cf4bfe6a3bc20c35a3c");
    assertThat(http.call("GET", "pass-competition-list/" + trial + "/3", null, headers).code())
        .isEqualTo(200);
    headers.put("X-Auth-Token",
        "211B948CF887369081A0660FFBAB0F1DD145643173953CF4BFE6A3BC20C35A3C");
    assertThat(http.call("GET", "pass-competition-list/" + trial + "/3", null, headers).code())
        .isEqualTo(200);
  }

  @Test
  void wrongOrMissingTokenIsRefusedOnEveryPassOperation() {
    int trial = sim.trialIds().get(0);
    String pass = sim.passes(trial).get(0).passNumber();
    Map<String, String> wrong = http.auth();
    // the doc's sample token: 40 hex digits, not the digest of anything the simulator accepts
    wrong.put("X-Auth-Token", "33D5BFBF2B4677259B6FE0BF49326A253AB21835");
    Map<String, String> missing = http.auth();
    missing.remove("X-Auth-Token");
    for (Map<String, String> headers : java.util.List.of(wrong, missing)) {
      Reply list = http.call("GET", "pass-competition-list/" + trial + "/3", null, headers);
      Reply verify = http.call("GET", "pass-competition/" + pass + "/" + trial, null, headers);
      Reply create = http.call("POST", "create-pass-competition", createBody(trial), headers);
      Reply update = http.call("POST", "update-pass-competition",
          Map.of("passNumber", pass, "refund", 1), headers);
      Reply itu = http.call("GET", "itu-federations", null, headers);
      for (Reply reply : java.util.List.of(list, verify, create, update, itu)) {
        assertThat(reply.code()).isEqualTo(403);
        assertThat(reply.json().get("success").asText()).isEqualTo("false");
        assertThat(reply.json().get("error").asText()).contains("X-Auth-Token");
      }
    }
    assertThat(sim.createdPasses()).isEmpty();
    assertThat(sim.pass(pass).orElseThrow().refunded()).isEqualTo(sim.passes(trial).get(0).refunded());
  }

  @Test
  void tokenOfAnotherPassphraseIsRefused() {
    Map<String, String> headers = http.auth();
    headers.put("X-Auth-Token", FftriSimulator.authToken(sim.credentials().username(), sim.credentials().apiKey(), "other",
        TokenAlgorithm.SHA_256));
    assertThat(http.call("GET", "itu-federations", null, headers).code()).isEqualTo(403);
  }

  @Test
  void sha1CanBeChosenAndThenSha256IsRefused() {
    try (FftriSimulator sha1 = FftriSimulator.builder().tokenAlgorithm(TokenAlgorithm.SHA_1)
        .build().start()) {
      FftriHttp client = new FftriHttp(sha1);
      assertThat(sha1.credentials().authToken()).hasSize(40);
      assertThat(client.get("itu-federations").code()).isEqualTo(200);
      Map<String, String> headers = client.auth();
      headers.put("X-Auth-Token", FftriSimulator.authToken(sha1.credentials().username(), sha1.credentials().apiKey(),
          sha1.credentials().passphrase(), TokenAlgorithm.SHA_256));
      assertThat(client.call("GET", "itu-federations", null, headers).code()).isEqualTo(403);
    }
  }

  @Test
  void customCredentialsChangeTheAcceptedToken() {
    try (FftriSimulator custom = FftriSimulator.builder()
        .credentials("chrono-nord", "0123456789abcdef0123456789abcdef", "s3cr3t").build().start()) {
      assertThat(custom.credentials().authToken()).isEqualTo(FftriSimulator.authToken("chrono-nord",
          "0123456789abcdef0123456789abcdef", "s3cr3t", TokenAlgorithm.SHA_256));
      assertThat(new FftriHttp(custom).get("itu-federations").code()).isEqualTo(200);
      // the doc's sample credentials no longer work
      Map<String, String> docSample = new FftriHttp(sim).auth();
      assertThat(new FftriHttp(custom).call("GET", "ping", null, docSample).code()).isEqualTo(401);
    }
  }

  @Test
  void missingOrWrongCredentialsAre401WithTheErrorShape() {
    Map<String, String> noUser = http.auth();
    noUser.remove("X-USER");
    Map<String, String> noKey = http.auth();
    noKey.remove("Authorization");
    Map<String, String> wrongKey = http.auth();
    wrongKey.put("Authorization", "ffffffffffffffffffffffffffffffff");
    Map<String, String> bearer = http.auth();
    bearer.put("Authorization", "Bearer " + sim.credentials().apiKey());
    Map<String, String> wrongUser = http.auth();
    wrongUser.put("X-USER", sim.credentials().username().toUpperCase(Locale.ROOT));
    for (Map<String, String> headers : java.util.List.of(noUser, noKey, wrongKey, bearer, wrongUser)) {
      Reply reply = http.call("GET", "seasons", null, headers);
      assertThat(reply.code()).isEqualTo(401);
      assertThat(reply.json().get("success").asText()).isEqualTo("false");
      assertThat(reply.json().get("error").asText()).isNotBlank();
    }
  }

  @Test
  void operationsWithoutTheExtraSecurityNeedNoToken() {
    Map<String, String> headers = http.auth();
    headers.remove("X-Auth-Token");
    assertThat(http.call("GET", "ping", null, headers).code()).isEqualTo(200);
    assertThat(http.call("GET", "seasons", null, headers).code()).isEqualTo(200);
    assertThat(http.call("POST", "test-licence/" + sim.currentSeason().id(),
        Map.of("licence", sim.licenceNumbersValidFor(sim.currentSeason().id()).get(0)), headers)
        .code()).isEqualTo(200);
  }

  @Test
  void ituLookupsCanBeOpenedWithoutToken() {
    try (FftriSimulator open = FftriSimulator.builder().tokenRequiredOnItuEndpoints(false)
        .build().start()) {
      FftriHttp client = new FftriHttp(open);
      Map<String, String> headers = client.auth();
      headers.remove("X-Auth-Token");
      assertThat(client.call("GET", "itu-federations", null, headers).code()).isEqualTo(200);
      assertThat(client.call("GET", "itu-federation/4", null, headers).code()).isEqualTo(200);
      assertThat(client.call("GET", "get-itu-affiliated-federation", null, headers).code())
          .isEqualTo(200);
      // pass operations keep requiring it
      assertThat(client.call("GET", "pass-competition-list/31732/3", null, headers).code())
          .isEqualTo(403);
    }
  }

  @Test
  void unknownPathsAre404AndWrongMethodsAre405() {
    Reply unknown = http.get("licences");
    assertThat(unknown.code()).isEqualTo(404);
    assertThat(unknown.json().get("success").asText()).isEqualTo("false");
    assertThat(http.get("clubs").code()).isEqualTo(404);
    assertThat(http.get("clubs/10/extra").code()).isEqualTo(404);
    Reply wrongMethod = http.get("test-licence/10");
    assertThat(wrongMethod.code()).isEqualTo(405);
    assertThat(wrongMethod.headers().get("Allow")).isEqualTo("POST");
    Reply postOnGet = http.post("seasons", Map.of());
    assertThat(postOnGet.code()).isEqualTo(405);
    assertThat(postOnGet.headers().get("Allow")).isEqualTo("GET");
    // routing comes before authentication, like the platform's framework
    Map<String, String> none = new LinkedHashMap<>();
    assertThat(http.call("GET", "nowhere", null, none).code()).isEqualTo(404);
  }

  static Map<String, Object> createBody(int trial) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("fftriId", trial);
    body.put("firstName", "Camille");
    body.put("lastName", "Lefèvre");
    body.put("birthDate", "1988-07-23");
    body.put("price", 20);
    body.put("type", 1);
    body.put("customerEmail", "camille.lefevre@gmail.com");
    body.put("testEdition", 0);
    return body;
  }
}
