package dev.racereg.runsignup;

import dev.racereg.core.RequestParams;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.Validation;
import java.util.Optional;

/**
 * What {@link RunSignupOAuth#redeemAuthorizationCode} sends to
 * {@code POST /v2/auth/auth-code-redemption.json}: the authorization code RunSignup redirected
 * back with, and the PKCE verifier it was requested with. Additional body properties are sent as
 * further form fields. Immutable; secrets print as {@code ****}.
 */
public final class AuthorizationCodeParams extends RequestParams {

  private final String clientId;
  private final Secret clientSecret;
  private final Secret code;
  private final String redirectUri;
  private final Secret codeVerifier;

  private AuthorizationCodeParams(Builder b) {
    super(b);
    this.clientId = Validation.notBlank(b.clientId, "clientId");
    this.clientSecret = b.clientSecret == null ? null : Secret.of(Validation.notBlank(b.clientSecret, "clientSecret"));
    this.code = Secret.of(Validation.notBlank(b.code, "code"));
    this.redirectUri = Validation.notBlank(b.redirectUri, "redirectUri");
    String verifier = Validation.notBlank(b.codeVerifier, "codeVerifier");
    // RFC 7636 section 4.1: 43 to 128 unreserved characters
    Validation.matches(verifier, java.util.regex.Pattern.compile("[A-Za-z0-9._~-]{43,128}"), "codeVerifier",
        "must be 43 to 128 characters from A-Z a-z 0-9 - . _ ~ (RFC 7636)");
    this.codeVerifier = Secret.of(verifier);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The OAuth app's client id. */
  public String clientId() {
    return clientId;
  }

  /** The app's client secret, absent for a public app. */
  public Optional<Secret> clientSecret() {
    return Optional.ofNullable(clientSecret);
  }

  /** The authorization code. */
  public Secret code() {
    return code;
  }

  /** The redirect URI the code was requested with. */
  public String redirectUri() {
    return redirectUri;
  }

  /** The PKCE code verifier. */
  public Secret codeVerifier() {
    return codeVerifier;
  }

  @Override
  protected void components(Components c) {
    c.add("clientId", clientId).secret("clientSecret", clientSecret).secret("code", code)
        .add("redirectUri", redirectUri).secret("codeVerifier", codeVerifier);
  }

  /** Builds {@link AuthorizationCodeParams}. */
  public static final class Builder extends RequestParams.Builder<AuthorizationCodeParams, Builder> {
    private String clientId;
    private String clientSecret;
    private String code;
    private String redirectUri;
    private String codeVerifier;

    private Builder() {}

    private Builder(AuthorizationCodeParams p) {
      super(p);
      clientId = p.clientId;
      clientSecret = p.clientSecret == null ? null : p.clientSecret.reveal();
      code = p.code.reveal();
      redirectUri = p.redirectUri;
      codeVerifier = p.codeVerifier.reveal();
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The OAuth app's client id (required). */
    public Builder clientId(String v) {
      clientId = v;
      return this;
    }

    /** The app's client secret; leave unset for a public app. */
    public Builder clientSecret(String v) {
      clientSecret = v;
      return this;
    }

    /** The authorization code from the redirect (required). */
    public Builder code(String v) {
      code = v;
      return this;
    }

    /** The redirect URI used in the authorization request (required). */
    public Builder redirectUri(String v) {
      redirectUri = v;
      return this;
    }

    /** The PKCE verifier whose challenge the authorization request carried (required). */
    public Builder codeVerifier(String v) {
      codeVerifier = v;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if a required part is missing or the
     *     verifier breaks RFC 7636
     */
    @Override
    public AuthorizationCodeParams build() {
      return new AuthorizationCodeParams(this);
    }
  }
}
