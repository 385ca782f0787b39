package dev.racereg.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/** Reading fixture files and building canned JSON responses, for every module's tests. */
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

  /** A response with a status and a JSON body. */
  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
  }
}
