package dev.racereg.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A request as a simulator received it: method, path, decoded query and form parameters, headers
 * and body. Immutable.
 */
public final class SimRequest {

  private final String method;
  private final String rawPath;
  private final List<String> segments;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String rawTarget;

  private SimRequest(RecordedRequest recorded) {
    HttpUrl url = Objects.requireNonNull(recorded.getUrl(), "url");
    this.method = recorded.getMethod();
    this.rawPath = url.encodedPath();
    this.segments = List.copyOf(url.pathSegments());
    Map<String, List<String>> q = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      q.put(name, List.copyOf(url.queryParameterValues(name)));
    }
    this.query = Collections.unmodifiableMap(q);
    Map<String, List<String>> h = new LinkedHashMap<>();
    for (String name : recorded.getHeaders().names()) {
      h.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(recorded.getHeaders().values(name)));
    }
    this.headers = Collections.unmodifiableMap(h);
    this.body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
    this.rawTarget = recorded.getTarget();
  }

  static SimRequest of(RecordedRequest recorded) {
    return new SimRequest(recorded);
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path as sent, still percent-encoded, without the query. */
  public String path() {
    return rawPath;
  }

  /** The request target as sent on the request line (encoded path and query). */
  public String target() {
    return rawTarget;
  }

  /** The decoded path segments. */
  public List<String> segments() {
    return segments;
  }

  /** The first value of a decoded query parameter. */
  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
  }

  /** All decoded query parameters in the order sent. */
  public Map<String, List<String>> queryParameters() {
    return query;
  }

  /** The first value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The raw body bytes (empty when there is none). */
  public byte[] bodyBytes() {
    return body.clone();
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body parsed as {@code application/x-www-form-urlencoded} fields, in the order sent.
   * Repeated fields keep every value.
   */
  public Map<String, List<String>> formFields() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    String text = bodyText();
    if (text.isEmpty()) {
      return fields;
    }
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return fields;
  }

  @Override
  public String toString() {
    return method + " " + rawPath;
  }
}
