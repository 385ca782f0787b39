package dev.racereg.core.internal.http;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.http.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The attempts of one call: authenticates each attempt, renews rejected credentials once, and
 * retries what the {@link RetryPolicy} allows for the request's idempotency, waiting through the
 * {@link Sleeper}. Knows nothing of HTTP: an {@link Attempt} sends and reports failures as SDK
 * exceptions. Thread-safe; a call's state lives on its own stack.
 */
final class AttemptLoop {

  /** One try at sending an authenticated request. */
  @FunctionalInterface
  interface Attempt<T> {

    /**
     * Sends {@code authenticated} and returns the result, releasing whatever it holds when it
     * throws.
     *
     * @param number the attempt's number, from 1; a renewed credential does not count
     * @throws RaceRegException what went wrong, for the policy to judge
     */
    T send(ApiRequest authenticated, int number);
  }

  private final AuthStrategy auth;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final HttpLog log;

  AttemptLoop(AuthStrategy auth, RetryPolicy policy, Sleeper sleeper, HttpLog log) {
    this.auth = Objects.requireNonNull(auth, "auth");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** The most attempts one call makes, renewals aside. */
  int maxAttempts() {
    return policy.maxAttempts();
  }

  /**
   * Runs attempts until one succeeds or a failure is final.
   *
   * @throws RaceRegException the last failure, once the policy gives up on it
   */
  <T> T run(ApiRequest request, Attempt<T> attempt) {
    Objects.requireNonNull(request, "request");
    boolean renewedCredentials = false;
    for (int number = 1; ; number++) {
      boolean authenticated = false;
      try {
        // inside the retry: a strategy that logs in or refreshes a token can itself be throttled
        ApiRequest authed = auth.authenticate(request);
        authenticated = true;
        return attempt.send(authed, number);
      } catch (RaceRegException failure) {
        // renewal answers the platform rejecting a sent request, not the strategy's own failure
        if (authenticated && failure instanceof AuthenticationException && !renewedCredentials
            && auth.refreshAfterRejection((ApiException) failure)) {
          renewedCredentials = true;
          number--; // a renewed credential is a fresh start, not a retry
          continue;
        }
        Optional<Duration> delay = policy.nextDelay(request.idempotency(), failure, number);
        if (delay.isEmpty()) {
          throw failure;
        }
        log.retrying(request.operation(), delay.get(), failure.getMessage());
        sleeper.sleep(delay.get());
      }
    }
  }
}
