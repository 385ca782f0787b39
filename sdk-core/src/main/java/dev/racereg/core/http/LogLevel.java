package dev.racereg.core.http;

/** How much of each exchange the SDK logs. Every level redacts secrets. */
public enum LogLevel {
  /** Nothing (the default). */
  NONE,
  /** Method, redacted URL, status, duration and attempt number. */
  BASIC,
  /** {@link #BASIC} plus request and response headers, secret ones masked. */
  HEADERS,
  /** {@link #HEADERS} plus request bodies and buffered response bodies (first 4 KiB), redacted. */
  BODY
}
