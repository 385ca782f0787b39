package dev.racereg.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/**
 * Reading fixture files and building canned JSON responses, for every module's tests.
 *
 * <p>The platforms' documented example bodies live once, under {@code fixtures/docs/<provider>/}
 * of this test-jar, read by {@link #doc}: the client tests parse them and the simulator tests
 * compare the simulators' answers with them, so a misreading of the documentation cannot hide in
 * one copy of it.
 */
public final class TestFixtures {

  private TestFixtures() {}

  /**
   * The UTF-8 text of a resource next to {@code anchor} (a relative name resolves in the anchor's
   * package, so {@code src/test/resources/dev/racereg/<module>/}).
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  public static String read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name + " next to " + anchor.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The UTF-8 text of one of a platform's documented example bodies, as kept under
   * {@code src/test/resources/fixtures/docs/<provider>/} of the core test-jar (each provider's
   * folder says what was repaired in the doc's examples, where anything was).
   *
   * @param provider the provider's module name: {@code pace}, {@code actigo}, {@code runsignup},
   *     {@code letsdothis} or {@code fftri}
   * @param name the file name, for example {@code "participants-en.json"}
   * @throws IllegalArgumentException if there is no such example
   */
  public static String doc(String provider, String name) {
    return read(TestFixtures.class, "/fixtures/docs/" + provider + "/" + name);
  }

  /** A response with a status and a JSON body. */
  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
  }
}
