package dev.racereg.runsignup;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.CredentialsExpiredException;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * OAuth 2.0 bearer tokens ({@code Authorization: Bearer <token>}). With a refresh token, the access
 * token is refreshed through {@code POST /v2/auth/refresh-token.json} when it is within
 * {@link RunSignupInferred#OAUTH_REFRESH_SKEW} of its expiry by the client's clock, and when
 * RunSignup rejects it; every new token set goes to the listener (a refresh may rotate the refresh
 * token, and the caller must persist the new one). Without a refresh token an expired token is
 * refused before sending with a {@link CredentialsExpiredException}. Thread-safe.
 */
final class OAuthBearerAuth implements AuthStrategy {

  private static final int REMEMBERED_SECRETS = 4;

  /** Performs a refresh: the credentials and the current refresh token in, new tokens out. */
  interface Refresher extends BiFunction<RunSignupCredentials.OAuth, Secret, RunSignupTokens> {}

  private final RunSignupCredentials.OAuth credentials;
  private final Refresher refresher;
  private final Clock clock;
  private final Consumer<RunSignupTokens> listener;
  // guarded by this
  private Secret accessToken;
  private Instant expiresAt;
  private Secret refreshToken;
  private final Deque<String> previousSecrets = new ArrayDeque<>();

  OAuthBearerAuth(RunSignupCredentials.OAuth credentials, Refresher refresher, Clock clock,
      Consumer<RunSignupTokens> listener) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.refresher = Objects.requireNonNull(refresher, "refresher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.accessToken = credentials.accessToken();
    this.expiresAt = credentials.expiresAt().orElse(null);
    this.refreshToken = credentials.refreshToken().orElse(null);
  }

  @Override
  public ApiRequest authenticate(ApiRequest request) {
    Secret token;
    synchronized (this) {
      Instant now = clock.instant();
      if (expiresAt != null && !now.isBefore(expiresAt.minus(RunSignupInferred.OAUTH_REFRESH_SKEW))) {
        if (refreshToken != null) {
          refresh();
        } else if (!now.isBefore(expiresAt)) {
          throw new CredentialsExpiredException("the RunSignup OAuth access token expired at " + expiresAt
              + " and no refresh token was given; authorize again for new tokens", expiresAt);
        }
      }
      token = accessToken;
    }
    return request.toBuilder().header("Authorization", "Bearer " + token.reveal()).build();
  }

  @Override
  public synchronized boolean refreshAfterRejection(ApiException rejection) {
    if (refreshToken == null) {
      return false;
    }
    refresh();
    return true;
  }

  private void refresh() {
    RunSignupTokens next = refresher.apply(credentials, refreshToken);
    remember(accessToken);
    if (next.refreshToken().isPresent() && !next.refreshToken().get().equals(refreshToken)) {
      remember(refreshToken);
    }
    accessToken = next.accessToken();
    expiresAt = next.expiresAt().orElse(null);
    refreshToken = next.refreshToken().orElse(refreshToken);
    listener.accept(new RunSignupTokens(accessToken, expiresAt, refreshToken, next.tokenType()));
  }

  private void remember(Secret secret) {
    if (secret != null) {
      previousSecrets.addFirst(secret.reveal());
      while (previousSecrets.size() > REMEMBERED_SECRETS) {
        previousSecrets.removeLast();
      }
    }
  }

  /** The tokens in use now. */
  synchronized RunSignupTokens current() {
    return new RunSignupTokens(accessToken, expiresAt, refreshToken, "Bearer");
  }

  @Override
  public synchronized Redaction redaction() {
    List<String> values = new ArrayList<>(previousSecrets);
    values.add(accessToken.reveal());
    if (refreshToken != null) {
      values.add(refreshToken.reveal());
    }
    credentials.clientSecret().ifPresent(s -> values.add(s.reveal()));
    return Redaction.headers("Authorization").and(Redaction.bodyFields("refresh_token", "client_secret"))
        .and(Redaction.secretValues(values));
  }

  @Override
  public String toString() {
    return "OAuthBearerAuth{clientId=" + credentials.clientId().orElse("none") + ", accessToken=****}";
  }
}
