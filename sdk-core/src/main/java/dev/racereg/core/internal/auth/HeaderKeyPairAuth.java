package dev.racereg.core.internal.auth;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.util.Objects;

/** A key and a secret as two request headers. Immutable. */
public final class HeaderKeyPairAuth implements AuthStrategy {

  private final String keyHeader;
  private final String key;
  private final String secretHeader;
  private final Redaction redaction;
  private final Secret secret;

  /**
   * @param keyHeader the key's header name
   * @param key the key (not secret)
   * @param secretHeader the secret's header name
   * @param secret the secret
   */
  public HeaderKeyPairAuth(String keyHeader, String key, String secretHeader, Secret secret) {
    this.keyHeader = Objects.requireNonNull(keyHeader, "keyHeader");
    this.key = Objects.requireNonNull(key, "key");
    this.secretHeader = Objects.requireNonNull(secretHeader, "secretHeader");
    this.secret = Objects.requireNonNull(secret, "secret");
    // fixed credentials: built once, though every attempt asks for them
    this.redaction = Redaction.headers(secretHeader).and(Redaction.secretValues(secret.reveal()));
  }

  @Override
  public ApiRequest authenticate(ApiRequest request) {
    return request.toBuilder().header(keyHeader, key).header(secretHeader, secret.reveal()).build();
  }

  @Override
  public Redaction redaction() {
    return redaction;
  }

  @Override
  public String toString() {
    return "HeaderKeyPairAuth{" + keyHeader + "=" + key + ", " + secretHeader + "=****}";
  }
}
