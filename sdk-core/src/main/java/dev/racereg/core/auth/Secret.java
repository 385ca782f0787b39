package dev.racereg.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential value that prints as {@code ****}. {@link #reveal()} is the only way to read it,
 * which makes every use easy to find. Equality is constant-time.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is blank
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret");
    if (value.isBlank()) {
      throw new IllegalArgumentException("secret must not be blank");
    }
    return new Secret(value);
  }

  /** The value itself. Never log it. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret && MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), ((Secret) o).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return 0; // no hash derived from the secret
  }

  /** Always {@code ****}. */
  @Override
  public String toString() {
    return "****";
  }
}
