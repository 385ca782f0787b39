package dev.racereg.core.internal.http;

import java.io.Closeable;
import java.io.InputStream;
import java.util.function.Supplier;
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
   * @param redactor the attempt's redactor, for a message the streamer builds about the answer
   *     (an error reported in a successful body). Built on the first {@code get()}: a body that
   *     decodes cleanly never pays for it
   * @return the items, lazily decoded
   */
  Stream<T> open(InputStream body, Closeable response, Supplier<Redactor> redactor);
}
