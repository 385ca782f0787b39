package dev.racereg.core.internal.auth;

import dev.racereg.core.auth.JwtClaims;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.CredentialsExpiredException;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a JWT as {@code Authorization: Bearer <token>}, and reads its claims (without verifying
 * the signature) so callers can see its expiry and organiser, and so an expired token is refused
 * before a request is sent. Immutable.
 */
public final class JwtBearerAuth implements AuthStrategy {

  private final BearerTokenAuth bearer;
  private final JwtClaims claims;
  private final Clock clock;

  /**
   * @param token the JWT
   * @param clock the clock that decides expiry (inject a fixed one in tests)
   * @throws dev.racereg.core.error.ValidationException if the token is not a readable JWT
   */
  public JwtBearerAuth(Secret token, Clock clock) {
    this.bearer = new BearerTokenAuth(token);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.claims = JwtClaims.parse(token.reveal());
  }

  /** Uses the system clock (UTC). */
  public JwtBearerAuth(Secret token) {
    this(token, Clock.systemUTC());
  }

  /** The token's claims. */
  public JwtClaims claims() {
    return claims;
  }

  /** When the token expires, if it says. */
  public Optional<Instant> expiresAt() {
    return claims.expiresAt();
  }

  /** Whether the token has expired by the clock's current time. */
  public boolean isExpired() {
    return claims.expiresAt().map(exp -> !clock.instant().isBefore(exp)).orElse(false);
  }

  /**
   * Adds the bearer header.
   *
   * @throws CredentialsExpiredException if the token's {@code exp} has passed
   */
  @Override
  public ApiRequest authenticate(ApiRequest request) {
    if (isExpired()) {
      Instant exp = claims.expiresAt().orElseThrow();
      throw new CredentialsExpiredException(
          "the API key (JWT) expired at " + exp + "; create a new key and build a new client", exp);
    }
    return bearer.authenticate(request);
  }

  /** The same masking as {@link BearerTokenAuth}: the header and the token wherever it appears. */
  @Override
  public Redaction redaction() {
    return bearer.redaction();
  }

  @Override
  public String toString() {
    return "JwtBearerAuth{token=****, claims=" + claims + "}";
  }
}
