package dev.racereg.runsignup;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Temporary keys from {@code POST /Login}, sent as {@code tmp_key} and {@code tmp_secret}. Logs in
 * on first use, again when the key has been idle for
 * {@link RunSignupInferred#TMP_KEY_RENEW_AFTER_IDLE} by the client's clock (RunSignup expires it
 * an hour after last use), and again when RunSignup rejects it. Thread-safe: concurrent calls share
 * one key, and only one thread logs in at a time.
 */
final class TemporaryKeyAuth implements AuthStrategy {

  private static final int REMEMBERED_SECRETS = 4;

  private final RunSignupCredentials.Login login;
  private final Function<RunSignupCredentials.Login, TemporaryKeys> loginCall;
  private final Clock clock;
  // guarded by this
  private TemporaryKeys keys;
  private Instant lastUsed;
  // secrets of earlier keys, still masked in case a late log line or error shows one
  private final Deque<String> previousSecrets = new ArrayDeque<>();

  TemporaryKeyAuth(RunSignupCredentials.Login login, Function<RunSignupCredentials.Login, TemporaryKeys> loginCall,
      Clock clock) {
    this.login = Objects.requireNonNull(login, "login");
    this.loginCall = Objects.requireNonNull(loginCall, "loginCall");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ApiRequest authenticate(ApiRequest request) {
    TemporaryKeys current;
    synchronized (this) {
      Instant now = clock.instant();
      if (keys == null || !now.isBefore(lastUsed.plus(RunSignupInferred.TMP_KEY_RENEW_AFTER_IDLE))) {
        replace(loginCall.apply(login));
      }
      lastUsed = now;
      current = keys;
    }
    return request.toBuilder().removeQuery("tmp_key").removeQuery("tmp_secret")
        .query("tmp_key", current.tmpKey()).query("tmp_secret", current.tmpSecret().reveal()).build();
  }

  @Override
  public synchronized boolean refreshAfterRejection(ApiException rejection) {
    replace(loginCall.apply(login));
    lastUsed = clock.instant();
    return true;
  }

  /**
   * Ends the current session, if any, with {@code logoutCall}; the next call logs in again.
   *
   * @return whether there was a session to end
   */
  synchronized boolean logout(Consumer<TemporaryKeys> logoutCall) {
    if (keys == null) {
      return false;
    }
    TemporaryKeys ending = keys;
    replace(null);
    logoutCall.accept(ending);
    return true;
  }

  /** The key pair in use, if logged in (for tests and diagnostics). */
  synchronized TemporaryKeys current() {
    return keys;
  }

  private void replace(TemporaryKeys next) {
    if (keys != null) {
      previousSecrets.addFirst(keys.tmpSecret().reveal());
      while (previousSecrets.size() > REMEMBERED_SECRETS) {
        previousSecrets.removeLast();
      }
    }
    keys = next;
  }

  @Override
  public synchronized Redaction redaction() {
    List<String> values = new ArrayList<>(previousSecrets);
    values.add(login.password().reveal());
    if (keys != null) {
      values.add(keys.tmpSecret().reveal());
    }
    return Redaction.queryParams("tmp_secret").and(Redaction.bodyFields("password"))
        .and(Redaction.secretValues(values));
  }

  @Override
  public String toString() {
    return "TemporaryKeyAuth{email=" + login.email() + ", password=****}";
  }
}
