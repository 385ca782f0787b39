package dev.racereg.core.internal.auth;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.util.Objects;

/** Sends {@code Authorization: Bearer <token>}. Immutable. */
public final class BearerTokenAuth implements AuthStrategy {

  private final Secret token;
  private final Redaction redaction;

  /** Authenticates with the given token. */
  public BearerTokenAuth(Secret token) {
    this.token = Objects.requireNonNull(token, "token");
    // fixed credentials: built once, though every attempt asks for them
    this.redaction = Redaction.headers("Authorization").and(Redaction.secretValues(token.reveal()));
  }

  @Override
  public ApiRequest authenticate(ApiRequest request) {
    return request.toBuilder().header("Authorization", "Bearer " + token.reveal()).build();
  }

  @Override
  public Redaction redaction() {
    return redaction;
  }

  @Override
  public String toString() {
    return "BearerTokenAuth{token=****}";
  }
}
