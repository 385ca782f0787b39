package dev.racereg.runsignup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.AuthenticationException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.ErrorDetails;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.PermissionDeniedException;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.DefaultErrorMapper;
import dev.racereg.core.internal.http.ErrorResponse;
import dev.racereg.core.internal.http.RetryAfter;
import dev.racereg.core.error.ServerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * RunSignup's errors: {@code {"error":{"error_code":6,"error_msg":"Key authentication failed"}}}
 * or the same in XML ({@code <error><error_code>6</error_code>..</error>}, also under a
 * {@code <response>} root), usually inside an HTTP 200, sometimes with an error status. The code
 * decides the exception class (see {@link RunSignupErrorCode}); without one, the status does. The
 * CDN's 520-524 are transient server errors, retried like 502-504. The
 * OpenAPI block of RunSignup's doc also shows a bare {@code {"error":"message"}}, read as a message
 * without a code.
 *
 * <p>Successful bodies are checked cheaply: a JSON body is scanned token by token and only a
 * top-level {@code error} member is read (a participants page is a top-level array and is left at
 * its first token); an XML body is parsed only when it mentions an {@code error} element.
 */
final class RunSignupErrorMapper extends DefaultErrorMapper {

  /** The CDN's own 5xx range (520 unknown .. 524 timeout), 522 seen transiently in 2026. */
  private static final int CDN_FIRST = 520;
  private static final int CDN_LAST = 524;

  @Override
  public Optional<ApiException> fromSuccessBody(ErrorResponse response) {
    // the token scan first: it settles a participants page at its first byte; a blank or HTML
    // body reports no API error either way
    Optional<RsuError> error = find(response.body());
    if (error.isEmpty() || response.isBodyBlank() || response.isHtml()) {
      return Optional.empty(); // not an API error: the decoder reports what it is
    }
    return Optional.of(exceptionFor(error.get(), response));
  }

  @Override
  public ApiException fromErrorStatus(ErrorResponse response) {
    if (response.status() >= CDN_FIRST && response.status() <= CDN_LAST) {
      // the CDN in front of RunSignup (usually an HTML page): transient, retried like 502-504
      Duration wait = RetryAfter.parse(response.header("retry-after").orElse(null), response.receivedAt())
          .orElse(null);
      return ServerException.transientFailure(withProviderError(response), wait);
    }
    if (response.status() == 429 || response.isHtml()) {
      return super.fromErrorStatus(response);
    }
    Optional<RsuError> error = find(response.body());
    if (error.isPresent() && error.get().code != null && isMapped(error.get().code)) {
      return exceptionFor(error.get(), response);
    }
    return super.fromErrorStatus(response);
  }

  @Override
  protected String[] providerError(ErrorResponse response) {
    Optional<RsuError> error = response.isHtml() ? Optional.empty() : find(response.body());
    return error.map(e -> new String[] {e.code, e.message}).orElseGet(() -> super.providerError(response));
  }

  private static ApiException exceptionFor(RsuError e, ErrorResponse response) {
    ErrorDetails details = response.baseDetails().withProvider(response.redact(e.code), response.redact(e.message));
    Duration retryAfter = RetryAfter.parse(response.header("retry-after").orElse(null), response.receivedAt())
        .orElse(null);
    return forCode(e.code, details, retryAfter);
  }

  private static boolean isMapped(String code) {
    return kind(code) != Kind.OTHER;
  }

  private enum Kind { CALLER_REGISTRATION, AUTHENTICATION, PERMISSION, THROTTLE, NOT_FOUND, BAD_REQUEST, OTHER }

  private static Kind kind(String code) {
    switch (code == null ? "" : code.trim()) {
      case "17":
        return Kind.CALLER_REGISTRATION;
      case "6": case "13": case "101": case "102":
        return Kind.AUTHENTICATION;
      case "7": case "103":
        return Kind.PERMISSION;
      case "14":
        return Kind.THROTTLE;
      case "15": case "201":
        return Kind.NOT_FOUND;
      case "3": case "9": case "10": case "11": case "115": case "116":
        return Kind.BAD_REQUEST;
      default:
        return Kind.OTHER;
    }
  }

  /** The exception class for a RunSignup error code; the table is in {@link RunSignupErrorCode}. */
  static ApiException forCode(String code, ErrorDetails details, Duration retryAfter) {
    switch (kind(code)) {
      case CALLER_REGISTRATION: return new CallerRegistrationRejectedException(details);
      case AUTHENTICATION: return new AuthenticationException(details);
      case PERMISSION: return new PermissionDeniedException(details);
      case THROTTLE: return new RateLimitException(details, retryAfter);
      case NOT_FOUND: return new NotFoundException(details);
      case BAD_REQUEST: return new BadRequestException(details);
      default: return new ApiException(details);
    }
  }

  /** An error found in a body: code and message, each possibly null (never both). */
  private record RsuError(String code, String message) {}

  private static Optional<RsuError> find(byte[] body) {
    int first = firstSignificant(body);
    if (first < 0) {
      return Optional.empty();
    }
    try {
      if (body[first] == '{') {
        return fromJson(body);
      }
      if (body[first] == '<') {
        return fromXml(new String(body, StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // a body we cannot read reports no error here; the decoder reports it as undecodable
    }
    return Optional.empty();
  }

  private static int firstSignificant(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (b == (byte) 0xEF && i + 2 < body.length && body[i + 1] == (byte) 0xBB && body[i + 2] == (byte) 0xBF) {
        i += 2; // UTF-8 byte order mark
        continue;
      }
      if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<RsuError> fromJson(byte[] body) throws IOException {
    try (JsonParser p = Codecs.json().createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if ("error".equals(name)) {
          return describe(Codecs.json().readTree(p));
        }
        p.skipChildren();
      }
    }
    return Optional.empty();
  }

  private static Optional<RsuError> fromXml(String text) throws IOException {
    String root = RsuHttp.xmlRootName(text);
    if (root == null || !text.contains("<error")) {
      return Optional.empty();
    }
    JsonNode tree = RsuXml.mapper().readTree(text);
    if (tree == null) {
      return Optional.empty();
    }
    return describe("error".equals(root) ? tree : tree.get("error"));
  }

  private static Optional<RsuError> describe(JsonNode error) {
    if (error == null || error.isNull() || error.isMissingNode()) {
      return Optional.empty();
    }
    if (error.isValueNode()) {
      String message = error.asText();
      return message.isBlank() ? Optional.empty() : Optional.of(new RsuError(null, message));
    }
    if (!error.isObject()) {
      return Optional.empty();
    }
    String code = text(error, "error_code", "code");
    String message = text(error, "error_msg", "message", "error_message");
    if (code == null && message == null) {
      return Optional.empty();
    }
    return Optional.of(new RsuError(code, message));
  }
}
