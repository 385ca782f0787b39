package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.auth.Secret;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * OAuth 2.0 tokens from RunSignup's token endpoints ({@code access_token}, {@code expires_in},
 * {@code refresh_token}, {@code token_type}). Immutable; secrets print as {@code ****}. Persist the
 * refresh token of the newest set: a refresh may rotate it (see
 * {@link RunSignupClient.Builder#onTokensRefreshed}).
 */
public final class RunSignupTokens {

  private final Secret accessToken;
  private final Instant expiresAt;
  private final Secret refreshToken;
  private final String tokenType;

  /**
   * @param accessToken the access token
   * @param expiresAt when the access token expires, or null if unknown
   * @param refreshToken the refresh token, or null
   * @param tokenType the token type, normally {@code Bearer}; null means {@code Bearer}
   */
  public RunSignupTokens(Secret accessToken, Instant expiresAt, Secret refreshToken, String tokenType) {
    this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    this.expiresAt = expiresAt;
    this.refreshToken = refreshToken;
    this.tokenType = tokenType == null || tokenType.isBlank() ? "Bearer" : tokenType;
  }

  /**
   * Reads a token response; {@code expires_in} (seconds) counts from {@code receivedAt}.
   *
   * @param previousRefreshToken kept when the response carries no new refresh token
   * @throws IllegalArgumentException if {@code access_token} is missing
   */
  static RunSignupTokens fromJson(JsonNode node, Instant receivedAt, Secret previousRefreshToken) {
    RsuFields f = RsuFields.of(node, "the token response");
    String access = f.text("access_token");
    if (access == null) {
      throw new IllegalArgumentException("the token response has no access_token");
    }
    Long expiresIn = f.longValue("expires_in");
    String refresh = f.text("refresh_token");
    return new RunSignupTokens(Secret.of(access), expiresIn == null ? null : receivedAt.plusSeconds(expiresIn),
        refresh == null ? previousRefreshToken : Secret.of(refresh), f.text("token_type"));
  }

  /** The access token. */
  public Secret accessToken() {
    return accessToken;
  }

  /** When the access token expires, if the platform said. */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** The refresh token, if one was issued. */
  public Optional<Secret> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /** The token type, {@code Bearer} unless the platform said otherwise. */
  public String tokenType() {
    return tokenType;
  }

  @Override
  public String toString() {
    return "RunSignupTokens{accessToken=****, expiresAt=" + expiresAt + ", refreshToken="
        + (refreshToken == null ? "none" : "****") + ", tokenType=" + tokenType + "}";
  }
}
