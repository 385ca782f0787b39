package dev.racereg.core.internal.http;

/**
 * Turns a successful, fully read response into a value. Jackson and I/O errors, and any
 * {@link RuntimeException} it throws other than an SDK exception, become a
 * {@link dev.racereg.core.error.DecodingException} with a redacted excerpt of the body.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {

  /** Decodes the response. */
  T decode(ResponseContent response) throws java.io.IOException;

  /** Ignores the body (for operations whose answer carries nothing). */
  static ResponseDecoder<Void> discard() {
    return response -> null;
  }
}
