package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.ErrorDetails;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.ErrorMapper;
import dev.racereg.core.internal.http.ErrorResponse;
import dev.racereg.core.internal.http.Redaction;
import dev.racereg.core.internal.http.RequestBody;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * RunSignup's OAuth 2.0 token endpoints (authorization code with PKCE): redeem the code RunSignup
 * redirected back with for {@link RunSignupTokens}, then build a client with
 * {@link RunSignupCredentials#oauth(RunSignupTokens, String, String)}; the client refreshes the
 * tokens itself. Thread-safe.
 *
 * <p>Request bodies are form-encoded (seen); the field names are RFC 6749's, an inference kept
 * with the others in {@code RunSignupInferred}. Token responses are never logged, even at
 * {@link dev.racereg.core.http.LogLevel#BODY}: they carry new secrets.
 *
 * <pre>{@code
 * String verifier = RunSignupOAuth.newCodeVerifier();
 * String challenge = RunSignupOAuth.codeChallenge(verifier); // send with the authorization request
 * RunSignupTokens tokens = RunSignupOAuth.create(ClientOptions.defaults()).redeemAuthorizationCode(
 *     AuthorizationCodeParams.builder().clientId(id).code(code).redirectUri(uri).codeVerifier(verifier).build());
 * }</pre>
 */
public final class RunSignupOAuth {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final Redaction TOKEN_FIELDS =
      Redaction.bodyFields("refresh_token", "client_secret", "code", "code_verifier");

  private final ClientOptions options;
  private final RunSignupCallerRegistration registration;
  private final ApiExecutor executor;

  private RunSignupOAuth(ClientOptions options, RunSignupCallerRegistration registration) {
    this.registration = registration;
    ClientOptions shared = options.httpClient().isPresent() ? options
        : options.toBuilder().httpClient(new okhttp3.OkHttpClient()).build();
    this.options = RsuHttp.withoutBodyLogging(shared);
    this.executor = executor(List.of());
  }

  /**
   * An executor that masks these secrets too, wherever a token endpoint might echo them (its
   * error descriptions, for one). Executors are cheap: they share the options' OkHttp client.
   */
  private ApiExecutor executor(List<Secret> secrets) {
    Redaction redaction = TOKEN_FIELDS.and(Redaction.secretValues(
        secrets.stream().filter(Objects::nonNull).map(Secret::reveal).toList()));
    AuthStrategy bare = new AuthStrategy() {
      @Override
      public ApiRequest authenticate(ApiRequest request) {
        return request;
      }

      @Override
      public Redaction redaction() {
        return redaction;
      }
    };
    return new ApiExecutor(options, RsuHttp.DEFAULT_BASE_URL, CallerRegistrationAuth.wrap(bare, registration),
        new TokenErrorMapper(), Redaction.none());
  }

  /**
   * Token endpoints at the options' base URL (default {@value RsuHttp#DEFAULT_BASE_URL}), without an
   * API caller registration (RunSignup refuses such calls from 2027-01-01).
   *
   * @throws dev.racereg.core.error.ValidationException if options is null
   */
  public static RunSignupOAuth create(ClientOptions options) {
    return new RunSignupOAuth(Validation.required(options, "options"), null);
  }

  /**
   * Token endpoints at the options' base URL, every call carrying the API caller registration
   * these credentials carry (required by RunSignup from 2027-01-01). Only the registration is
   * used: before the first token there are no race credentials, so pass
   * {@link RunSignupCredentials#callerOnly(RunSignupCallerRegistration)}, or the credentials
   * of the client the tokens are refreshed for.
   *
   * @throws dev.racereg.core.error.ValidationException if options or credentials is null
   */
  public static RunSignupOAuth create(ClientOptions options, RunSignupCredentials credentials) {
    return new RunSignupOAuth(Validation.required(options, "options"),
        Validation.required(credentials, "credentials").callerRegistration().orElse(null));
  }

  /**
   * A new PKCE code verifier: 64 random URL-safe characters (RFC 7636).
   */
  public static String newCodeVerifier() {
    byte[] bytes = new byte[48];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The PKCE {@code S256} challenge of a verifier: base64url, without padding, of its SHA-256.
   *
   * @throws NullPointerException if verifier is null
   */
  public static String codeChallenge(String verifier) {
    Objects.requireNonNull(verifier, "verifier");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Exchanges an authorization code for tokens ({@code POST /v2/auth/auth-code-redemption.json}).
   * Not retried once sent: a code works once, so a replay could only fail.
   *
   * @throws AuthenticationException if RunSignup refuses the code, verifier or client
   *     ({@code invalid_grant}, {@code invalid_client})
   * @throws dev.racereg.core.error.RaceRegException for other failures
   */
  public RunSignupTokens redeemAuthorizationCode(AuthorizationCodeParams params) {
    Validation.required(params, "params");
    List<RequestBody.Field> form = new ArrayList<>();
    form.add(new RequestBody.Field("grant_type", "authorization_code"));
    form.add(new RequestBody.Field("code", params.code().reveal()));
    form.add(new RequestBody.Field("redirect_uri", params.redirectUri()));
    form.add(new RequestBody.Field("code_verifier", params.codeVerifier().reveal()));
    form.add(new RequestBody.Field("client_id", params.clientId()));
    params.clientSecret().ifPresent(s -> form.add(new RequestBody.Field("client_secret", s.reveal())));
    // UNSAFE: an authorization code is single-use, so resending after a lost answer cannot succeed
    ApiRequest request = ApiRequest.builder("runsignup.redeemAuthorizationCode", "POST",
            RunSignupInferred.OAUTH_REDEEM_PATH, Idempotency.UNSAFE)
        .body(RequestBody.form(form))
        .extras(params)
        .outcomeCheckHint("start the authorization again: a code can be redeemed once")
        .build();
    List<Secret> secrets = new ArrayList<>(List.of(params.code(), params.codeVerifier()));
    params.clientSecret().ifPresent(secrets::add);
    return executor(secrets).execute(request, RsuHttp.secretJsonDecoder("the token response",
        node -> RunSignupTokens.fromJson(node, options.clock().instant(), null)));
  }

  /**
   * Refreshes tokens ({@code POST /v2/auth/refresh-token.json}). Not retried once sent: RunSignup
   * may rotate the refresh token, so a replay of a request that was applied would be refused and
   * the first answer's tokens would be lost either way.
   */
  RunSignupTokens refresh(RunSignupCredentials.OAuth credentials, Secret refreshToken) {
    List<RequestBody.Field> form = new ArrayList<>();
    form.add(new RequestBody.Field("grant_type", "refresh_token"));
    form.add(new RequestBody.Field("refresh_token", refreshToken.reveal()));
    form.add(new RequestBody.Field("client_id", credentials.clientId().orElseThrow()));
    credentials.clientSecret().ifPresent(s -> form.add(new RequestBody.Field("client_secret", s.reveal())));
    ApiRequest request = ApiRequest.builder("runsignup.refreshToken", "POST", RunSignupInferred.OAUTH_REFRESH_PATH,
            Idempotency.UNSAFE)
        .body(RequestBody.form(form))
        .outcomeCheckHint("authorize again if the refresh token is now refused")
        .build();
    List<Secret> secrets = new ArrayList<>();
    secrets.add(refreshToken);
    secrets.add(credentials.clientSecret().orElse(null));
    secrets.add(credentials.accessToken());
    return executor(secrets).execute(request, RsuHttp.secretJsonDecoder("the token response",
        node -> RunSignupTokens.fromJson(node, options.clock().instant(), refreshToken)));
  }

  /** The executor's base URL (for diagnostics). */
  String baseUrl() {
    return executor.baseUrl();
  }

  /**
   * Token endpoint errors: RFC 6749 {@code {"error":"invalid_grant","error_description":".."}}
   * (inferred) with an error status; {@code invalid_grant}, {@code invalid_client} and
   * {@code unauthorized_client} mean the credentials are refused. RunSignup's own error shape is
   * understood too.
   */
  static final class TokenErrorMapper implements ErrorMapper {
    private final RunSignupErrorMapper rsu = new RunSignupErrorMapper();

    @Override
    public ApiException fromErrorStatus(ErrorResponse response) {
      Optional<String[]> oauth = oauthError(response);
      if (oauth.isEmpty()) {
        return rsu.fromErrorStatus(response);
      }
      ErrorDetails details = response.baseDetails()
          .withProvider(response.redact(oauth.get()[0]), response.redact(oauth.get()[1]));
      switch (oauth.get()[0]) {
        case "invalid_grant": case "invalid_client": case "unauthorized_client":
          return new AuthenticationException(details);
        case "invalid_request": case "unsupported_grant_type": case "invalid_scope":
          return new BadRequestException(details);
        default:
          return ApiException.of(details);
      }
    }

    @Override
    public Optional<ApiException> fromSuccessBody(ErrorResponse response) {
      return rsu.fromSuccessBody(response);
    }

    private static Optional<String[]> oauthError(ErrorResponse response) {
      if (response.isBodyBlank() || response.isHtml()) {
        return Optional.empty();
      }
      try {
        JsonNode root = Codecs.json().readTree(response.body());
        JsonNode error = root == null ? null : root.get("error");
        if (error == null || !error.isTextual()) {
          return Optional.empty();
        }
        JsonNode description = root.get("error_description");
        return Optional.of(new String[] {error.asText(),
            description != null && description.isValueNode() ? description.asText() : null});
      } catch (java.io.IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
