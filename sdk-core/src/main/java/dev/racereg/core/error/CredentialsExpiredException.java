package dev.racereg.core.error;

import java.time.Instant;
import java.util.Objects;

/**
 * A credential the SDK can inspect (a JWT's {@code exp} claim, a temporary key's lifetime) has
 * expired, so the request was not sent. Obtain a new credential and build a new client.
 */
public class CredentialsExpiredException extends RaceRegException {

  private static final long serialVersionUID = 1L;

  private final Instant expiredAt;

  /**
   * @param message what expired; must not contain the credential
   * @param expiredAt when it expired
   */
  public CredentialsExpiredException(String message, Instant expiredAt) {
    super(message);
    this.expiredAt = Objects.requireNonNull(expiredAt, "expiredAt");
  }

  /** When the credential expired. */
  public Instant expiredAt() {
    return expiredAt;
  }
}
