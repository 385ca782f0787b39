package dev.racereg.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

class SecretCanaryExtensionTest {

  private final SecretCanaryExtension extension = new SecretCanaryExtension();

  /** A context for a test without annotations. */
  private static ExtensionContext context() {
    return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
        new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getDisplayName" -> "someTest()";
          case "getTestMethod", "getTestClass" -> Optional.empty();
          default -> throw new UnsupportedOperationException(method.getName());
        });
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
  void quietTestsPass() {
    extension.beforeEach(context());
    new RecordingLogSink().log("--> GET /events?key=****");
    System.out.println("nothing secret");

    extension.afterEach(context());
  }
}
