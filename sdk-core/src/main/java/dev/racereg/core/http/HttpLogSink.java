package dev.racereg.core.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the SDK writes its (already redacted) log lines. The default writes to the SLF4J logger
 * {@code dev.racereg.http} at INFO, since logging is off unless the caller asked for it through
 * {@link LogLevel}.
 */
@FunctionalInterface
public interface HttpLogSink {

  /** Writes one line. Must not throw. */
  void log(String line);

  /** The SLF4J sink. */
  static HttpLogSink slf4j() {
    Logger logger = LoggerFactory.getLogger("dev.racereg.http");
    return logger::info;
  }
}
