package dev.racereg.examples.cli;

/** The {@code racereg} exit codes, distinct per kind of failure so scripts can react. */
public enum ExitCode {
  /** Everything worked. */
  OK(0),
  /** An unexpected failure (a bug or a platform error not listed below). */
  FAILURE(1),
  /** Bad input: unknown option, missing setting, invalid parameter, unreadable file. */
  BAD_INPUT(2),
  /** The platform rejected the credentials (or they expired). */
  AUTH_FAILURE(3),
  /** The platform could not be reached, or kept failing (timeouts, 5xx, throttling). */
  NETWORK_FAILURE(4),
  /** The command ran, but some rows failed (bib push, licence check). */
  PARTIAL_FAILURE(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }
}
