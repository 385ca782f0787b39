package dev.racereg.core.internal.http;

import dev.racereg.core.error.ApiException;
import java.util.Optional;

/**
 * Turns a platform's error responses into SDK exceptions. A provider module supplies its own
 * when the platform has its own error format or reports errors inside successful statuses.
 * Implementations never throw: whatever the body holds (JSON, HTML, nothing, garbage), they
 * return an exception describing it.
 */
public interface ErrorMapper {

  /** The exception for a response whose status is not 2xx. */
  ApiException fromErrorStatus(ErrorResponse response);

  /**
   * For a 2xx response whose body was read in full: the exception it really reports, if the
   * platform puts errors in successful responses. The default finds none.
   */
  default Optional<ApiException> fromSuccessBody(ErrorResponse response) {
    return Optional.empty();
  }
}
