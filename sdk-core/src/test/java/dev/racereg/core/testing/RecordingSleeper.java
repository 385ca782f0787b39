package dev.racereg.core.testing;

import dev.racereg.core.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that records the waits it was asked for and returns at once. Thread-safe. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> sleeps = new ArrayList<>();
  private final MutableClock clock;

  /** Records only. */
  public RecordingSleeper() {
    this(null);
  }

  /** Records, and advances {@code clock} by each wait (so time "passes"). */
  public RecordingSleeper(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    if (clock != null) {
      clock.advance(duration);
    }
  }

  /** The waits so far, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
