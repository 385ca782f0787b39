package dev.racereg.actigo;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.auth.BasicAuth;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.http.Redaction;
import java.util.Objects;

/**
 * An Actigo access key: its name and secret, generated at {@code actigo.app/developers}. Sent as
 * HTTP Basic ({@code Authorization: Basic base64(keyName:keySecret)}). A key sees exactly what the user who created it sees: the activities of the
 * organisers that user is a member of, or of organisations associated with them (a timing
 * company). Immutable; {@link #toString()} never shows the secret.
 *
 * <p>Pass it to {@link ActigoClient.Builder#credentials(ActigoCredentials)}:
 *
 * <pre>{@code
 * ActigoClient actigo = ActigoClient.builder()
 *     .credentials(ActigoCredentials.of(System.getenv("ACTIGO_KEY_NAME"), System.getenv("ACTIGO_KEY_SECRET")))
 *     .build();
 * }</pre>
 */
public final class ActigoCredentials {

  private final String keyName;
  private final Secret keySecret;

  private ActigoCredentials(String keyName, Secret keySecret) {
    this.keyName = keyName;
    this.keySecret = keySecret;
  }

  /**
   * An access key.
   *
   * @param keyName the key's name (not secret: it may appear in logs)
   * @param keySecret the key's secret
   * @throws dev.racereg.core.error.ValidationException if the name is blank or contains
   *     {@code :} (HTTP Basic cannot carry it), or the secret is blank or shorter than
   *     {@value Redaction#MIN_SECRET_LENGTH} characters (too short to be masked in logs)
   */
  public static ActigoCredentials of(String keyName, String keySecret) {
    Validation.notBlank(keyName, "keyName");
    Validation.check(keyName.indexOf(':') < 0, "keyName", "must not contain ':' (HTTP Basic cannot carry it)");
    Validation.notBlank(keySecret, "keySecret");
    Validation.check(keySecret.length() >= Redaction.MIN_SECRET_LENGTH, "keySecret",
        "must be at least " + Redaction.MIN_SECRET_LENGTH + " characters");
    return new ActigoCredentials(keyName, Secret.of(keySecret));
  }

  /** The key's name. */
  public String keyName() {
    return keyName;
  }

  /** The key's secret; {@code toString()} prints {@code ****}. */
  public Secret keySecret() {
    return keySecret;
  }

  /** The auth strategy: HTTP Basic with these credentials, redacting the secret and the header. */
  AuthStrategy auth() {
    return new BasicAuth(keyName, keySecret);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActigoCredentials && keyName.equals(((ActigoCredentials) o).keyName)
        && keySecret.equals(((ActigoCredentials) o).keySecret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyName);
  }

  /** The key name; the secret as {@code ****}. */
  @Override
  public String toString() {
    return "ActigoCredentials{keyName=" + keyName + ", keySecret=****}";
  }
}
