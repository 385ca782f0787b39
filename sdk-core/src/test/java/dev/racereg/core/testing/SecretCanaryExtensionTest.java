package dev.racereg.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.auth.Secret;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

class SecretCanaryExtensionTest {

  private final SecretCanaryExtension extension = new SecretCanaryExtension();

  /** A context for a test without annotations. */
  private static ExtensionContext context() {
    return context(null);
  }

  /** A context for a test running on {@code instance}, whose class may carry annotations. */
  private static ExtensionContext context(Object instance) {
    return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
        new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getDisplayName" -> "someTest()";
          case "getTestMethod", "getTestInstances" -> Optional.empty();
          case "getTestClass" -> Optional.ofNullable(instance).map(Object::getClass);
          case "getTestInstance" -> Optional.ofNullable(instance);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** A project object that prints what it holds, as a careless toString() would. */
  record Leaky(String key) {}

  /** A test instance keeping a leaky object in a field. */
  static final class LeakyFieldTest {
    private final Leaky client = new Leaky("key=" + Canaries.ACTIGO);
  }

  /** A test instance keeping leaky objects one level down, in containers. */
  static final class LeakyContainersTest {
    private final List<Object> list = List.of("plain", new Leaky("x"), new Leaky(Canaries.PACE_SECRET));
    private final Optional<Leaky> optional = Optional.of(new Leaky("nothing"));
  }

  /** A test instance keeping a leak in a map value. */
  static final class LeakyMapTest {
    private static final Map<String, Leaky> BY_NAME = Map.of("a", new Leaky(Canaries.RUNSIGNUP));
  }

  /** A test instance keeping an object that prints an FFTri X-Auth-Token. */
  static final class LeakyTokenTest {
    private final Leaky auth = new Leaky("X-Auth-Token: " + Canaries.fftriTokens().get(3));
  }

  /** A test instance holding secrets only behind masking objects, and raw inputs. */
  static final class MaskedFieldsTest {
    private final String rawInput = Canaries.ACTIGO;
    private final Secret secret = Secret.of(Canaries.ACTIGO);
    private final List<Secret> secrets = List.of(Secret.of(Canaries.CORE), Secret.of(Canaries.CLI));
    private final Secret[] array = {Secret.of(Canaries.FFTRI_PASSPHRASE)};
    private final Map<String, Secret> byName = Map.of(Canaries.RUNSIGNUP, Secret.of(Canaries.RUNSIGNUP));
    private final Optional<Secret> optional = Optional.of(Secret.of(Canaries.PACE_SECRET));
    private final Object[] strings = {Canaries.CORE};
  }

  /** A test that shows a raw secret on purpose. */
  @ShowsSecrets // proves the exemption lets it through
  static final class ExemptLeakyFieldTest {
    private final Leaky shown = new Leaky(Canaries.ACTIGO);
  }

  private void runOn(Object instance) {
    extension.beforeEach(context(instance));
    extension.afterEach(context(instance));
  }

  @Test
  void findsEachCanaryPlainEncodedAndInsideBase64AtEveryAlignment() {
    for (String canary : Canaries.ALL) {
      assertThat(Canaries.findIn("key=" + canary + "&x=1")).isPresent();
      assertThat(Canaries.findIn("q=" + java.net.URLEncoder.encode(canary, StandardCharsets.UTF_8))).isPresent();
      for (String user : new String[] {"", "a", "ab", "abc", "user", "organiser"}) {
        String basic = "Authorization: Basic "
            + Base64.getEncoder().encodeToString((user + ":" + canary).getBytes(StandardCharsets.UTF_8));
        assertThat(Canaries.findIn(basic)).as("%s in Basic for [%s]", canary, user).isPresent();
        String token = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(("{\"u\":\"" + user + "\",\"k\":\"" + canary + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(Canaries.findIn("Bearer x." + token + ".sig")).as("%s in a token", canary).isPresent();
      }
    }
    assertThat(Canaries.findIn("Authorization: ****")).isEmpty();
    assertThat(Canaries.findIn(null)).isEmpty();
  }

  @Test
  void failsATestWhoseHttpLogShowedACanary() {
    extension.beforeEach(context());
    new RecordingLogSink().log("--> GET /events?key=" + Canaries.ACTIGO);

    assertThatThrownBy(() -> extension.afterEach(context())).isInstanceOf(AssertionError.class)
        .hasMessageContaining("someTest()").hasMessageNotContaining(Canaries.ACTIGO);
  }

  @Test
  void failsATestThatPrintedACanary() {
    extension.beforeEach(context());
    System.err.println("secret " + Canaries.RUNSIGNUP.replace("x", "y"));
    extension.afterEach(context()); // a changed value is no canary

    extension.beforeEach(context());
    System.out.println("the secret is " + Canaries.FFTRI_PASSPHRASE);

    assertThatThrownBy(() -> extension.afterEach(context())).isInstanceOf(AssertionError.class);
  }

  @Test
  void aFailureWhoseMessageShowsACanaryIsReportedAsALeak() {
    RuntimeException failure = new RuntimeException("wrapped", new IllegalStateException("key " + Canaries.CORE));

    assertThatThrownBy(() -> extension.handleTestExecutionException(context(), failure))
        .isInstanceOf(AssertionError.class).hasMessageContaining("canary").hasMessageNotContaining(Canaries.CORE);
    AssertionError clean = new AssertionError("expected 2 but was 3");
    assertThatThrownBy(() -> extension.handleTestExecutionException(context(), clean)).isSameAs(clean);
  }

  @Test
  void failsATestWhoseFieldPrintsACanary() {
    assertThatThrownBy(() -> runOn(new LeakyFieldTest())).isInstanceOf(AssertionError.class)
        .hasMessageContaining("toString()").hasMessageContaining("LeakyFieldTest.client")
        .hasMessageContaining("someTest()").hasMessageNotContaining(Canaries.ACTIGO);
  }

  @Test
  void failsATestWhoseContainerFieldHoldsAnObjectPrintingACanary() {
    assertThatThrownBy(() -> runOn(new LeakyContainersTest())).isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyContainersTest.list[2]").hasMessageNotContaining(Canaries.PACE_SECRET);
    assertThatThrownBy(() -> runOn(new LeakyMapTest())).isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyMapTest.BY_NAME");
  }

  @Test
  void failsATestWhoseFieldPrintsAnFftriToken() {
    assertThatThrownBy(() -> runOn(new LeakyTokenTest())).isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyTokenTest.auth");
  }

  @Test
  void passesATestWhoseFieldsHoldMaskingObjectsOrRawInputs() {
    runOn(new MaskedFieldsTest());
  }

  @Test
  void passesATestThatShowsSecretsOnPurpose() {
    runOn(new ExemptLeakyFieldTest());
  }

  @Test
  void findsTheFftriTokenOfTheCanariesInEveryHashAndCase() throws Exception {
    // the doc's formula, written out here: APIKEY=<key><passphrase>USERNAME=<username><passphrase>
    String plain = "APIKEY=" + Canaries.FFTRI_API_KEY + Canaries.FFTRI_PASSPHRASE + "USERNAME=username"
        + Canaries.FFTRI_PASSPHRASE;
    for (String algorithm : List.of("SHA-256", "SHA-1")) {
      String hex = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
          .digest(plain.getBytes(StandardCharsets.UTF_8)));
      assertThat(Canaries.findIn("X-Auth-Token: " + hex)).as(algorithm).isPresent();
      assertThat(Canaries.findIn("X-Auth-Token: " + hex.toUpperCase(java.util.Locale.ROOT))).as(algorithm).isPresent();
    }
    assertThat(Canaries.fftriTokens()).hasSize(Canaries.FFTRI_USERNAMES.size() * 4).doesNotHaveDuplicates();
  }

  @Test
  void quietTestsPass() {
    extension.beforeEach(context());
    new RecordingLogSink().log("--> GET /events?key=****");
    System.out.println("nothing secret");

    extension.afterEach(context());
  }
}
