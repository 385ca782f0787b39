package dev.racereg.examples.cli;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.CredentialsExpiredException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.ValidationException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns exceptions into one line on stderr and an {@link ExitCode}. SDK messages are already
 * redacted, so they can be shown as they are.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    ExitCode code = classify(e);
    err.println("racereg: " + describe(e));
    err.flush();
    return code.code();
  }

  static ExitCode classify(Throwable e) {
    if (e instanceof CliException) {
      return ((CliException) e).exitCode();
    }
    if (e instanceof ValidationException) {
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof AuthenticationException || e instanceof PermissionDeniedException
        || e instanceof CredentialsExpiredException) {
      return ExitCode.AUTH_FAILURE;
    }
    if (e instanceof TransportException || e instanceof ServerException || e instanceof RateLimitException) {
      return ExitCode.NETWORK_FAILURE;
    }
    return ExitCode.FAILURE;
  }

  static String describe(Throwable e) {
    if (e instanceof CliException || e instanceof ValidationException) {
      return e.getMessage();
    }
    if (e instanceof AuthenticationException || e instanceof CredentialsExpiredException) {
      return "authentication failed: " + e.getMessage();
    }
    if (e instanceof PermissionDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    if (e instanceof TransportException) {
      return "network failure: " + e.getMessage();
    }
    if (e instanceof ApiException || e instanceof DecodingException) {
      return "the platform failed: " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
