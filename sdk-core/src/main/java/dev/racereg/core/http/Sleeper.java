package dev.racereg.core.http;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests inject a recording sleeper
 * so they never wait.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps with {@link Thread#sleep(long)}; an interrupt is restored and ends the wait. */
  Sleeper SYSTEM = duration -> {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new dev.racereg.core.error.TransportException("interrupted while waiting to retry", e,
          false, false);
    }
  };

  /**
   * Waits for {@code duration}.
   *
   * @throws dev.racereg.core.error.TransportException if interrupted
   */
  void sleep(Duration duration);
}
