package dev.racereg.core.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.TransportException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a top-level JSON array one element at a time, so memory holds one element however long
 * the array is. Errors surface as SDK exceptions: a malformed or truncated document as
 * {@link DecodingException} (with the line and column), a connection lost mid-body as
 * {@link TransportException}. Not thread-safe; close it (or the stream) to release the body.
 *
 * @param <T> the element type
 */
public final class JsonArrayStream<T> implements Iterator<T>, Closeable {

  private final JsonParser parser;
  private final ObjectReader reader;
  private final Closeable resource;
  private boolean started;
  private boolean finished;
  private boolean closed;
  private T next;

  private JsonArrayStream(InputStream in, ObjectReader reader, Closeable resource) throws IOException {
    this.parser = reader.getFactory().createParser(in);
    this.reader = reader;
    this.resource = resource;
  }

  /**
   * Opens a streaming reader over {@code in}.
   *
   * @param in the body; closed with this iterator
   * @param reader reads one element (e.g. {@code Codecs.json().readerFor(Row.class)})
   * @param resource also closed with this iterator (the HTTP response), may be null
   * @throws DecodingException if the body does not start a JSON document
   */
  public static <T> JsonArrayStream<T> open(InputStream in, ObjectReader reader, Closeable resource) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(reader, "reader");
    try {
      return new JsonArrayStream<>(in, reader, resource);
    } catch (IOException e) {
      throw new TransportException("could not read the response body: " + e.getMessage(), e, true, false);
    }
  }

  /** The remaining elements as a sequential stream that closes this reader when closed. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    try {
      if (!started) {
        started = true;
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
          throw new DecodingException("expected a JSON array but found "
              + (first == null ? "an empty body" : first.asString() == null ? first.name() : "'" + first.asString() + "'"),
              null, "");
        }
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        finish();
        return false;
      }
      if (token == null) {
        throw new DecodingException("the JSON array ended before its closing ']' " + where(), null, "");
      }
      next = reader.readValue(parser);
      return next != null || hasNext();
    } catch (DecodingException e) {
      closeQuietly();
      throw e;
    } catch (JsonProcessingException e) {
      closeQuietly();
      throw new DecodingException("malformed JSON " + where() + ": " + e.getOriginalMessage(), e, "");
    } catch (IOException e) {
      closeQuietly();
      throw new TransportException("the response body was cut off " + where() + ": " + e.getMessage(), e, true, false);
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T value = next;
    next = null;
    return value;
  }

  private void finish() throws IOException {
    finished = true;
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      throw new DecodingException("unexpected content after the JSON array " + where(), null, "");
    }
    close();
  }

  private String where() {
    var loc = parser.currentLocation();
    return "at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  private void closeQuietly() {
    finished = true;
    try {
      close();
    } catch (RuntimeException ignored) {
      // the original failure is the one worth reporting
    }
  }

  /** Releases the parser, the body and the resource. Idempotent. */
  @Override
  public void close() {
    finished = true;
    if (closed) {
      return;
    }
    closed = true;
    try {
      parser.close();
    } catch (IOException ignored) {
      // nothing useful to do: the body is being discarded
    }
    if (resource != null) {
      try {
        resource.close();
      } catch (IOException ignored) {
        // as above
      }
    }
  }
}
