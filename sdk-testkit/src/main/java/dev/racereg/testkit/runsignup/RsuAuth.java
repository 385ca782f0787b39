package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuWire.ACCOUNT_LOCKED;
import static dev.racereg.testkit.runsignup.RsuWire.BAD_LOGIN;
import static dev.racereg.testkit.runsignup.RsuWire.INVALID_PARAMETERS;
import static dev.racereg.testkit.runsignup.RsuWire.KEY_AUTH_FAILED;
import static dev.racereg.testkit.runsignup.RsuWire.MUST_BE_LOGGED_IN;
import static dev.racereg.testkit.runsignup.RsuWire.USER_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The five ways to authenticate to RunSignup, the temporary-key sessions of {@code POST /Login},
 * and the OAuth 2.0 authorization codes and tokens. Thread-safe (every method synchronised).
 */
final class RsuAuth {

  /** How a request authenticated. */
  enum Mode {
    API_KEY, TMP_KEY, RSU_API_KEY, SP_API_KEY, OAUTH
  }

  /** Who a request is: how it authenticated, and whether it may manage the race. */
  record Principal(Mode mode, boolean raceAccess) {}

  /** The credentials the simulator accepts. */
  record Config(String apiKey, String apiSecret, String rsuApiKey, String rsuApiSecret, String spApiKey,
      String spApiSecret, String outsiderApiKey, String outsiderApiSecret, String userEmail,
      String userPassword, String clientId, String clientSecret, String redirectUri, String codeVerifier,
      Duration accessTokenLifetime, Duration tmpKeyIdleTimeout) {}

  static final int LOCKOUT_FAILURES = 5;
  static final Duration LOCKOUT = Duration.ofMinutes(15);
  static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

  private final Config config;
  private final Clock clock;
  private final SplittableRandom random;
  private final String codeChallenge;
  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<String, Instant> codes = new HashMap<>();
  private final Map<String, Instant> accessTokens = new HashMap<>();
  private final Map<String, Boolean> refreshTokens = new HashMap<>();
  private int failedLogins;
  private Instant lockedUntil = Instant.MIN;

  private static final class Session {
    final String secret;
    Instant lastUsed;

    Session(String secret, Instant lastUsed) {
      this.secret = secret;
      this.lastUsed = lastUsed;
    }
  }

  RsuAuth(Config config, Clock clock, long seed) {
    this.config = config;
    this.clock = clock;
    this.random = new SplittableRandom(seed ^ 0x5EED_0A07L);
    this.codeChallenge = s256(config.codeVerifier());
  }

  String codeChallenge() {
    return codeChallenge;
  }

  /**
   * Authenticates a request. Returns empty for an anonymous request (no credentials at all).
   *
   * @throws RsuWire.ApiError code 6 for wrong, incomplete or expired credentials, code 3 when
   *     several authentication methods are mixed
   */
  synchronized Optional<Principal> authenticate(SimRequest request) {
    List<Mode> modes = new ArrayList<>();
    if (has(request, "api_key") || has(request, "api_secret")) {
      modes.add(Mode.API_KEY);
    }
    if (has(request, "tmp_key") || has(request, "tmp_secret")) {
      modes.add(Mode.TMP_KEY);
    }
    if (has(request, "rsu_api_key")) {
      modes.add(Mode.RSU_API_KEY);
    }
    if (has(request, "sp_api_key")) {
      modes.add(Mode.SP_API_KEY);
    }
    Optional<String> bearer = request.header("Authorization")
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7).trim());
    if (bearer.isPresent()) {
      modes.add(Mode.OAUTH);
    }
    if (modes.isEmpty()) {
      return Optional.empty();
    }
    if (modes.size() > 1) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS,
          "Invalid parameters: send exactly one kind of credentials, not " + modes);
    }
    Mode mode = modes.get(0);
    String secretHeader = request.header("X-RSU-API-SECRET").orElse(null);
    switch (mode) {
      case API_KEY: {
        String key = q(request, "api_key");
        String secret = q(request, "api_secret");
        if (config.apiKey().equals(key) && config.apiSecret().equals(secret)) {
          return Optional.of(new Principal(mode, true));
        }
        if (config.outsiderApiKey().equals(key) && config.outsiderApiSecret().equals(secret)) {
          return Optional.of(new Principal(mode, false));
        }
        throw keyFailed();
      }
      case TMP_KEY: {
        Session session = sessions.get(q(request, "tmp_key"));
        Instant now = clock.instant();
        if (session == null || !session.secret.equals(q(request, "tmp_secret"))) {
          throw keyFailed();
        }
        if (expired(session, now)) {
          sessions.remove(q(request, "tmp_key"));
          throw keyFailed();
        }
        session.lastUsed = now;
        return Optional.of(new Principal(mode, true));
      }
      case RSU_API_KEY:
        if (config.rsuApiKey().equals(q(request, "rsu_api_key")) && config.rsuApiSecret().equals(secretHeader)) {
          return Optional.of(new Principal(mode, true));
        }
        throw keyFailed();
      case SP_API_KEY:
        if (config.spApiKey().equals(q(request, "sp_api_key")) && config.spApiSecret().equals(secretHeader)) {
          return Optional.of(new Principal(mode, true));
        }
        throw keyFailed();
      case OAUTH: {
        Instant expires = accessTokens.get(bearer.get());
        if (expires == null) {
          throw keyFailed();
        }
        if (!clock.instant().isBefore(expires)) {
          accessTokens.remove(bearer.get());
          throw keyFailed();
        }
        return Optional.of(new Principal(mode, true));
      }
      default:
        throw keyFailed();
    }
  }

  private boolean expired(Session session, Instant now) {
    return !now.isBefore(session.lastUsed.plus(config.tmpKeyIdleTimeout()));
  }

  private static RsuWire.ApiError keyFailed() {
    return new RsuWire.ApiError(KEY_AUTH_FAILED);
  }

  private static boolean has(SimRequest request, String name) {
    return request.query(name).isPresent();
  }

  private static String q(SimRequest request, String name) {
    return request.query(name).orElse(null);
  }

  /**
   * {@code POST /Login}: a new temporary key pair for the configured user.
   *
   * @throws RsuWire.ApiError 3 (missing fields), 101 (unknown e-mail), 102 (wrong password),
   *     103 (locked after repeated failures)
   */
  synchronized ObjectNode login(String email, String password) {
    if (email == null || email.isBlank() || password == null || password.isEmpty()) {
      throw new RsuWire.ApiError(INVALID_PARAMETERS, "Invalid parameters: email and password are required");
    }
    Instant now = clock.instant();
    if (!config.userEmail().equalsIgnoreCase(email.trim())) {
      throw new RsuWire.ApiError(USER_NOT_FOUND);
    }
    if (now.isBefore(lockedUntil)) {
      throw new RsuWire.ApiError(ACCOUNT_LOCKED);
    }
    if (!config.userPassword().equals(password)) {
      if (++failedLogins >= LOCKOUT_FAILURES) {
        lockedUntil = now.plus(LOCKOUT);
        failedLogins = 0;
      }
      throw new RsuWire.ApiError(BAD_LOGIN);
    }
    failedLogins = 0;
    String key = token(32);
    String secret = token(32);
    sessions.put(key, new Session(secret, now));
    ObjectNode body = RsuWire.object();
    body.put("tmp_key", key);
    body.put("tmp_secret", secret);
    return body;
  }

  /**
   * {@code POST /Logout}: ends the temporary key's session.
   *
   * @throws RsuWire.ApiError 13 without temporary credentials, 6 when they are wrong or expired
   */
  synchronized void logout(SimRequest request) {
    String key = q(request, "tmp_key");
    String secret = q(request, "tmp_secret");
    if (key == null && secret == null) {
      throw new RsuWire.ApiError(MUST_BE_LOGGED_IN);
    }
    Session session = sessions.get(key);
    if (session == null || !session.secret.equals(secret) || expired(session, clock.instant())) {
      sessions.remove(key);
      throw keyFailed();
    }
    sessions.remove(key);
  }

  synchronized int activeSessions() {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> expired(s, now));
    return sessions.size();
  }

  synchronized String issueCode() {
    String code = token(40);
    codes.put(code, clock.instant());
    return code;
  }

  /** An OAuth token-endpoint failure (RFC 6749 section 5.2 shape, inferred for RunSignup). */
  static final class OAuthError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String error;

    OAuthError(int status, String error, String description) {
      super(description, null, false, false);
      this.status = status;
      this.error = error;
    }

    ObjectNode body() {
      ObjectNode node = RsuWire.object();
      node.put("error", error);
      node.put("error_description", getMessage());
      return node;
    }
  }

  /**
   * {@code POST /v2/auth/auth-code-redemption.json}: exchanges an authorization code (with its
   * PKCE verifier) for tokens. Codes are single-use and expire after ten minutes.
   */
  synchronized ObjectNode redeem(Map<String, String> form) {
    require(form, "grant_type", "code", "client_id", "redirect_uri", "code_verifier");
    if (!"authorization_code".equals(form.get("grant_type"))) {
      throw new OAuthError(400, "unsupported_grant_type", "grant_type must be authorization_code");
    }
    checkClient(form);
    String code = form.get("code");
    Instant issued = codes.get(code);
    Instant now = clock.instant();
    if (issued == null || !now.isBefore(issued.plus(CODE_LIFETIME))) {
      codes.remove(code);
      throw new OAuthError(400, "invalid_grant", "authorization code is invalid, used or expired");
    }
    if (!config.redirectUri().equals(form.get("redirect_uri"))) {
      throw new OAuthError(400, "invalid_grant", "redirect_uri does not match the authorization request");
    }
    if (!codeChallenge.equals(s256(form.get("code_verifier")))) {
      throw new OAuthError(400, "invalid_grant", "code_verifier does not match the code_challenge");
    }
    codes.remove(code);
    return tokens(now);
  }

  /** {@code POST /v2/auth/refresh-token.json}: rotates a refresh token into new tokens. */
  synchronized ObjectNode refresh(Map<String, String> form) {
    require(form, "grant_type", "refresh_token", "client_id");
    if (!"refresh_token".equals(form.get("grant_type"))) {
      throw new OAuthError(400, "unsupported_grant_type", "grant_type must be refresh_token");
    }
    checkClient(form);
    if (refreshTokens.remove(form.get("refresh_token")) == null) {
      throw new OAuthError(400, "invalid_grant", "refresh token is invalid or already used");
    }
    return tokens(clock.instant());
  }

  private void checkClient(Map<String, String> form) {
    String secret = form.get("client_secret");
    if (!config.clientId().equals(form.get("client_id"))
        || secret != null && !config.clientSecret().equals(secret)) {
      throw new OAuthError(401, "invalid_client", "unknown client or wrong client_secret");
    }
  }

  private static void require(Map<String, String> form, String... names) {
    for (String name : names) {
      String value = form.get(name);
      if (value == null || value.isEmpty()) {
        throw new OAuthError(400, "invalid_request", name + " is required");
      }
    }
  }

  private ObjectNode tokens(Instant now) {
    String access = token(40);
    String refresh = token(40);
    accessTokens.put(access, now.plus(config.accessTokenLifetime()));
    refreshTokens.put(refresh, Boolean.TRUE);
    ObjectNode body = RsuWire.object();
    body.put("access_token", access);
    body.put("expires_in", config.accessTokenLifetime().toSeconds());
    body.put("refresh_token", refresh);
    body.put("token_type", "Bearer");
    return body;
  }

  private String token(int length) {
    String alphabet = "0123456789abcdef";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(16)));
    }
    return sb.toString();
  }

  /** PKCE S256: base64url (no padding) of the SHA-256 of the verifier. */
  static String s256(String verifier) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
