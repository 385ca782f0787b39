package dev.racereg.core.internal.http;

import dev.racereg.core.error.ErrorDetails;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A response as an {@link ErrorMapper} sees it: status, headers, the (size-capped) body, the
 * request it answered, when it arrived, and the redactor to apply to anything shown. Immutable.
 */
public final class ErrorResponse {

  /** How much of an error body is read; the rest is discarded. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private static final int EXCERPT_CHARS = 300;
  /** Bytes decoded after the leading white space to recognise an HTML page. */
  private static final int HTML_PREFIX_BYTES = 256;

  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String method;
  private final String redactedUrl;
  private final Instant receivedAt;
  private final Redactor redactor;
  private final boolean outcomeUnknown;
  private final String outcomeCheckHint;

  /**
   * @param status the HTTP status
   * @param headers response headers, names lower case
   * @param body the body bytes (at most {@link #MAX_BODY_BYTES})
   * @param method the request method
   * @param redactedUrl the request URL, already redacted
   * @param receivedAt when the response arrived (from the client's clock)
   * @param redactor masks secrets in anything derived from the body
   */
  public ErrorResponse(int status, Map<String, List<String>> headers, byte[] body, String method,
      String redactedUrl, Instant receivedAt, Redactor redactor) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.body = body.clone();
    this.method = Objects.requireNonNull(method, "method");
    this.redactedUrl = Objects.requireNonNull(redactedUrl, "redactedUrl");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    this.outcomeUnknown = false;
    this.outcomeCheckHint = null;
  }

  private ErrorResponse(ErrorResponse r, String outcomeCheckHint) {
    this.status = r.status;
    this.headers = r.headers;
    this.body = r.body;
    this.method = r.method;
    this.redactedUrl = r.redactedUrl;
    this.receivedAt = r.receivedAt;
    this.redactor = r.redactor;
    this.outcomeUnknown = true;
    this.outcomeCheckHint = outcomeCheckHint;
  }

  /**
   * This response, answering an operation that is not safe to repeat in a way that leaves open
   * whether the platform applied it: the {@link #baseDetails()} say the outcome is unknown.
   *
   * @param outcomeCheckHint how to find out, or null
   */
  ErrorResponse withOutcomeUnknown(String outcomeCheckHint) {
    return new ErrorResponse(this, outcomeCheckHint);
  }

  /** Whether {@link #baseDetails()} report the outcome of the operation as unknown. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The first value of a header (case-insensitive). */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body bytes. May contain secrets echoed by the platform: never show them unredacted. */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. Same caution as {@link #body()}. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Whether the body is empty or only white space. */
  public boolean isBodyBlank() {
    int start = afterAsciiSpace();
    if (start == body.length) {
      return true;
    }
    // an ASCII byte that is not white space settles it without decoding a large body
    return body[start] < 0 && new String(body, start, body.length - start, StandardCharsets.UTF_8).isBlank();
  }

  /**
   * Whether the body looks like an HTML page (by content type or by its first characters). Only
   * the start of the body is decoded: a large successful body is asked this too.
   */
  public boolean isHtml() {
    String type = header("content-type").orElse("").toLowerCase(Locale.ROOT);
    int from = afterAsciiSpace();
    String start = new String(body, from, Math.min(body.length - from, HTML_PREFIX_BYTES), StandardCharsets.UTF_8)
        .stripLeading().toLowerCase(Locale.ROOT);
    return type.contains("text/html") || start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  /** The index of the first byte that is not ASCII white space (as {@link Character#isWhitespace}). */
  private int afterAsciiSpace() {
    int i = 0;
    while (i < body.length && isAsciiSpace(body[i])) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
  }

  /** When the response arrived, by the client's clock. */
  public Instant receivedAt() {
    return receivedAt;
  }

  /** Masks secrets in text derived from the response. */
  public String redact(String text) {
    return redactor.text(text);
  }

  /**
   * Details with the status, request, request id ({@code X-Request-Id}, {@code Request-Id} or
   * {@code X-Amzn-RequestId}) and a redacted body excerpt filled in, and whether the outcome is
   * unknown (with the operation's hint); no provider code or message.
   */
  public ErrorDetails baseDetails() {
    String requestId = header("x-request-id").or(() -> header("request-id"))
        .or(() -> header("x-amzn-requestid")).orElse(null);
    return ErrorDetails.builder(status, method, redactedUrl).requestId(requestId).bodyExcerpt(excerpt())
        .outcomeUnknown(outcomeUnknown, outcomeCheckHint == null ? null : redactor.text(outcomeCheckHint)).build();
  }

  /** The first {@value #EXCERPT_CHARS} characters of the body, white space folded, redacted. */
  public String excerpt() {
    // redact before cutting: a secret straddling the cut would otherwise show its first half
    String folded = redactor.text(bodyText().replaceAll("\\s+", " ").trim());
    return folded.length() > EXCERPT_CHARS ? folded.substring(0, EXCERPT_CHARS) + "..." : folded;
  }
}
