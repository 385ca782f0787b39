package dev.racereg.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A successful response read in full: status, headers and body. Immutable. */
public final class ResponseContent {

  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * @param status the HTTP status
   * @param headers headers, names lower case
   * @param body the body bytes
   */
  public ResponseContent(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.body = body.clone();
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

  /** The body bytes. */
  public byte[] bytes() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
