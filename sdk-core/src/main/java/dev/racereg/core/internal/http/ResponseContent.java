package dev.racereg.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;

/** A successful response read in full: status, headers and body. Immutable. */
public final class ResponseContent {

  private final int status;
  /** Null when {@link #wire} holds the headers. */
  private final Map<String, List<String>> headers;
  private final Headers wire;
  private final byte[] body;

  /**
   * @param status the HTTP status
   * @param headers headers, names lower case
   * @param body the body bytes
   */
  public ResponseContent(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.wire = null;
    this.body = body.clone();
  }

  /**
   * A response read by the executor: the headers are OkHttp's own (immutable), and the body
   * array was read for this content alone, so neither is copied.
   */
  ResponseContent(int status, Headers headers, byte[] ownedBody) {
    this.status = status;
    this.headers = null;
    this.wire = headers;
    this.body = ownedBody;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The first value of a header (case-insensitive). */
  public Optional<String> header(String name) {
    if (wire != null) {
      // the first value, as the map form gives: OkHttp's own get() returns the last
      for (int i = 0; i < wire.size(); i++) {
        if (wire.name(i).equalsIgnoreCase(name)) {
          return Optional.of(wire.value(i));
        }
      }
      return Optional.empty();
    }
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
