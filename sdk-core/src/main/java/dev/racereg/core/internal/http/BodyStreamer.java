package dev.racereg.core.internal.http;

import java.io.Closeable;
import java.io.InputStream;
import java.util.stream.Stream;

/**
 * Decodes a successful response body as a stream of items while it is still arriving, for lists
 * too large to hold in memory. See {@link dev.racereg.core.internal.codec.JsonArrayStream}.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface BodyStreamer<T> {

  /**
   * Opens the stream.
   *
   * @param body the body as it arrives
   * @param response the HTTP response: the returned stream must close it when it is closed or
   *     exhausted
   * @return the items, lazily decoded
   */
  Stream<T> open(InputStream body, Closeable response);
}
