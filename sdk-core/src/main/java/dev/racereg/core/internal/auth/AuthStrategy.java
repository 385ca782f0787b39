package dev.racereg.core.internal.auth;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;

/**
 * Turns a request into an authenticated one. It may add headers or query parameters, add fields
 * to the body, or sign any of them. Called once per attempt, before the request is logged, so a
 * signature or a refreshed token is always current. Implementations are immutable or
 * thread-safe: one client serves many threads.
 */
public interface AuthStrategy {

  /**
   * An authenticated copy of {@code request}.
   *
   * @throws dev.racereg.core.error.CredentialsExpiredException if the credential is known to be
   *     expired, so the request is not sent
   */
  ApiRequest authenticate(ApiRequest request);

  /** What this strategy's credentials look like on the wire, so logs and errors mask them. */
  default Redaction redaction() {
    return Redaction.none();
  }

  /**
   * Called when the platform rejected the credentials (an
   * {@link dev.racereg.core.error.AuthenticationException}). A strategy that can renew them (log
   * in again, refresh a token) does so and returns true, and the request is sent once more.
   *
   * @return whether new credentials are in place
   */
  default boolean refreshAfterRejection(ApiException rejection) {
    return false;
  }

  /** A strategy that adds nothing, for endpoints without authentication. */
  static AuthStrategy none() {
    return request -> request;
  }
}
