package dev.racereg.core.internal.http;

import com.fasterxml.jackson.core.JacksonException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.http.Idempotency;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reading and decoding response bodies so that whatever goes wrong surfaces as an SDK exception
 * with redacted text: a parser's message can quote the body, and the body can echo a secret.
 */
final class Decoding {

  private static final byte[] EMPTY = new byte[0];
  private static final int EXCERPT_CHARS = 200;

  private Decoding() {}

  /**
   * Runs the decoder. SDK exceptions pass through (decoding and transport ones redacted); Jackson,
   * I/O and other runtime failures become a {@link DecodingException} with a redacted excerpt.
   */
  static <T> T decode(ResponseDecoder<T> decoder, ResponseContent content, Redactor redactor,
      ApiRequest request) {
    return decode(decoder, content, () -> redactor, request);
  }

  /** As above, with the attempt's redactor built only if decoding fails. */
  static <T> T decode(ResponseDecoder<T> decoder, ResponseContent content, AttemptView view,
      ApiRequest request) {
    return decode(decoder, content, view::redactor, request);
  }

  private static <T> T decode(ResponseDecoder<T> decoder, ResponseContent content,
      Supplier<Redactor> redactors, ApiRequest request) {
    try {
      return decodeKnown(decoder, content, redactors, request.operation());
    } catch (DecodingException e) {
      // the platform answered an unsafe request: it may have applied it, and this answer cannot say
      throw request.idempotency() == Idempotency.UNSAFE
          ? e.withUnknownOutcome(request.outcomeCheckHint().orElse(null)).redacted(redactors.get()::text) : e;
    }
  }

  private static <T> T decodeKnown(ResponseDecoder<T> decoder, ResponseContent content,
      Supplier<Redactor> redactors, String operation) {
    try {
      return decoder.decode(content);
    } catch (DecodingException e) {
      throw e.redacted(redactors.get()::text);
    } catch (TransportException e) {
      throw e.redacted(redactors.get()::text);
    } catch (RaceRegException e) {
      throw e;
    } catch (JacksonException e) {
      Redactor redactor = redactors.get();
      throw new DecodingException("could not decode the response to " + operation + ": " + e.getOriginalMessage(), e,
          excerpt(content, redactor)).redacted(redactor::text);
    } catch (IOException | RuntimeException e) {
      Redactor redactor = redactors.get();
      throw new DecodingException("could not decode the response to " + operation + ": " + e.getMessage(), e,
          excerpt(content, redactor)).redacted(redactor::text);
    }
  }

  /** The start of the body on one line, redacted before it is cut. */
  static String excerpt(ResponseContent content, Redactor redactor) {
    // redact before cutting: a secret straddling the cut would otherwise show its first half
    String folded = redactor.text(content.text().replaceAll("\\s+", " ").trim());
    return folded.length() > EXCERPT_CHARS ? folded.substring(0, EXCERPT_CHARS) + "..." : folded;
  }

  /**
   * The items, with any decoding or transport failure raised while reading them redacted, and any
   * other runtime failure of the decoding turned into a {@link DecodingException}.
   * Closing the returned stream closes {@code items}.
   */
  static <T> Stream<T> redactingFailures(Stream<T> items, Redactor redactor, String operation) {
    return redactingFailures(items, (UnaryOperator<String>) redactor::text, operation);
  }

  /** As above, with the attempt's redactor built only if reading fails. */
  static <T> Stream<T> redactingFailures(Stream<T> items, AttemptView view, String operation) {
    return redactingFailures(items, (UnaryOperator<String>) view::text, operation);
  }

  private static <T> Stream<T> redactingFailures(Stream<T> items, UnaryOperator<String> redact,
      String operation) {
    Spliterator<T> source = items.spliterator();
    Spliterator<T> guarded = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
        source.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED)) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        try {
          return source.tryAdvance(action);
        } catch (DecodingException e) {
          throw e.redacted(redact);
        } catch (TransportException e) {
          throw e.redacted(redact);
        } catch (RaceRegException e) {
          throw e;
        } catch (RuntimeException e) {
          // a value the parser or an item's mapping cannot take (a number beyond Jackson's limits,
          // say) is a body that is not the documented format, like any other
          String why = String.valueOf(e.getMessage());
          throw new DecodingException("could not decode an item of the response to " + operation + ": "
              + e.getClass().getSimpleName() + ": " + (why.length() > EXCERPT_CHARS ? why.substring(0, EXCERPT_CHARS)
              + "..." : why), e, "").redacted(redact);
        }
      }
    };
    return StreamSupport.stream(guarded, false).onClose(items::close);
  }

  /**
   * The whole body of a successful response.
   *
   * @throws TransportException (sent) when the body is cut off; for an unsafe operation the
   *     outcome is unknown, since the platform received the request and its answer is lost
   */
  static byte[] readBody(ResponseBody body, ApiRequest request, AttemptView view) {
    try {
      return body.bytes();
    } catch (IOException e) {
      boolean unknown = request.idempotency() == Idempotency.UNSAFE;
      String message = "the response to " + request.operation() + " was cut off while reading ("
          + view.text(String.valueOf(e.getMessage())) + ")";
      if (unknown) {
        message += "; outcome unknown: the platform may have applied it. It is not retried automatically"
            + request.outcomeCheckHint().map(h -> "; to find out: " + view.text(h)).orElse("");
      }
      throw new TransportException(message, e, true, unknown, request.outcomeCheckHint().orElse(null));
    }
  }

  /**
   * At most {@link ErrorResponse#MAX_BODY_BYTES} of an error body, closing the response. An
   * unreadable error body reads as empty: the status is still there to report.
   */
  static byte[] readErrorBody(Response response) {
    try (ResponseBody body = response.body()) {
      InputStream in = body.byteStream();
      return in.readNBytes(ErrorResponse.MAX_BODY_BYTES);
    } catch (IOException e) {
      return EMPTY;
    }
  }

  /** The bytes, cut to what an {@link ErrorResponse} holds. */
  static byte[] capped(byte[] bytes) {
    return bytes.length <= ErrorResponse.MAX_BODY_BYTES ? bytes
        : Arrays.copyOf(bytes, ErrorResponse.MAX_BODY_BYTES);
  }

  /** The headers by lower-case name. */
  static Map<String, List<String>> headers(Headers h) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String name : h.names()) {
      map.put(name.toLowerCase(Locale.ROOT), h.values(name));
    }
    return map;
  }
}
