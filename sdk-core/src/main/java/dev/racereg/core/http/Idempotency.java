package dev.racereg.core.http;

/**
 * Whether an operation may be sent again after a failure that leaves its outcome unknown. Every
 * operation declares one.
 */
public enum Idempotency {
  /**
   * Repeating the request cannot change the result beyond the first success: reads, and writes
   * that replace or set state (replace all registration periods, set a bib). Retried on I/O
   * errors and the {@link RetryPolicy#retryableStatuses() retryable statuses} (by default 408,
   * 429, 500, 502, 503 and 504).
   */
  SAFE,
  /**
   * Repeating could act twice (create a paid pass, issue a document). Retried only when the
   * request certainly never left the machine (connection refused); never once it may have
   * reached the platform.
   */
  UNSAFE
}
