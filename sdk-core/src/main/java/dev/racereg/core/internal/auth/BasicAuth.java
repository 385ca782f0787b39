package dev.racereg.core.internal.auth;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** HTTP Basic: {@code Authorization: Basic base64(user:password)}, UTF-8. Immutable. */
public final class BasicAuth implements AuthStrategy {

  private final String username;
  private final Secret password;
  private final String headerValue;
  private final Redaction redaction;

  /**
   * @param username the user or key name (not secret; it may appear in logs)
   * @param password the password or key secret
   * @throws IllegalArgumentException if the username contains {@code ':'}, which Basic cannot carry
   */
  public BasicAuth(String username, Secret password) {
    this.username = Objects.requireNonNull(username, "username");
    this.password = Objects.requireNonNull(password, "password");
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("username must not contain ':'");
    }
    this.headerValue = "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
    // fixed credentials: built once, though every attempt asks for them
    this.redaction = Redaction.headers("Authorization")
        .and(Redaction.secretValues(password.reveal(), headerValue.substring("Basic ".length())));
  }

  /** The user or key name. */
  public String username() {
    return username;
  }

  @Override
  public ApiRequest authenticate(ApiRequest request) {
    return request.toBuilder().header("Authorization", headerValue).build();
  }

  @Override
  public Redaction redaction() {
    return redaction;
  }

  @Override
  public String toString() {
    return "BasicAuth{username=" + username + ", password=****}";
  }
}
