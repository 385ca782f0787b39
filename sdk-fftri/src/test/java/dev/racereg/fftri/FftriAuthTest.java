package dev.racereg.fftri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redactor;
import dev.racereg.core.testing.Canaries;
import dev.racereg.fftri.FftriCredentials.HexCase;
import dev.racereg.fftri.FftriCredentials.TokenAlgorithm;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FftriAuthTest {

  private static final String DOC_USER = "username";
  private static final String DOC_KEY = "d41d8cd98f00b204e9800998ecf8427e";

  @Test
  void tokenOfTheDocsSampleStringIsItsSha256() {
    // the doc: APIKEY=d41d8cd98f00b204e9800998ecf8427epassphraseUSERNAME=usernamepassphrase
    assertThat(FftriAuth.token(DOC_USER, DOC_KEY, "passphrase", TokenAlgorithm.SHA_256, HexCase.LOWER))
        .isEqualTo("211b948cf887369081a0660ffbab0f1dd145643173953cf4bfe6a3bc20c35a3c");
  }

  @Test
  void algorithmAndHexCaseAreConfigurable() {
    assertThat(FftriAuth.token(DOC_USER, DOC_KEY, "passphrase", TokenAlgorithm.SHA_256, HexCase.UPPER))
        .isEqualTo("211B948CF887369081A0660FFBAB0F1DD145643173953CF4BFE6A3BC20C35A3C");
    // the older doc's SHA-1: 40 hex digits, like the doc's sample header
    assertThat(FftriAuth.token(DOC_USER, DOC_KEY, "passphrase", TokenAlgorithm.SHA_1, HexCase.LOWER))
        .isEqualTo("c08d15aa011e0b0c0c2b69178fb9031991f13f72");
  }

  @Test
  void tokenIsCaseSensitiveAndDependsOnEveryPart() {
    String base = FftriAuth.token("user", "key1", "pass", TokenAlgorithm.SHA_256, HexCase.LOWER);
    assertThat(FftriAuth.token("User", "key1", "pass", TokenAlgorithm.SHA_256, HexCase.LOWER)).isNotEqualTo(base);
    assertThat(FftriAuth.token("user", "KEY1", "pass", TokenAlgorithm.SHA_256, HexCase.LOWER)).isNotEqualTo(base);
    assertThat(FftriAuth.token("user", "key1", "Pass", TokenAlgorithm.SHA_256, HexCase.LOWER)).isNotEqualTo(base);
  }

  @Test
  void tokenFollowsTheDocumentedConstructionForRandomCredentials() throws Exception {
    long seed = 20260501L;
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      String user = randomText(random);
      String key = randomText(random);
      String pass = randomText(random);
      String plain = "APIKEY=" + key + pass + "USERNAME=" + user + pass;
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : hash) {
        hex.append(String.format("%02x", b));
      }
      assertThat(FftriAuth.token(user, key, pass, TokenAlgorithm.SHA_256, HexCase.LOWER))
          .as("seed %d, case %d", seed, i).isEqualTo(hex.toString());
    }
  }

  private static String randomText(Random random) {
    String alphabet = "abcdefABCDEF0123456789-_éà ";
    StringBuilder sb = new StringBuilder();
    int length = 1 + random.nextInt(40);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void everyRequestCarriesUserAndRawKey() {
    FftriAuth auth = new FftriAuth(FftriCredentials.of(DOC_USER, DOC_KEY, "passphrase"));

    ApiRequest seasons = auth.authenticate(request(FftriOperations.SEASONS));
    ApiRequest create = auth.authenticate(request(FftriOperations.CREATE_PASS));

    assertThat(seasons.header("X-USER")).contains(DOC_USER);
    assertThat(seasons.header("Authorization")).contains(DOC_KEY);
    assertThat(seasons.header("X-Auth-Token")).isEmpty();
    assertThat(create.header("Authorization")).contains(DOC_KEY);
    assertThat(create.header("X-Auth-Token")).contains("211b948cf887369081a0660ffbab0f1dd145643173953cf4bfe6a3bc20c35a3c");
  }

  @Test
  void passOperationsWithoutPassphraseAreRefused() {
    FftriCredentials credentials = FftriCredentials.of(DOC_USER, DOC_KEY);
    FftriAuth auth = new FftriAuth(credentials);

    assertThat(credentials.hasPassphrase()).isFalse();
    assertThat(credentials.authToken()).isEmpty();
    assertThatThrownBy(() -> auth.authenticate(request(FftriOperations.LIST_PASSES)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("passphrase"));
    assertThat(auth.authenticate(request(FftriOperations.ITU_FEDERATIONS)).header("X-Auth-Token")).isEmpty();
  }

  @Test
  void secretsAreMaskedInToStringAndByItsRedaction() {
    FftriCredentials credentials = FftriCredentials.builder().username(DOC_USER).apiKey(Canaries.FFTRI_API_KEY)
        .passphrase(Canaries.FFTRI_PASSPHRASE).tokenAlgorithm(TokenAlgorithm.SHA_1).tokenHexCase(HexCase.UPPER).build();
    FftriAuth auth = new FftriAuth(credentials);
    String token = credentials.authToken().orElseThrow().reveal();

    assertThat(credentials.toString()).contains(DOC_USER).doesNotContain("CANARY").doesNotContain(token);
    assertThat(auth.toString()).contains(DOC_USER).doesNotContain("CANARY").doesNotContain(token);
    assertThat(credentials.authToken().orElseThrow().toString()).isEqualTo("****");
    Redactor redactor = new Redactor(auth.redaction());
    assertThat(redactor.text("k=" + Canaries.FFTRI_API_KEY + " p=" + Canaries.FFTRI_PASSPHRASE + " t=" + token)).isEqualTo("k=**** p=**** t=****");
    assertThat(redactor.header("X-Auth-Token", token)).isEqualTo("****");
    assertThat(redactor.header("Authorization", Canaries.FFTRI_API_KEY)).isEqualTo("****");
    assertThat(token).hasSize(40).isUpperCase();
  }

  private static ApiRequest request(String operation) {
    return ApiRequest.builder(operation, "GET", "/x", Idempotency.SAFE).build();
  }
}
