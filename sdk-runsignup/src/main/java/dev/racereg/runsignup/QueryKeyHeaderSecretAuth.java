package dev.racereg.runsignup;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.util.Objects;

/**
 * A key in the query string with its secret in a header: RunSignup's API v2 key
 * ({@code rsu_api_key}) and super partner key ({@code sp_api_key}), both with
 * {@code X-RSU-API-SECRET}. No core strategy splits a pair this way. Immutable.
 */
final class QueryKeyHeaderSecretAuth implements AuthStrategy {

  /** The header carrying the secret (seen). */
  static final String SECRET_HEADER = "X-RSU-API-SECRET";

  private final String keyParam;
  private final String key;
  private final Secret secret;
  private final Redaction redaction;

  QueryKeyHeaderSecretAuth(String keyParam, String key, Secret secret) {
    this.keyParam = Objects.requireNonNull(keyParam, "keyParam");
    this.key = Objects.requireNonNull(key, "key");
    this.secret = Objects.requireNonNull(secret, "secret");
    // fixed credentials: built once, though every attempt asks for them
    this.redaction = Redaction.headers(SECRET_HEADER).and(Redaction.secretValues(secret.reveal()));
  }

  @Override
  public ApiRequest authenticate(ApiRequest request) {
    return request.toBuilder().removeQuery(keyParam).query(keyParam, key)
        .header(SECRET_HEADER, secret.reveal()).build();
  }

  @Override
  public Redaction redaction() {
    return redaction;
  }

  @Override
  public String toString() {
    return "QueryKeyHeaderSecretAuth{" + keyParam + "=" + key + ", " + SECRET_HEADER + "=****}";
  }
}
