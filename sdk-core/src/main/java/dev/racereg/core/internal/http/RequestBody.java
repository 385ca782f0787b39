package dev.racereg.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The body of an {@link ApiRequest}, kept as a structured document until the last moment so an
 * {@link dev.racereg.core.internal.auth.AuthStrategy} can add fields and the logger can redact them by
 * name. Immutable.
 */
public sealed interface RequestBody permits RequestBody.Json, RequestBody.Form, RequestBody.Raw {

  /** The {@code Content-Type} sent with the body. */
  String contentType();

  /** A JSON document. */
  static Json json(JsonNode document) {
    return new Json(Objects.requireNonNull(document, "document").deepCopy());
  }

  /** Form fields, sent as {@code application/x-www-form-urlencoded} in the given order. */
  static Form form(List<Field> fields) {
    return new Form(fields);
  }

  /** Text (CSV, XML...) sent as is, UTF-8. */
  static Raw text(String text, String contentType) {
    return new Raw(text.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /**
   * A JSON body. The document is deep-copied on the way in and out, so neither the caller nor an
   * auth strategy can change a request after it was built.
   */
  final class Json implements RequestBody {
    /** The {@code Content-Type} of every JSON body. */
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final JsonNode document;

    /** Takes {@code owned}, a tree nobody else holds: the factories copy what they are given. */
    private Json(JsonNode owned) {
      this.document = owned;
    }

    /** A copy of the document. */
    public JsonNode document() {
      return document.deepCopy();
    }

    /**
     * The document itself, for this package's readers (serialising, collecting secret values),
     * which never change it: spares a copy on every attempt.
     */
    JsonNode tree() {
      return document;
    }

    /**
     * A copy of this body with a top-level string field set (used by auth strategies that put
     * credentials in the body).
     *
     * @throws IllegalStateException if the document is not a JSON object
     */
    public Json withField(String name, String value) {
      if (!(document instanceof ObjectNode)) {
        throw new IllegalStateException("cannot add field '" + name + "' to a non-object JSON body");
      }
      ObjectNode copy = ((ObjectNode) document).deepCopy();
      copy.put(name, value);
      return new Json(copy);
    }

    @Override
    public String contentType() {
      return CONTENT_TYPE;
    }
  }

  /** One form field. */
  record Field(String name, String value) {
    /** Both parts are required. */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A form body. */
  final class Form implements RequestBody {
    private final List<Field> fields;

    private Form(List<Field> fields) {
      this.fields = List.copyOf(fields);
    }

    /** The fields in sending order. */
    public List<Field> fields() {
      return fields;
    }

    /** A copy with one more field at the end. */
    public Form with(String name, String value) {
      List<Field> copy = new ArrayList<>(fields);
      copy.add(new Field(name, value));
      return new Form(copy);
    }

    @Override
    public String contentType() {
      return "application/x-www-form-urlencoded";
    }
  }

  /** Bytes sent verbatim with a content type (CSV, XML). */
  final class Raw implements RequestBody {
    private final byte[] bytes;
    private final String contentType;

    private Raw(byte[] bytes, String contentType) {
      this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
      this.contentType = Objects.requireNonNull(contentType, "contentType");
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
      return bytes.clone();
    }

    /** The bytes decoded as UTF-8. */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String contentType() {
      return contentType;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Raw && Arrays.equals(bytes, ((Raw) o).bytes)
          && contentType.equals(((Raw) o).contentType);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(bytes) + contentType.hashCode();
    }
  }
}
