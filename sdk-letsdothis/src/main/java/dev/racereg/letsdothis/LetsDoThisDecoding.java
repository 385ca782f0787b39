package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.ResponseContent;
import dev.racereg.core.internal.http.ResponseDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the platform's JSON bodies in one pass over the bytes: the parser is handed straight to
 * the models' databinding, with no intermediate tree (reading a tree and then binding it doubled
 * the decoding work of every call). The models' unknown members are kept as before, since the
 * same databinding fills them.
 *
 * <p>A body that is not the documented shape throws an {@link IllegalStateException} or the
 * parser's {@link IOException}; the executor turns both into a
 * {@link dev.racereg.core.error.DecodingException}.
 */
final class LetsDoThisDecoding {

  private static final ObjectReader PAGE = Codecs.json().readerFor(PageInfo.class);

  private LetsDoThisDecoding() {}

  /** The list envelope as read: the items (nulls dropped, unmodifiable) and the paging member. */
  static final class Envelope<T> {
    final List<T> data;
    final PageInfo page;

    Envelope(List<T> data, PageInfo page) {
      this.data = data;
      this.page = page;
    }
  }

  /** The {@code page} member: cursors are opaque strings; {@code next} is null on the last page. */
  static final class PageInfo {
    @JsonProperty("totalResults")
    Long totalResults;
    @JsonProperty("first")
    String first;
    @JsonProperty("last")
    String last;
    @JsonProperty("prev")
    String prev;
    @JsonProperty("next")
    String next;
  }

  /** A reader of one model, made once per client (readers are immutable and thread-safe). */
  static ObjectReader reader(Class<?> type) {
    return Codecs.json().readerFor(type);
  }

  /** A decoder of a body holding one JSON object of the reader's type. */
  static <T> ResponseDecoder<T> one(ObjectReader reader) {
    return content -> readOne(content, reader);
  }

  /**
   * Reads {@code {"data": [...], "page": {...}}}; a bare array is taken as the whole list without
   * paging (not the documented envelope, but unambiguous). Other members are skipped.
   */
  static <T> Envelope<T> readEnvelope(ResponseContent content, ObjectReader item) throws IOException {
    try (JsonParser p = Codecs.json().createParser(content.bytes())) {
      JsonToken first = p.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        throw new IllegalStateException("the response body is empty, expected {\"data\": [...]}");
      }
      if (first == JsonToken.START_ARRAY) {
        return new Envelope<>(items(p, item), null);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new IllegalStateException("the response has no \"data\" array");
      }
      List<T> data = null;
      PageInfo page = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("data".equals(name)) {
          if (value != JsonToken.START_ARRAY) {
            throw new IllegalStateException("the response has no \"data\" array");
          }
          data = items(p, item);
        } else if ("page".equals(name) && value == JsonToken.START_OBJECT) {
          page = PAGE.readValue(p);
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        // a truncated body ends without closing the object
        throw new IllegalStateException("the response body ends before its JSON object does");
      }
      if (data == null) {
        throw new IllegalStateException("the response has no \"data\" array");
      }
      return new Envelope<>(data, page);
    }
  }

  /** The array's items, the parser on its {@code START_ARRAY}; JSON nulls dropped. */
  private static <T> List<T> items(JsonParser p, ObjectReader item) throws IOException {
    List<T> items = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new IllegalStateException("the response body ends inside the \"data\" array");
      }
      if (t != JsonToken.VALUE_NULL) {
        items.add(item.readValue(p));
      }
    }
    return Collections.unmodifiableList(items);
  }

  private static <T> T readOne(ResponseContent content, ObjectReader reader) throws IOException {
    try (JsonParser p = Codecs.json().createParser(content.bytes())) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new IllegalStateException("expected a JSON object, got " + describe(first));
      }
      return reader.readValue(p);
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "an empty body";
    }
    switch (token) {
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
