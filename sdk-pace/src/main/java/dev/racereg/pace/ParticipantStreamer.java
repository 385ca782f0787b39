package dev.racereg.pace;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.codec.JsonArrayStream;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.BodyStreamer;
import dev.racereg.core.internal.http.ErrorMapper;
import dev.racereg.core.internal.http.ErrorResponse;
import dev.racereg.core.internal.http.Redactor;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Decodes the participant export lazily, one object at a time, so an event of any size needs
 * memory for one participant. Before streaming it looks at the first character: PACE documents
 * only the array, so a JSON object (an error reported with status 200) or an HTML page (a proxy,
 * a wrong base URL) is reported as what it is instead of a bare parse error.
 */
final class ParticipantStreamer implements BodyStreamer<PaceParticipant> {

  private static final ObjectReader ROW =
      Codecs.json().readerFor(new TypeReference<LinkedHashMap<String, Object>>() {});
  private static final int PEEK_LIMIT = 8192;

  private final ApiExecutor executor;
  private final ErrorMapper errorMapper;
  private final String method;
  private final String url;

  /** Reads the answer to {@code request}; messages about it are masked with the attempt's redactor. */
  ParticipantStreamer(ApiExecutor executor, ErrorMapper errorMapper, ApiRequest request, String url) {
    this.executor = executor;
    this.errorMapper = errorMapper;
    this.method = request.method();
    this.url = url;
  }

  @Override
  public Stream<PaceParticipant> open(InputStream body, Closeable response, Supplier<Redactor> redactor) {
    BufferedInputStream in = new BufferedInputStream(body, PEEK_LIMIT);
    int first;
    try {
      first = firstSignificantByte(in);
    } catch (IOException e) {
      throw new TransportException("the participant export was cut off before its first byte ("
          + redactor.get().text(String.valueOf(e.getMessage())) + ")", e, true, false);
    }
    if (first == '{' || first == '<') {
      throw notAnArray(in, redactor.get());
    }
    JsonArrayStream<LinkedHashMap<String, Object>> rows = JsonArrayStream.open(in, ROW, response);
    AtomicLong index = new AtomicLong();
    return rows.stream().map(row -> {
      long i = index.getAndIncrement();
      try {
        return PaceParticipant.ofDecoded(row);
      } catch (IllegalArgumentException e) {
        rows.close();
        throw new DecodingException("could not read participant at index " + i + " of the export: "
            + e.getMessage(), e, "");
      }
    });
  }

  /** The first byte that is not white space or a byte-order mark, without consuming it; -1 if none. */
  private static int firstSignificantByte(BufferedInputStream in) throws IOException {
    in.mark(PEEK_LIMIT);
    try {
      for (int n = 0; n < PEEK_LIMIT; n++) {
        int b = in.read();
        if (b == -1) {
          return -1;
        }
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
          return b;
        }
      }
      return -1;
    } finally {
      in.reset();
    }
  }

  /** The exception for a 2xx body that is an object or a page rather than the array. */
  private RuntimeException notAnArray(InputStream in, Redactor redactor) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(ErrorResponse.MAX_BODY_BYTES);
    } catch (IOException e) {
      bytes = new byte[0];
    }
    ErrorResponse answer = new ErrorResponse(200, Map.of(), bytes, method, url,
        executor.options().clock().instant(), redactor);
    ApiException reported = errorMapper.fromErrorStatus(answer);
    if (!answer.isHtml() && reported.providerMessage().isPresent()) {
      return reported;
    }
    String what = answer.isHtml()
        ? reported.providerMessage().orElse("an HTML page instead of an API response")
        : "a JSON object";
    return new DecodingException("expected the JSON array of participants, but PACE answered with "
        + what, null, answer.excerpt());
  }
}
