package dev.racereg.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.racereg.core.error.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the parameters of every operation share: value equality, a {@code toString()} that shows
 * no secret, {@code toBuilder()}, and one way to send what this SDK does not know yet (an
 * additional query parameter, header or body property) without waiting for a release.
 *
 * <p>A subclass declares its own values once, in {@link #components(Components)}; equality, hash
 * code and text are derived from that list plus the additional values. A value declared with
 * {@link Components#secret} prints as {@value #MASK}. Instances are immutable.
 *
 * <p>Additional values are sent as given, after the operation's own values:
 *
 * <ul>
 *   <li>an additional query parameter replaces any the SDK sends under the same name;
 *   <li>an additional header replaces any the SDK sends under the same name (case-insensitive);
 *       values of the credentials' headers ({@code Authorization}, {@code Cookie} and those the
 *       client declares secret) are masked in logs as usual, any other header is logged as sent;
 *       in {@code toString()} every additional header value is masked, since the SDK cannot know
 *       which of them carry credentials;
 *   <li>an additional body property is set on the top level of a JSON object body, replacing a
 *       member of the same name, or appended to a form body (scalar values only, JSON {@code
 *       null} as an empty value, a field of the same name replaced). Operations that
 *       send no JSON object or form body reject body properties with a {@link
 *       ValidationException} before anything is sent.
 * </ul>
 *
 * <p>A subclass looks like this:
 *
 * <pre>{@code
 * public final class GetRaceParams extends RequestParams {
 *   private final long raceId;
 *
 *   private GetRaceParams(Builder b) {
 *     super(b);
 *     this.raceId = Validation.atLeast(Validation.required(b.raceId, "raceId"), 1, "raceId");
 *   }
 *   public static Builder builder() { return new Builder(); }
 *   public long raceId() { return raceId; }
 *   public Builder toBuilder() { return new Builder(this); }
 *   protected void components(Components c) { c.add("raceId", raceId); }
 *
 *   public static final class Builder extends RequestParams.Builder<GetRaceParams, Builder> {
 *     private Long raceId;
 *     private Builder() {}
 *     private Builder(GetRaceParams p) { super(p); raceId = p.raceId; }
 *     public Builder raceId(long v) { raceId = v; return this; }
 *     protected Builder self() { return this; }
 *     public GetRaceParams build() { return new GetRaceParams(this); }
 *   }
 * }
 * }</pre>
 */
public abstract class RequestParams {

  /** What a secret value prints as. */
  public static final String MASK = "****";

  /**
   * Converts additional body values to JSON. Private and never reconfigured, so nothing a user
   * does can change how another part of the SDK reads or writes JSON.
   */
  private static final ObjectMapper TO_JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private final Map<String, String> additionalQueryParams;
  private final Map<String, String> additionalHeaders;
  private final Map<String, JsonNode> additionalBodyProperties;

  /** Takes the additional values from the builder. */
  protected RequestParams(Builder<?, ?> builder) {
    Objects.requireNonNull(builder, "builder");
    this.additionalQueryParams = Collections.unmodifiableMap(
        new LinkedHashMap<>(builder.additionalQueryParams));
    this.additionalHeaders = Collections.unmodifiableMap(
        new LinkedHashMap<>(builder.additionalHeaders));
    this.additionalBodyProperties = Collections.unmodifiableMap(
        new LinkedHashMap<>(builder.additionalBodyProperties));
  }

  /**
   * Declares this operation's own values, in the order they should print, for {@link
   * #equals(Object)}, {@link #hashCode()} and {@link #toString()}. Absent values are declared as
   * {@code null}; collections are compared with their own {@code equals} (declare a list, not an
   * array). An abstract params class shared by several operations declares its values here and
   * its subclasses call {@code super.components(c)} first.
   */
  protected abstract void components(Components components);

  /** A builder holding these parameters' values, additional ones included. */
  public abstract Builder<?, ?> toBuilder();

  /** Query parameters sent besides the operation's own, by name, in the order put. */
  public final Map<String, String> additionalQueryParams() {
    return additionalQueryParams;
  }

  /** Headers sent besides the operation's own, by name, in the order put. */
  public final Map<String, String> additionalHeaders() {
    return additionalHeaders;
  }

  /** Body properties sent besides the operation's own, by name, in the order put (copies). */
  public final Map<String, JsonNode> additionalBodyProperties() {
    Map<String, JsonNode> copies = new LinkedHashMap<>();
    additionalBodyProperties.forEach((k, v) -> copies.put(k, v.deepCopy()));
    return Collections.unmodifiableMap(copies);
  }

  /** Whether any additional query parameter, header or body property is set. */
  public final boolean hasAdditionalValues() {
    return !additionalQueryParams.isEmpty() || !additionalHeaders.isEmpty()
        || !additionalBodyProperties.isEmpty();
  }

  private Components declared() {
    Components c = new Components();
    components(c);
    return c;
  }

  /**
   * Equal when {@code o} is the same operation's parameters with equal declared values and equal
   * additional values.
   */
  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    RequestParams other = (RequestParams) o;
    return declared().values.equals(other.declared().values)
        && additionalQueryParams.equals(other.additionalQueryParams)
        && additionalHeaders.equals(other.additionalHeaders)
        && additionalBodyProperties.equals(other.additionalBodyProperties);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), declared().values, additionalQueryParams, additionalHeaders,
        additionalBodyProperties);
  }

  /**
   * The class's simple name and every declared value, secrets as {@value #MASK}, then the
   * additional values when there are any (header values masked), e.g. {@code
   * LoginParams{email=ada@example.com, password=****}}.
   */
  @Override
  public final String toString() {
    Components c = declared();
    StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{');
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < c.names.size(); i++) {
      parts.add(c.names.get(i) + "=" + (c.secret.get(i) ? MASK : String.valueOf(c.values.get(i))));
    }
    if (!additionalQueryParams.isEmpty()) {
      parts.add("additionalQueryParams=" + additionalQueryParams);
    }
    if (!additionalHeaders.isEmpty()) {
      Map<String, String> masked = new LinkedHashMap<>();
      additionalHeaders.keySet().forEach(k -> masked.put(k, MASK));
      parts.add("additionalHeaders=" + masked);
    }
    if (!additionalBodyProperties.isEmpty()) {
      parts.add("additionalBodyProperties=" + additionalBodyProperties);
    }
    return sb.append(String.join(", ", parts)).append('}').toString();
  }

  /** The declared values of one params instance, filled by {@link #components(Components)}. */
  protected static final class Components {
    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final List<Boolean> secret = new ArrayList<>();

    private Components() {}

    /** Declares a value shown as is by {@code toString()}; null when absent. */
    public Components add(String name, Object value) {
      return put(name, value, false);
    }

    /** Declares a value that {@code toString()} shows as {@value RequestParams#MASK}. */
    public Components secret(String name, Object value) {
      return put(name, value, true);
    }

    private Components put(String name, Object value, boolean isSecret) {
      names.add(Objects.requireNonNull(name, "name"));
      values.add(value);
      secret.add(isSecret);
      return this;
    }
  }

  /**
   * The builder methods every params builder shares: the additional values. Not thread-safe.
   *
   * @param <P> the params built
   * @param <B> the concrete builder, returned by every method so calls chain
   */
  public abstract static class Builder<P extends RequestParams, B extends Builder<P, B>> {
    private final Map<String, String> additionalQueryParams = new LinkedHashMap<>();
    private final Map<String, String> additionalHeaders = new LinkedHashMap<>();
    private final Map<String, JsonNode> additionalBodyProperties = new LinkedHashMap<>();

    /** An empty builder. */
    protected Builder() {}

    /** A builder holding the additional values of {@code params} (for {@code toBuilder()}). */
    protected Builder(RequestParams params) {
      additionalQueryParams.putAll(params.additionalQueryParams);
      additionalHeaders.putAll(params.additionalHeaders);
      additionalBodyProperties.putAll(params.additionalBodyProperties);
    }

    /** This builder, as its concrete type. */
    protected abstract B self();

    /**
     * Builds the params.
     *
     * @throws ValidationException naming the parameter if a rule of the operation is broken
     */
    public abstract P build();

    /**
     * Sends a query parameter this SDK does not know, replacing any under the same name.
     *
     * @throws ValidationException if the name is blank or the value null
     */
    public B putAdditionalQueryParam(String name, String value) {
      additionalQueryParams.put(name(name, "additionalQueryParams"),
          required(value, "additionalQueryParams", name));
      return self();
    }

    /** {@link #putAdditionalQueryParam} for each entry, in the map's order. */
    public B putAllAdditionalQueryParams(Map<String, String> params) {
      Objects.requireNonNull(params, "params").forEach(this::putAdditionalQueryParam);
      return self();
    }

    /** Stops sending an additional query parameter; nothing happens if it was not set. */
    public B removeAdditionalQueryParam(String name) {
      additionalQueryParams.remove(name);
      return self();
    }

    /**
     * Sends a header this SDK does not know, replacing any under the same name (case-insensitive).
     *
     * @throws ValidationException if the name is blank or not an HTTP token, or the value is null
     *     or holds a line break or other control character
     */
    public B putAdditionalHeader(String name, String value) {
      String checked = name(name, "additionalHeaders");
      for (char ch : checked.toCharArray()) {
        if (ch <= ' ' || ch >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(ch) >= 0) {
          throw new ValidationException("additionalHeaders",
              "name must be an HTTP token (no spaces, separators or control characters), was '"
                  + checked + "'");
        }
      }
      required(value, "additionalHeaders", checked);
      for (char ch : value.toCharArray()) {
        if ((ch < ' ' && ch != '\t') || ch == 0x7f) {
          // the value is not echoed: it may be a credential
          throw new ValidationException("additionalHeaders",
              "value of '" + checked + "' must not hold line breaks or control characters");
        }
      }
      removeAdditionalHeader(checked);
      additionalHeaders.put(checked, value);
      return self();
    }

    /** {@link #putAdditionalHeader} for each entry, in the map's order. */
    public B putAllAdditionalHeaders(Map<String, String> headers) {
      Objects.requireNonNull(headers, "headers").forEach(this::putAdditionalHeader);
      return self();
    }

    /** Stops sending an additional header (case-insensitive); nothing happens if it was not set. */
    public B removeAdditionalHeader(String name) {
      additionalHeaders.keySet().removeIf(k -> k.equalsIgnoreCase(name));
      return self();
    }

    /**
     * Sends a body property this SDK does not know, replacing any under the same name. The value
     * is converted to JSON now: a {@link JsonNode}, {@code String}, number, {@code Boolean},
     * {@code Map}, {@code List} or {@code java.time} value (written ISO-8601, e.g. {@code 2026-05-17T08:00:00Z}); {@code null} is sent as JSON
     * {@code null}.
     *
     * @throws ValidationException if the name is blank or the value cannot be converted to JSON
     */
    public B putAdditionalBodyProperty(String name, Object value) {
      String checked = name(name, "additionalBodyProperties");
      JsonNode json;
      if (value == null) {
        json = NullNode.getInstance();
      } else if (value instanceof JsonNode) {
        json = ((JsonNode) value).deepCopy();
      } else {
        try {
          json = TO_JSON.valueToTree(value);
        } catch (IllegalArgumentException e) {
          throw new ValidationException("additionalBodyProperties",
              "value of '" + checked + "' cannot be written as JSON ("
                  + value.getClass().getName() + ")");
        }
      }
      additionalBodyProperties.put(checked, json);
      return self();
    }

    /** {@link #putAdditionalBodyProperty} for each entry, in the map's order. */
    public B putAllAdditionalBodyProperties(Map<String, ?> properties) {
      Objects.requireNonNull(properties, "properties").forEach(this::putAdditionalBodyProperty);
      return self();
    }

    /** Stops sending an additional body property; nothing happens if it was not set. */
    public B removeAdditionalBodyProperty(String name) {
      additionalBodyProperties.remove(name);
      return self();
    }

    private static String name(String name, String field) {
      if (name == null || name.isBlank()) {
        throw new ValidationException(field, "name must not be blank");
      }
      return name;
    }

    private static String required(String value, String field, String name) {
      if (value == null) {
        throw new ValidationException(field, "value of '" + name + "' must not be null");
      }
      return value;
    }
  }
}
