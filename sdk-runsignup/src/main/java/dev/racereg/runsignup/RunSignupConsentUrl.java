package dev.racereg.runsignup;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.error.ValidationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The OAuth 2.0 consent page a user opens to grant this application access:
 * {@code https://runsignup.com/Profile/OAuth2/RequestGrant} (only the web host answers it; the
 * published spec's {@code api.runsignup.com} gives a 404). PKCE is always {@code S256}: RunSignup
 * falls back to {@code plain} when the method is omitted. After consent RunSignup redirects to the
 * redirect URI with {@code code} and the same {@code state}; check the state, then redeem the code
 * with {@link RunSignupOAuth#redeemAuthorizationCode} and the same verifier.
 *
 * <pre>{@code
 * String verifier = RunSignupOAuth.newCodeVerifier();
 * URI consent = RunSignupConsentUrl.builder().clientId(id).redirectUri(uri).state(state)
 *     .codeVerifier(verifier).scope(RunSignupConsentUrl.SCOPE_READ).build();
 * }</pre>
 */
public final class RunSignupConsentUrl {

  /** The consent page (seen: web host only). */
  public static final String CONSENT_PAGE = "https://runsignup.com/Profile/OAuth2/RequestGrant";
  /** Read access to the user's races. */
  public static final String SCOPE_READ = "rsu_api_read";
  /** Write access to the user's races. */
  public static final String SCOPE_WRITE = "rsu_api_write";

  private RunSignupConsentUrl() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the consent URL; client id, redirect URI, state, verifier and one scope are required. */
  public static final class Builder {
    private String base = CONSENT_PAGE;
    private String clientId;
    private String redirectUri;
    private String state;
    private String codeVerifier;
    private final Set<String> scopes = new LinkedHashSet<>();

    private Builder() {}

    /** The OAuth app's client id. */
    public Builder clientId(String v) {
      clientId = v;
      return this;
    }

    /** The redirect URI registered for the app (absolute). */
    public Builder redirectUri(String v) {
      redirectUri = v;
      return this;
    }

    /** An unguessable value bound to the user's session, checked when RunSignup redirects back. */
    public Builder state(String v) {
      state = v;
      return this;
    }

    /** The PKCE verifier ({@link RunSignupOAuth#newCodeVerifier()}); only its S256 challenge is sent. */
    public Builder codeVerifier(String v) {
      codeVerifier = v;
      return this;
    }

    /** Adds a requested scope, for example {@link #SCOPE_READ} or {@link #SCOPE_WRITE}. */
    public Builder scope(String v) {
      scopes.add(Validation.notBlank(v, "scope"));
      return this;
    }

    /** Another consent page (a simulator, a test server); default {@link #CONSENT_PAGE}. */
    public Builder consentPage(String v) {
      base = Validation.notBlank(v, "consentPage");
      return this;
    }

    /**
     * The URL to send the user to.
     *
     * @throws ValidationException if a required value is missing, the redirect URI or consent page
     *     is not an absolute http(s) URL, the verifier is not 43-128 RFC 7636 characters, or no
     *     scope was given
     */
    public URI build() {
      Validation.notBlank(clientId, "clientId");
      Validation.notBlank(state, "state");
      Validation.notBlank(codeVerifier, "codeVerifier");
      if (HttpUrl.parse(Validation.notBlank(redirectUri, "redirectUri")) == null) {
        throw new ValidationException("redirectUri", "must be an absolute http or https URL");
      }
      if (!codeVerifier.matches("[A-Za-z0-9._~-]{43,128}")) {
        throw new ValidationException("codeVerifier",
            "must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636)");
      }
      if (scopes.isEmpty()) {
        throw new ValidationException("scope", "at least one is required (rsu_api_read, rsu_api_write)");
      }
      HttpUrl page = HttpUrl.parse(base);
      if (page == null) {
        throw new ValidationException("consentPage", "must be an absolute http or https URL");
      }
      List<String> scopeList = new ArrayList<>(scopes);
      return page.newBuilder()
          .addQueryParameter("response_type", "code")
          .addQueryParameter("client_id", clientId)
          .addQueryParameter("redirect_uri", redirectUri)
          .addQueryParameter("scope", String.join(" ", scopeList))
          .addQueryParameter("state", state)
          .addQueryParameter("code_challenge", RunSignupOAuth.codeChallenge(codeVerifier))
          .addQueryParameter("code_challenge_method", "S256")
          .build().uri();
    }

    @Override
    public String toString() {
      return "RunSignupConsentUrl.Builder{clientId=" + clientId + ", scopes=" + scopes + ", state="
          + (Objects.isNull(state) ? "none" : "****") + "}";
    }
  }
}
