package dev.racereg.core.testing;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.http.LogLevel;
import java.time.Duration;
import java.time.Instant;

/**
 * Client options for tests: a base URL, a fixed clock, a recording sleeper (no real waits), body
 * logging into a recording sink, and short timeouts.
 */
public final class TestOptions {

  /** The instant test clocks start at. */
  public static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  /** The clock. */
  public final MutableClock clock = new MutableClock(NOW);
  /** The sleeper (advances the clock). */
  public final RecordingSleeper sleeper = new RecordingSleeper(clock);
  /** The log sink. */
  public final RecordingLogSink log = new RecordingLogSink();

  /** Options pointing at {@code baseUrl}. */
  public ClientOptions options(String baseUrl) {
    return builder(baseUrl).build();
  }

  /** A builder pointing at {@code baseUrl}, for further changes. */
  public ClientOptions.Builder builder(String baseUrl) {
    return ClientOptions.builder()
        .baseUrl(baseUrl)
        .clock(clock)
        .sleeper(sleeper)
        .logLevel(LogLevel.BODY)
        .logSink(log)
        .readTimeout(Duration.ofSeconds(5))
        .connectTimeout(Duration.ofSeconds(2));
  }
}
