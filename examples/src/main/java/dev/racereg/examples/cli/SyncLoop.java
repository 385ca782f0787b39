package dev.racereg.examples.cli;

import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.CredentialsExpiredException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs sync rounds every so often until stopped or a deadline: {@code racereg sync --every}.
 * A round that fails on the network, with a 5xx, throttling or an unreadable answer is reported and
 * the next one comes after a longer wait (the interval doubled per failure in a row, capped at
 * {@link #MAX_BACKOFF} or the interval if longer); any other failure, an authentication failure
 * first of all, ends the loop by propagating. A stop request never interrupts a round: the round
 * finishes its commit, then the loop ends.
 */
final class SyncLoop {

  /** The longest wait after failed rounds (unless the interval itself is longer). */
  static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  private final Duration every;
  private final Instant until;
  private final Clock clock;
  private final Sleeper sleeper;
  private final AtomicBoolean stop = new AtomicBoolean();
  private boolean waiting; // guarded by this: between rounds, in the sleeper

  /**
   * @param every the time between the starts of two rounds (positive)
   * @param until no round starts at or after this instant; null for none
   * @param clock the clock the deadline is read from
   * @param sleeper waits between rounds
   */
  SyncLoop(Duration every, Instant until, Clock clock, Sleeper sleeper) {
    this.every = Objects.requireNonNull(every, "every");
    this.until = until;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Asks the loop to end after the current round (from a shutdown hook: Ctrl-C).
   *
   * @return whether the loop is waiting between rounds, so the caller may interrupt the wait
   *     (a round in progress is never interrupted: it finishes its commit)
   */
  synchronized boolean requestStop() {
    stop.set(true);
    return waiting;
  }

  private synchronized boolean startWaiting() {
    waiting = !stop.get();
    return waiting;
  }

  private synchronized void stopWaiting() {
    waiting = false;
  }

  /** Whether a stop was requested. */
  boolean stopRequested() {
    return stop.get();
  }

  /**
   * Runs rounds until stopped or past the deadline.
   *
   * @param round runs one round and returns its status line
   * @param report receives one line per round
   * @return the number of rounds run
   * @throws RuntimeException the first failure that is not transient (authentication...)
   */
  int run(Supplier<String> round, Consumer<String> report) {
    int rounds = 0;
    int failuresInARow = 0;
    while (!stop.get() && (until == null || clock.instant().isBefore(until))) {
      Instant started = clock.instant();
      rounds++;
      Duration wait;
      try {
        report.accept(started + " round " + rounds + ": " + round.get());
        failuresInARow = 0;
        wait = every.minus(Duration.between(started, clock.instant()));
      } catch (RuntimeException e) {
        if (!transientFailure(e)) {
          throw e;
        }
        failuresInARow++;
        wait = backoff(failuresInARow);
        report.accept(started + " round " + rounds + ": 0 added, 0 updated, 0 removed, 1 error ("
            + Failures.describe(e) + "); next round in " + wait.toSeconds() + "s");
      }
      if (stop.get()) {
        break;
      }
      if (until != null) {
        Duration left = Duration.between(clock.instant(), until);
        if (left.isNegative() || left.isZero()) {
          break;
        }
        wait = wait.compareTo(left) > 0 ? left : wait;
      }
      if (!wait.isNegative() && !wait.isZero() && startWaiting()) {
        try {
          sleeper.sleep(wait);
        } catch (RuntimeException e) {
          if (!stop.get()) {
            throw e;
          }
          Thread.interrupted(); // the wait was cut short by a stop request: done
        } finally {
          stopWaiting();
        }
      }
    }
    return rounds;
  }

  /** The wait after {@code failures} failed rounds in a row. */
  Duration backoff(int failures) {
    Duration cap = every.compareTo(MAX_BACKOFF) > 0 ? every : MAX_BACKOFF;
    Duration wait = every.multipliedBy(1L << Math.min(failures, 20));
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  /** Network failures, 5xx, throttling and unreadable answers: worth another round. */
  static boolean transientFailure(Throwable e) {
    if (e instanceof AuthenticationException || e instanceof CredentialsExpiredException
        || e instanceof PermissionDeniedException) {
      return false;
    }
    return e instanceof TransportException || e instanceof ServerException || e instanceof RateLimitException
        || e instanceof DecodingException;
  }
}
