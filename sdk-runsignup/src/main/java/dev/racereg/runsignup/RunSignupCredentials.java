package dev.racereg.runsignup;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import java.time.Instant;

/**
 * How a {@link RunSignupClient} authenticates: one record per mode RunSignup offers, and the
 * client picks the wire format from the record's type. Secrets are {@link Secret}s, so
 * {@code toString()} shows {@code ****} for them.
 *
 * <ul>
 *   <li>{@link ApiKey}: {@code api_key} and {@code api_secret} in the query string.</li>
 *   <li>{@link Login}: an e-mail and password; the client calls {@code POST /Login} for a temporary
 *       {@code tmp_key} and {@code tmp_secret} (sent in the query string), logs in again when the
 *       key has been idle for nearly an hour (RunSignup expires it one hour after last use) or is
 *       rejected. RunSignup calls this mode deprecated.</li>
 *   <li>{@link RsuApiKey}: API v2 key {@code rsu_api_key} in the query string, secret in the
 *       {@code X-RSU-API-SECRET} header.</li>
 *   <li>{@link SuperPartnerKey}: {@code sp_api_key} in the query string, secret in the
 *       {@code X-RSU-API-SECRET} header.</li>
 *   <li>{@link OAuth}: {@code Authorization: Bearer} with an OAuth 2.0 access token, refreshed
 *       through {@code POST /v2/auth/refresh-token.json} shortly before it expires and when it is
 *       rejected, if a refresh token was given.</li>
 * </ul>
 *
 * <p>Every mode also takes RunSignup's API caller registration, set on the client builder
 * ({@link RunSignupClient.Builder#callerRegistration(RunSignupCallerRegistration)}): it identifies
 * the application, travels in addition to these credentials, and is required from 2027-01-01.
 * OAuth 1.0 was removed by RunSignup on 2026-04-01; OAuth 2.0 is its preferred mode.
 *
 * <p>Prefer the header modes ({@link RsuApiKey}, {@link SuperPartnerKey}, {@link OAuth}): a secret
 * in a query string ends up in proxy and server logs. The SDK's own logs, exception messages and
 * logged URLs mask every secret whatever the mode.
 */
public sealed interface RunSignupCredentials {

  /**
   * Permanent API key and secret, sent as {@code api_key} and {@code api_secret}.
   *
   * @throws ValidationException if either is blank
   */
  static ApiKey apiKey(String apiKey, String apiSecret) {
    return new ApiKey(apiKey, secret(apiSecret, "apiSecret"));
  }

  /**
   * E-mail and password for temporary keys from {@code POST /Login}.
   *
   * @deprecated RunSignup deprecated temporary e-mail/password credentials on 2026-02-01 (they
   *     still answer, but are no longer among the documented methods); use OAuth 2.0
   *     ({@link #oauth(RunSignupTokens, String, String)}) or an API key.
   * @throws ValidationException if either is blank
   */
  @Deprecated(since = "RunSignup 2026-02-01")
  static Login login(String email, String password) {
    return new Login(email, secret(password, "password"));
  }

  /**
   * API v2 key and secret ({@code rsu_api_key} and the {@code X-RSU-API-SECRET} header).
   *
   * @throws ValidationException if either is blank
   */
  static RsuApiKey rsuApiKey(String apiKey, String apiSecret) {
    return new RsuApiKey(apiKey, secret(apiSecret, "apiSecret"));
  }

  /**
   * Super partner key and secret ({@code sp_api_key} and the {@code X-RSU-API-SECRET} header).
   *
   * @throws ValidationException if either is blank
   */
  static SuperPartnerKey superPartnerKey(String apiKey, String apiSecret) {
    return new SuperPartnerKey(apiKey, secret(apiSecret, "apiSecret"));
  }

  /**
   * An OAuth 2.0 access token that is used until RunSignup rejects it (no refresh).
   *
   * @throws ValidationException if it is blank
   */
  static OAuth oauthAccessToken(String accessToken) {
    return new OAuth(secret(accessToken, "accessToken"), null, null, null, null);
  }

  /**
   * OAuth 2.0 tokens with what it takes to refresh them: the client refreshes the access token
   * shortly before {@link RunSignupTokens#expiresAt()} and when RunSignup rejects it.
   *
   * @param tokens from {@link RunSignupOAuth#redeemAuthorizationCode} or a previous refresh
   * @param clientId the OAuth app's client id
   * @param clientSecret the app's client secret, or null for a public (PKCE-only) app
   * @throws ValidationException if the client id is blank
   */
  static OAuth oauth(RunSignupTokens tokens, String clientId, String clientSecret) {
    Validation.required(tokens, "tokens");
    return new OAuth(tokens.accessToken(), tokens.expiresAt().orElse(null), tokens.refreshToken().orElse(null),
        clientId, clientSecret == null ? null : secret(clientSecret, "clientSecret"));
  }

  private static Secret secret(String value, String field) {
    return Secret.of(Validation.notBlank(value, field));
  }

  /**
   * Permanent key pair sent in the query string ({@code api_key}, {@code api_secret}).
   *
   * @param apiKey the key (not secret)
   * @param apiSecret the secret
   */
  record ApiKey(String apiKey, Secret apiSecret) implements RunSignupCredentials {
    /** @throws ValidationException if a part is missing */
    public ApiKey {
      Validation.notBlank(apiKey, "apiKey");
      Validation.required(apiSecret, "apiSecret");
    }
  }

  /**
   * A RunSignup user's e-mail and password, exchanged for temporary keys.
   *
   * @param email the account's e-mail
   * @param password the password
   */
  record Login(String email, Secret password) implements RunSignupCredentials {
    /** @throws ValidationException if a part is missing */
    public Login {
      Validation.notBlank(email, "email");
      Validation.required(password, "password");
    }
  }

  /**
   * API v2 key ({@code rsu_api_key}) with its secret in the {@code X-RSU-API-SECRET} header.
   *
   * @param apiKey the key (not secret)
   * @param apiSecret the secret
   */
  record RsuApiKey(String apiKey, Secret apiSecret) implements RunSignupCredentials {
    /** @throws ValidationException if a part is missing */
    public RsuApiKey {
      Validation.notBlank(apiKey, "apiKey");
      Validation.required(apiSecret, "apiSecret");
    }
  }

  /**
   * Super partner key ({@code sp_api_key}) with its secret in the {@code X-RSU-API-SECRET} header.
   *
   * @param apiKey the key (not secret)
   * @param apiSecret the secret
   */
  record SuperPartnerKey(String apiKey, Secret apiSecret) implements RunSignupCredentials {
    /** @throws ValidationException if a part is missing */
    public SuperPartnerKey {
      Validation.notBlank(apiKey, "apiKey");
      Validation.required(apiSecret, "apiSecret");
    }
  }

  /**
   * OAuth 2.0 bearer credentials.
   *
   * @param accessToken the access token
   * @param expiresAt when it expires, or null if unknown
   * @param refreshToken the refresh token, or null (then the token is never refreshed)
   * @param clientId the OAuth app's client id; required with a refresh token
   * @param clientSecret the app's client secret, or null for a public app
   */
  record OAuth(Secret accessToken, Instant expiresAt, Secret refreshToken, String clientId, Secret clientSecret)
      implements RunSignupCredentials {
    /** @throws ValidationException if the token is missing, or a refresh token comes without a client id */
    public OAuth {
      Validation.required(accessToken, "accessToken");
      if (refreshToken != null) {
        Validation.notBlank(clientId, "clientId");
      }
    }

    /** Whether the client can refresh the access token. */
    public boolean canRefresh() {
      return refreshToken != null;
    }
  }
}
