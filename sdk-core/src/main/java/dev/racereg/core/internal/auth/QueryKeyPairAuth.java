package dev.racereg.core.internal.auth;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.util.Objects;

/**
 * A key and a secret as two query parameters (for example {@code api_key} and
 * {@code api_secret}). Query strings end up in proxy and server logs, so prefer a header mode when
 * the platform offers one; the SDK's own logs and errors always mask the secret. Immutable.
 */
public final class QueryKeyPairAuth implements AuthStrategy {

  private final String keyParam;
  private final String key;
  private final String secretParam;
  private final Redaction redaction;
  private final Secret secret;

  /**
   * @param keyParam the key's parameter name
   * @param key the key (not secret)
   * @param secretParam the secret's parameter name
   * @param secret the secret
   */
  public QueryKeyPairAuth(String keyParam, String key, String secretParam, Secret secret) {
    this.keyParam = Objects.requireNonNull(keyParam, "keyParam");
    this.key = Objects.requireNonNull(key, "key");
    this.secretParam = Objects.requireNonNull(secretParam, "secretParam");
    this.secret = Objects.requireNonNull(secret, "secret");
    // fixed credentials: built once, though every attempt asks for them
    this.redaction = Redaction.queryParams(secretParam).and(Redaction.secretValues(secret.reveal()));
  }

  @Override
  public ApiRequest authenticate(ApiRequest request) {
    return request.toBuilder()
        .removeQuery(keyParam).removeQuery(secretParam)
        .query(keyParam, key).query(secretParam, secret.reveal())
        .build();
  }

  @Override
  public Redaction redaction() {
    return redaction;
  }

  @Override
  public String toString() {
    return "QueryKeyPairAuth{" + keyParam + "=" + key + ", " + secretParam + "=****}";
  }
}
