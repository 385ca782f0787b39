package dev.racereg.examples.cli;

import java.util.Objects;

/** A failure the command line reports as one clear line and an exit code, without a stack trace. */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  /** A failure with its exit code; the message must hold no secret. */
  public CliException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
  }

  /** The exit code. */
  public ExitCode exitCode() {
    return exitCode;
  }
}
