package dev.racereg.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.ErrorDetails;
import dev.racereg.core.error.RateLimitException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.internal.codec.Codecs;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps error statuses to exceptions by status family, reading the provider's code and message
 * from the common JSON shapes: {@code {"error":"msg"}}, {@code {"error":{"code":..,"message":..}}},
 * {@code {"message":..,"code":..}}, {@code {"errors":[{"message":..}]}}. An HTML page becomes a
 * message naming its title; an empty or unreadable body leaves the code and message empty. A
 * {@code Retry-After} is kept on 429 and 5xx exceptions so the retry policy waits for it.
 * Providers extend it and override {@link #providerError(ErrorResponse)} for their own shapes.
 */
public class DefaultErrorMapper implements ErrorMapper {

  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

  @Override
  public ApiException fromErrorStatus(ErrorResponse response) {
    ErrorDetails details = withProviderError(response);
    Duration wait = RetryAfter.parse(response.header("retry-after").orElse(null),
        response.receivedAt()).orElse(null);
    if (response.status() == 429) {
      return new RateLimitException(details, wait);
    }
    if (wait != null && response.status() >= 500 && response.status() <= 599) {
      // a 503 with Retry-After announces how long the outage lasts: retrying sooner only adds load
      return new ServerException(details, wait);
    }
    return ApiException.of(details);
  }

  /** The base details plus whatever code and message the body carries, redacted. */
  protected final ErrorDetails withProviderError(ErrorResponse response) {
    ErrorDetails base = response.baseDetails();
    String[] codeAndMessage = providerError(response);
    return base.withProvider(response.redact(codeAndMessage[0]), response.redact(codeAndMessage[1]));
  }

  /**
   * The provider's error code and message found in the body, each possibly null. Never throws.
   *
   * @return a two-element array: code, message
   */
  protected String[] providerError(ErrorResponse response) {
    if (response.isBodyBlank()) {
      return new String[] {null, null};
    }
    if (response.isHtml()) {
      Matcher m = TITLE.matcher(response.bodyText());
      String title = m.find() ? m.group(1).replaceAll("\\s+", " ").trim() : null;
      return new String[] {null, "an HTML page instead of an API response"
          + (title == null || title.isEmpty() ? "" : " (title: " + title + ")")};
    }
    JsonNode root;
    try {
      root = Codecs.json().readTree(response.body());
    } catch (IOException | RuntimeException e) {
      return new String[] {null, null};
    }
    if (root == null || !root.isObject()) {
      return new String[] {null, null};
    }
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      return new String[] {text(error, "code", "error_code"), text(error, "message", "error_msg", "error")};
    }
    String message = error != null && error.isValueNode() ? error.asText() : text(root, "message", "error_description", "detail");
    JsonNode errors = root.get("errors");
    if (message == null && errors != null && errors.isArray() && errors.size() > 0) {
      JsonNode first = errors.get(0);
      message = first.isValueNode() ? first.asText() : text(first, "message", "detail", "title");
    }
    return new String[] {text(root, "code", "error_code"), message};
  }

  /** The first of the named fields present as a value, as text; null if none. */
  protected static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && v.isValueNode() && !v.isNull()) {
        return v.asText();
      }
    }
    return null;
  }
}
