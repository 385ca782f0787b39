package dev.racereg.runsignup;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link RunSignupClient} authenticates: one final class per mode RunSignup offers, and the
 * client picks the wire format from the mode. Secrets are {@link Secret}s, so {@code toString()}
 * shows {@code ****} for them.
 *
 * <ul>
 *   <li>{@link ApiKey}: {@code api_key} and {@code api_secret} in the query string.</li>
 *   <li>{@link Login}: an e-mail and password; the client calls {@code POST /Login} for a temporary
 *       {@code tmp_key} and {@code tmp_secret} (sent in the query string), logs in again when the
 *       key has been idle for nearly an hour (RunSignup expires it one hour after last use) or is
 *       rejected. Deprecated by RunSignup since 2026-02-01.</li>
 *   <li>{@link RsuApiKey}: API v2 key {@code rsu_api_key} in the query string, secret in the
 *       {@code X-RSU-API-SECRET} header.</li>
 *   <li>{@link SuperPartnerKey}: {@code sp_api_key} in the query string, secret in the
 *       {@code X-RSU-API-SECRET} header.</li>
 *   <li>{@link OAuth}: {@code Authorization: Bearer} with an OAuth 2.0 access token, refreshed
 *       through {@code POST /v2/auth/refresh-token.json} shortly before it expires and when it is
 *       rejected, if a refresh token was given.</li>
 *   <li>{@link CallerOnly}: no race credentials at all, only the API caller registration, for
 *       RunSignup's public endpoints.</li>
 * </ul>
 *
 * <p>Every mode carries RunSignup's optional API caller registration
 * ({@link #withCallerRegistration(RunSignupCallerRegistration)}): it identifies the application,
 * travels in addition to the race credentials on every call (login, logout and the OAuth token
 * calls included), and is required by RunSignup from 2027-01-01. OAuth 1.0 was removed by
 * RunSignup on 2026-04-01; OAuth 2.0 is its preferred mode.
 *
 * <p>The modes are final classes rather than records: they gained the registration once and may
 * gain more (a record's components are its public constructor, fixed forever). Instances are
 * immutable and compare by value.
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
    return new ApiKey(Validation.notBlank(apiKey, "apiKey"), secret(apiSecret, "apiSecret"), null);
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
    return new Login(Validation.notBlank(email, "email"), secret(password, "password"), null);
  }

  /**
   * API v2 key and secret ({@code rsu_api_key} and the {@code X-RSU-API-SECRET} header).
   *
   * @throws ValidationException if either is blank
   */
  static RsuApiKey rsuApiKey(String apiKey, String apiSecret) {
    return new RsuApiKey(Validation.notBlank(apiKey, "apiKey"), secret(apiSecret, "apiSecret"), null);
  }

  /**
   * Super partner key and secret ({@code sp_api_key} and the {@code X-RSU-API-SECRET} header).
   *
   * @throws ValidationException if either is blank
   */
  static SuperPartnerKey superPartnerKey(String apiKey, String apiSecret) {
    return new SuperPartnerKey(Validation.notBlank(apiKey, "apiKey"), secret(apiSecret, "apiSecret"), null);
  }

  /**
   * An OAuth 2.0 access token that is used until RunSignup rejects it (no refresh).
   *
   * @throws ValidationException if it is blank
   */
  static OAuth oauthAccessToken(String accessToken) {
    return new OAuth(secret(accessToken, "accessToken"), null, null, null, null, null);
  }

  /**
   * OAuth 2.0 tokens with what it takes to refresh them: the client refreshes the access token
   * shortly before {@link RunSignupTokens#expiresAt()} and when RunSignup rejects it. Tokens
   * without a refresh token are used until they expire (then calls fail with
   * {@link dev.racereg.core.error.CredentialsExpiredException} before sending).
   *
   * @param tokens from {@link RunSignupOAuth#redeemAuthorizationCode} or a previous refresh
   * @param clientId the OAuth app's client id; required when the tokens hold a refresh token
   * @param clientSecret the app's client secret, or null for a public (PKCE-only) app
   * @throws ValidationException if the tokens are missing, or the client id is blank while the
   *     tokens hold a refresh token
   */
  static OAuth oauth(RunSignupTokens tokens, String clientId, String clientSecret) {
    Validation.required(tokens, "tokens");
    return new OAuth(tokens.accessToken(), tokens.expiresAt().orElse(null), tokens.refreshToken().orElse(null),
        clientId, clientSecret == null ? null : secret(clientSecret, "clientSecret"), null);
  }

  /**
   * No race credentials, only the API caller registration: for RunSignup's public endpoints
   * (a public race, its events and results) once RunSignup requires every caller to be
   * registered.
   *
   * @throws ValidationException if the registration is missing
   */
  static CallerOnly callerOnly(RunSignupCallerRegistration registration) {
    return new CallerOnly(Validation.required(registration, "callerRegistration"));
  }

  /**
   * {@link #callerOnly(RunSignupCallerRegistration)} from the registration's token and secret.
   *
   * @throws ValidationException if either is blank or the token is not {@code <id>.<token>}
   */
  static CallerOnly callerOnly(String token, String secret) {
    return callerOnly(RunSignupCallerRegistration.of(token, secret));
  }

  /** The API caller registration sent with every call, if any. */
  Optional<RunSignupCallerRegistration> callerRegistration();

  /**
   * The same mode and values with this API caller registration, replacing any before.
   *
   * @throws ValidationException if the registration is null
   */
  RunSignupCredentials withCallerRegistration(RunSignupCallerRegistration registration);

  /**
   * The same mode and values with the registration made of this token and secret, both or
   * neither (as read from settings): both null or blank gives these credentials without a
   * registration.
   *
   * @throws ValidationException if only one is given, the token is not {@code <id>.<token>}, or
   *     neither is given for {@link CallerOnly} (which is nothing without one)
   */
  RunSignupCredentials withCallerRegistration(String token, String secret);

  private static Secret secret(String value, String field) {
    return Secret.of(Validation.notBlank(value, field));
  }

  /** Permanent key pair sent in the query string ({@code api_key}, {@code api_secret}). */
  final class ApiKey implements RunSignupCredentials {
    private final KeyPairCredential values;

    private ApiKey(KeyPairCredential values) {
      this.values = values;
    }

    private ApiKey(String apiKey, Secret apiSecret, RunSignupCallerRegistration callerRegistration) {
      this(new KeyPairCredential(apiKey, apiSecret, callerRegistration));
    }

    /** The key ({@code api_key}; not secret). */
    public String apiKey() {
      return values.name();
    }

    /** The secret. */
    public Secret apiSecret() {
      return values.secret();
    }

    @Override
    public Optional<RunSignupCallerRegistration> callerRegistration() {
      return values.callerRegistration();
    }

    @Override
    public ApiKey withCallerRegistration(RunSignupCallerRegistration registration) {
      return new ApiKey(values.withCallerRegistration(registration));
    }

    @Override
    public ApiKey withCallerRegistration(String token, String secret) {
      return new ApiKey(values.withCallerRegistration(token, secret));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ApiKey other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
      return values.hashCode();
    }

    @Override
    public String toString() {
      return values.describe("ApiKey", "apiKey", "apiSecret");
    }
  }

  /**
   * A RunSignup user's e-mail and password, exchanged for temporary keys.
   *
   * @deprecated RunSignup deprecated temporary e-mail/password credentials on 2026-02-01; see
   *     {@link RunSignupCredentials#login(String, String)}.
   */
  @Deprecated(since = "RunSignup 2026-02-01")
  final class Login implements RunSignupCredentials {
    private final KeyPairCredential values;

    private Login(KeyPairCredential values) {
      this.values = values;
    }

    private Login(String email, Secret password, RunSignupCallerRegistration callerRegistration) {
      this(new KeyPairCredential(email, password, callerRegistration));
    }

    /** The account's e-mail. */
    public String email() {
      return values.name();
    }

    /** The password. */
    public Secret password() {
      return values.secret();
    }

    @Override
    public Optional<RunSignupCallerRegistration> callerRegistration() {
      return values.callerRegistration();
    }

    @Override
    public Login withCallerRegistration(RunSignupCallerRegistration registration) {
      return new Login(values.withCallerRegistration(registration));
    }

    @Override
    public Login withCallerRegistration(String token, String secret) {
      return new Login(values.withCallerRegistration(token, secret));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Login other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
      return values.hashCode();
    }

    @Override
    public String toString() {
      return values.describe("Login", "email", "password");
    }
  }

  /** API v2 key ({@code rsu_api_key}) with its secret in the {@code X-RSU-API-SECRET} header. */
  final class RsuApiKey implements RunSignupCredentials {
    private final KeyPairCredential values;

    private RsuApiKey(KeyPairCredential values) {
      this.values = values;
    }

    private RsuApiKey(String apiKey, Secret apiSecret, RunSignupCallerRegistration callerRegistration) {
      this(new KeyPairCredential(apiKey, apiSecret, callerRegistration));
    }

    /** The key ({@code rsu_api_key}; not secret). */
    public String apiKey() {
      return values.name();
    }

    /** The secret. */
    public Secret apiSecret() {
      return values.secret();
    }

    @Override
    public Optional<RunSignupCallerRegistration> callerRegistration() {
      return values.callerRegistration();
    }

    @Override
    public RsuApiKey withCallerRegistration(RunSignupCallerRegistration registration) {
      return new RsuApiKey(values.withCallerRegistration(registration));
    }

    @Override
    public RsuApiKey withCallerRegistration(String token, String secret) {
      return new RsuApiKey(values.withCallerRegistration(token, secret));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RsuApiKey other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
      return values.hashCode();
    }

    @Override
    public String toString() {
      return values.describe("RsuApiKey", "apiKey", "apiSecret");
    }
  }

  /** Super partner key ({@code sp_api_key}) with its secret in the {@code X-RSU-API-SECRET} header. */
  final class SuperPartnerKey implements RunSignupCredentials {
    private final KeyPairCredential values;

    private SuperPartnerKey(KeyPairCredential values) {
      this.values = values;
    }

    private SuperPartnerKey(String apiKey, Secret apiSecret, RunSignupCallerRegistration callerRegistration) {
      this(new KeyPairCredential(apiKey, apiSecret, callerRegistration));
    }

    /** The key ({@code sp_api_key}; not secret). */
    public String apiKey() {
      return values.name();
    }

    /** The secret. */
    public Secret apiSecret() {
      return values.secret();
    }

    @Override
    public Optional<RunSignupCallerRegistration> callerRegistration() {
      return values.callerRegistration();
    }

    @Override
    public SuperPartnerKey withCallerRegistration(RunSignupCallerRegistration registration) {
      return new SuperPartnerKey(values.withCallerRegistration(registration));
    }

    @Override
    public SuperPartnerKey withCallerRegistration(String token, String secret) {
      return new SuperPartnerKey(values.withCallerRegistration(token, secret));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SuperPartnerKey other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
      return values.hashCode();
    }

    @Override
    public String toString() {
      return values.describe("SuperPartnerKey", "apiKey", "apiSecret");
    }
  }

  /** OAuth 2.0 bearer credentials, with what it takes to refresh them when a refresh token is given. */
  final class OAuth implements RunSignupCredentials {
    private final Secret accessToken;
    private final Instant expiresAt;
    private final Secret refreshToken;
    private final String clientId;
    private final Secret clientSecret;
    private final RunSignupCallerRegistration callerRegistration;

    private OAuth(Secret accessToken, Instant expiresAt, Secret refreshToken, String clientId, Secret clientSecret,
        RunSignupCallerRegistration callerRegistration) {
      this.accessToken = Validation.required(accessToken, "accessToken");
      if (refreshToken != null) {
        Validation.notBlank(clientId, "clientId");
      }
      this.expiresAt = expiresAt;
      this.refreshToken = refreshToken;
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      this.callerRegistration = callerRegistration;
    }

    /** The access token. */
    public Secret accessToken() {
      return accessToken;
    }

    /** When the access token expires, if known. */
    public Optional<Instant> expiresAt() {
      return Optional.ofNullable(expiresAt);
    }

    /** The refresh token; absent means the access token is never refreshed. */
    public Optional<Secret> refreshToken() {
      return Optional.ofNullable(refreshToken);
    }

    /** The OAuth app's client id (present whenever there is a refresh token). */
    public Optional<String> clientId() {
      return Optional.ofNullable(clientId);
    }

    /** The app's client secret, absent for a public app. */
    public Optional<Secret> clientSecret() {
      return Optional.ofNullable(clientSecret);
    }

    /** Whether the client can refresh the access token. */
    public boolean canRefresh() {
      return refreshToken != null;
    }

    @Override
    public Optional<RunSignupCallerRegistration> callerRegistration() {
      return Optional.ofNullable(callerRegistration);
    }

    @Override
    public OAuth withCallerRegistration(RunSignupCallerRegistration registration) {
      return new OAuth(accessToken, expiresAt, refreshToken, clientId, clientSecret,
          KeyPairCredential.required(registration));
    }

    @Override
    public OAuth withCallerRegistration(String token, String secret) {
      return new OAuth(accessToken, expiresAt, refreshToken, clientId, clientSecret,
          KeyPairCredential.optional(token, secret));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof OAuth t && accessToken.equals(t.accessToken) && Objects.equals(expiresAt, t.expiresAt)
          && Objects.equals(refreshToken, t.refreshToken) && Objects.equals(clientId, t.clientId)
          && Objects.equals(clientSecret, t.clientSecret) && Objects.equals(callerRegistration, t.callerRegistration);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accessToken, expiresAt, refreshToken, clientId, clientSecret, callerRegistration);
    }

    @Override
    public String toString() {
      return "OAuth{accessToken=****, expiresAt=" + expiresAt + ", refreshToken=" + (refreshToken == null ? "none" : "****")
          + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "****")
          + ", callerRegistration=" + KeyPairCredential.registrationText(callerRegistration) + "}";
    }
  }

  /**
   * Only the API caller registration, no race credentials: what RunSignup's public endpoints need
   * from 2027-01-01. Calls that need a race's credentials are refused by RunSignup as usual.
   */
  final class CallerOnly implements RunSignupCredentials {
    private final RunSignupCallerRegistration callerRegistration;

    private CallerOnly(RunSignupCallerRegistration callerRegistration) {
      this.callerRegistration = callerRegistration;
    }

    /** The registration (always present in this mode). */
    @Override
    public Optional<RunSignupCallerRegistration> callerRegistration() {
      return Optional.of(callerRegistration);
    }

    @Override
    public CallerOnly withCallerRegistration(RunSignupCallerRegistration registration) {
      return new CallerOnly(KeyPairCredential.required(registration));
    }

    /** @throws ValidationException also when neither is given: this mode is nothing without one */
    @Override
    public CallerOnly withCallerRegistration(String token, String secret) {
      return callerOnly(token, secret);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CallerOnly c && callerRegistration.equals(c.callerRegistration);
    }

    @Override
    public int hashCode() {
      return callerRegistration.hashCode();
    }

    @Override
    public String toString() {
      return "CallerOnly{callerRegistration=****}";
    }
  }
}
