package dev.racereg.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * What an error response said, already redacted: the HTTP status, the request it answered, and the
 * provider's own code and message where the body carried them.
 *
 * @param status the HTTP status (RunSignup reports some errors inside a 200)
 * @param method the request's HTTP method
 * @param url the request URL with secrets replaced by {@code ****}
 * @param providerCode the platform's error code, or null
 * @param providerMessage the platform's error message, or null
 * @param requestId the platform's request id header, or null
 * @param bodyExcerpt the start of the body, redacted, possibly empty
 */
public record ErrorDetails(int status, String method, String url, String providerCode,
    String providerMessage, String requestId, String bodyExcerpt) {

  /** Checks that the required parts are present and normalises a null excerpt to empty. */
  public ErrorDetails {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    bodyExcerpt = Objects.requireNonNullElse(bodyExcerpt, "");
  }

  /** The same details with the provider's code and message replaced. */
  public ErrorDetails withProvider(String code, String message) {
    return new ErrorDetails(status, method, url, code, message, requestId, bodyExcerpt);
  }

  /** The platform's error code, if it sent one. */
  public Optional<String> providerCodeValue() {
    return Optional.ofNullable(providerCode);
  }
}
