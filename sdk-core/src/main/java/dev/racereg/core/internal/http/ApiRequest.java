package dev.racereg.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.http.Idempotency;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call to a platform, before authentication: method, path (relative to the client's base
 * URL, with path parameters already percent-encoded), query parameters in order, headers, body,
 * and the operation's {@link Idempotency}. Immutable; {@link #toBuilder()} derives variants, which
 * is how auth strategies add credentials.
 */
public final class ApiRequest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  private final String operation;
  private final String method;
  private final String pathTemplate;
  private final String path;
  private final List<Param> query;
  private final List<Param> headers;
  private final RequestBody body;
  private final Idempotency idempotency;
  private final String outcomeCheckHint;
  private final Redaction redaction;

  private ApiRequest(Builder b) {
    this.operation = b.operation;
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.path = b.path;
    this.query = List.copyOf(b.query);
    this.headers = List.copyOf(b.headers);
    this.body = b.body;
    this.idempotency = b.idempotency;
    this.outcomeCheckHint = b.outcomeCheckHint;
    this.redaction = b.redaction;
  }

  /**
   * Starts a request.
   *
   * @param operation a short name for logs and errors, e.g. {@code pace.getParticipants}
   * @param method the HTTP method, e.g. {@code GET}
   * @param pathTemplate the path relative to the base URL, with {@code {name}} placeholders for
   *     path parameters, e.g. {@code /events/activities/{id}/registrations.json}
   * @param idempotency whether the operation is safe to repeat
   */
  public static Builder builder(String operation, String method, String pathTemplate,
      Idempotency idempotency) {
    return new Builder(operation, method, pathTemplate, idempotency);
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The operation's name, for logs and errors. */
  public String operation() {
    return operation;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The encoded path relative to the base URL, starting with {@code /}. */
  public String path() {
    return path;
  }

  /** Query parameters in sending order (not yet encoded). */
  public List<Param> query() {
    return query;
  }

  /** The first value of a query parameter. */
  public Optional<String> queryValue(String name) {
    return query.stream().filter(p -> p.name().equals(name)).map(Param::value).findFirst();
  }

  /** Headers in sending order. */
  public List<Param> headers() {
    return headers;
  }

  /** The first value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    return headers.stream().filter(p -> p.name().equalsIgnoreCase(name)).map(Param::value).findFirst();
  }

  /** The body, if any. */
  public Optional<RequestBody> body() {
    return Optional.ofNullable(body);
  }

  /** Whether the operation may be repeated after an ambiguous failure. */
  public Idempotency idempotency() {
    return idempotency;
  }

  /** The secrets only this request carries; see {@link Builder#redact(Redaction)}. */
  public Redaction redaction() {
    return redaction;
  }

  /**
   * For unsafe operations: how a caller can find out whether a request whose answer was lost took
   * effect (for example "list the trial's passes"). Empty when none was given.
   */
  public Optional<String> outcomeCheckHint() {
    return Optional.ofNullable(outcomeCheckHint);
  }

  @Override
  public String toString() {
    // never includes path parameter values, query values, headers or body: they may hold
    // credentials (a key in the path), so the path is shown as its template
    return "ApiRequest{" + operation + " " + method + " " + pathTemplate + "}";
  }

  /** A name/value pair (query parameter or header). */
  public record Param(String name, String value) {
    /** Both parts are required. */
    public Param {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Builds an {@link ApiRequest}. Not thread-safe. */
  public static final class Builder {
    private final String operation;
    private final String method;
    private final String pathTemplate;
    private String path;
    private final List<Param> query = new ArrayList<>();
    private final List<Param> headers = new ArrayList<>();
    private RequestBody body;
    private final Idempotency idempotency;
    private String outcomeCheckHint;
    private Redaction redaction = Redaction.none();
    private dev.racereg.core.RequestParams extras;

    private Builder(String operation, String method, String pathTemplate, Idempotency idempotency) {
      this.operation = Objects.requireNonNull(operation, "operation");
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
      this.path = pathTemplate;
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with '/': " + path);
      }
      this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
    }

    private Builder(ApiRequest r) {
      this.operation = r.operation;
      this.method = r.method;
      this.pathTemplate = r.pathTemplate;
      this.path = r.path;
      this.query.addAll(r.query);
      this.headers.addAll(r.headers);
      this.body = r.body;
      this.idempotency = r.idempotency;
      this.outcomeCheckHint = r.outcomeCheckHint;
      this.redaction = r.redaction;
    }

    /**
     * Replaces the {@code {name}} placeholder with the value, percent-encoded as one path
     * segment (a {@code /} in the value is encoded, so ids cannot change the path).
     *
     * @throws IllegalArgumentException if the template has no such placeholder
     * @throws dev.racereg.core.error.ValidationException naming the parameter if the value would
     *     make up a whole segment that is empty, {@code .} or {@code ..}: URL resolution collapses
     *     those, so the request would reach another resource (a parent collection)
     */
    public Builder pathParam(String name, String value) {
      Objects.requireNonNull(value, name);
      String placeholder = "{" + name + "}";
      if (!path.contains(placeholder)) {
        throw new IllegalArgumentException("path " + path + " has no placeholder " + placeholder);
      }
      String encoded = encodePathSegment(value);
      String[] segments = path.split("/", -1);
      for (int i = 0; i < segments.length; i++) {
        if (segments[i].contains(placeholder)) {
          String filled = segments[i].replace(placeholder, encoded);
          if (filled.isEmpty() || filled.equals(".") || filled.equals("..")) {
            throw new dev.racereg.core.error.ValidationException(name,
                "must not be empty, '.' or '..' (it would change the path)");
          }
          segments[i] = filled;
        }
      }
      path = String.join("/", segments);
      return this;
    }

    /** Adds a query parameter; a null value is skipped so optional parameters chain cleanly. */
    public Builder query(String name, String value) {
      if (value != null) {
        query.add(new Param(name, value));
      }
      return this;
    }

    /** Removes every query parameter with this name. */
    public Builder removeQuery(String name) {
      query.removeIf(p -> p.name().equals(name));
      return this;
    }

    /** Sets a header, replacing any with the same name (case-insensitive). */
    public Builder header(String name, String value) {
      headers.removeIf(p -> p.name().equalsIgnoreCase(name));
      headers.add(new Param(name, value));
      return this;
    }

    /** Sets the body (null for none). */
    public Builder body(RequestBody body) {
      this.body = body;
      return this;
    }

    /**
     * Declares secrets that only this request carries (an organiser key in the path, an event's
     * access code), so they are masked wherever this request's exchange is shown. Adds to any
     * redaction already declared.
     */
    public Builder redact(Redaction extra) {
      this.redaction = this.redaction.and(java.util.Objects.requireNonNull(extra, "extra"));
      return this;
    }

    /**
     * Sends the params' additional query parameters, headers and body properties (see {@link
     * dev.racereg.core.RequestParams}). They are applied when the request is built, after every
     * value the operation set itself, so the call may come anywhere in the chain.
     */
    public Builder extras(dev.racereg.core.RequestParams params) {
      this.extras = Objects.requireNonNull(params, "params");
      return this;
    }

    /** Sets the hint given when an unsafe operation's outcome is unknown. */
    public Builder outcomeCheckHint(String hint) {
      this.outcomeCheckHint = hint;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException if a {@code {placeholder}} was left unfilled
     * @throws dev.racereg.core.error.ValidationException if {@link #extras} holds body properties
     *     and the body is not a JSON object or a form, or a form gets a non-scalar property
     */
    public ApiRequest build() {
      Matcher m = PLACEHOLDER.matcher(path);
      if (m.find()) {
        throw new IllegalStateException("path parameter " + m.group(1) + " was not set in " + path);
      }
      if (extras != null) {
        applyExtras();
      }
      return new ApiRequest(this);
    }

    private void applyExtras() {
      extras.additionalQueryParams().forEach((name, value) -> removeQuery(name).query(name, value));
      extras.additionalHeaders().forEach(this::header);
      Map<String, JsonNode> properties = extras.additionalBodyProperties();
      if (properties.isEmpty()) {
        return;
      }
      if (body instanceof RequestBody.Json
          && ((RequestBody.Json) body).document() instanceof ObjectNode) {
        ObjectNode document = (ObjectNode) ((RequestBody.Json) body).document();
        properties.forEach(document::set);
        body = RequestBody.json(document);
      } else if (body instanceof RequestBody.Form) {
        List<RequestBody.Field> fields = new ArrayList<>(((RequestBody.Form) body).fields());
        properties.forEach((name, value) -> {
          if (!value.isValueNode()) {
            throw new dev.racereg.core.error.ValidationException("additionalBodyProperties",
                "'" + name + "' must be a string, number or boolean: " + operation
                    + " sends a form body");
          }
          fields.removeIf(f -> f.name().equals(name));
          fields.add(new RequestBody.Field(name, value.isNull() ? "" : value.asText()));
        });
        body = RequestBody.form(fields);
      } else {
        throw new dev.racereg.core.error.ValidationException("additionalBodyProperties",
            "must be empty: " + operation + " sends no JSON object or form body");
      }
    }
  }

  /** RFC 3986 path segment: unreserved characters and sub-delimiters stay, all else is %XX. */
  static String encodePathSegment(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,=:@".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }
}
