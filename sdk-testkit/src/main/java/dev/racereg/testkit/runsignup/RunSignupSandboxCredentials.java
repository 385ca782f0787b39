package dev.racereg.testkit.runsignup;

import java.util.Objects;

/**
 * What a RunSignup client needs to reach a {@link RunSignupSimulator}, as handed out by
 * {@link RunSignupSimulator#credentials()}: every credential the simulator accepts, one value per
 * RunSignup authentication mode, and the API caller registration it expects. Values left unset on
 * the builder are generated from the seed. {@link #toString()} shows the identifiers (keys, e-mail,
 * client id, redirect URI) and hides every secret.
 *
 * @param apiKey the accepted {@code api_key} (sent with {@code apiSecret})
 * @param apiSecret the accepted {@code api_secret}
 * @param rsuApiKey the accepted {@code rsu_api_key} (API v2; its secret goes in the
 *     {@code X-RSU-API-SECRET} header)
 * @param rsuApiSecret the {@code X-RSU-API-SECRET} of {@code rsuApiKey}
 * @param spApiKey the accepted {@code sp_api_key} (super partner; secret in {@code X-RSU-API-SECRET})
 * @param spApiSecret the {@code X-RSU-API-SECRET} of {@code spApiKey}
 * @param outsiderApiKey a valid {@code api_key} of an account with no role on the race: it
 *     authenticates, but private endpoints answer error 7 (permission denied)
 * @param outsiderApiSecret the secret of {@code outsiderApiKey}
 * @param userEmail the e-mail {@code POST /Login} accepts
 * @param userPassword the password {@code POST /Login} accepts
 * @param oauthClientId the OAuth client id the token endpoints accept
 * @param oauthClientSecret the OAuth client secret (optional on the token endpoints; checked when sent)
 * @param oauthRedirectUri the redirect URI the authorization codes were issued for
 * @param oauthCodeVerifier the PKCE code verifier the codes are bound to
 * @param oauthCodeChallenge the PKCE S256 challenge of {@code oauthCodeVerifier}
 * @param oauthAuthorizationCode a single-use authorization code issued when the simulator was
 *     built, valid for ten minutes of the simulator's clock; more from
 *     {@link RunSignupSimulator#issueAuthorizationCode()}
 * @param callerRegistrationToken the API caller registration token ({@code rsu_api_reg})
 * @param callerRegistrationSecret the API caller registration secret ({@code X-RSU-API-REG-SECRET})
 */
public record RunSignupSandboxCredentials(String apiKey, String apiSecret, String rsuApiKey, String rsuApiSecret,
    String spApiKey, String spApiSecret, String outsiderApiKey, String outsiderApiSecret, String userEmail,
    String userPassword, String oauthClientId, String oauthClientSecret, String oauthRedirectUri,
    String oauthCodeVerifier, String oauthCodeChallenge, String oauthAuthorizationCode,
    String callerRegistrationToken, String callerRegistrationSecret) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a value is null
   */
  public RunSignupSandboxCredentials {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(apiSecret, "apiSecret");
    Objects.requireNonNull(rsuApiKey, "rsuApiKey");
    Objects.requireNonNull(rsuApiSecret, "rsuApiSecret");
    Objects.requireNonNull(spApiKey, "spApiKey");
    Objects.requireNonNull(spApiSecret, "spApiSecret");
    Objects.requireNonNull(outsiderApiKey, "outsiderApiKey");
    Objects.requireNonNull(outsiderApiSecret, "outsiderApiSecret");
    Objects.requireNonNull(userEmail, "userEmail");
    Objects.requireNonNull(userPassword, "userPassword");
    Objects.requireNonNull(oauthClientId, "oauthClientId");
    Objects.requireNonNull(oauthClientSecret, "oauthClientSecret");
    Objects.requireNonNull(oauthRedirectUri, "oauthRedirectUri");
    Objects.requireNonNull(oauthCodeVerifier, "oauthCodeVerifier");
    Objects.requireNonNull(oauthCodeChallenge, "oauthCodeChallenge");
    Objects.requireNonNull(oauthAuthorizationCode, "oauthAuthorizationCode");
    Objects.requireNonNull(callerRegistrationToken, "callerRegistrationToken");
    Objects.requireNonNull(callerRegistrationSecret, "callerRegistrationSecret");
  }

  @Override
  public String toString() {
    // the API keys and the registration token are identifiers, but RunSignup treats a key with its
    // secret as a password pair; only what identifies the account without opening it is shown
    return "RunSignupSandboxCredentials[apiKey=" + apiKey + ", apiSecret=***, rsuApiKey=" + rsuApiKey
        + ", rsuApiSecret=***, spApiKey=" + spApiKey + ", spApiSecret=***, outsiderApiKey=" + outsiderApiKey
        + ", outsiderApiSecret=***, userEmail=" + userEmail + ", userPassword=***, oauthClientId=" + oauthClientId
        + ", oauthClientSecret=***, oauthRedirectUri=" + oauthRedirectUri + ", oauthCodeVerifier=***"
        + ", oauthCodeChallenge=" + oauthCodeChallenge + ", oauthAuthorizationCode=***"
        + ", callerRegistrationToken=***, callerRegistrationSecret=***]";
  }
}
